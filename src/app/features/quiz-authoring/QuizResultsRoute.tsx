import "../staff/staffStrings.ts";
import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { CHECKIN_TOPIC } from "../../../shared/checkin.ts";
import { QUIZ_ATTEMPT_TOPIC } from "../../../shared/quiz.ts";
import type { QuizResults } from "../../../shared/quizResults.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { createChangeFeed } from "../../sync/createChangeFeed.ts";
import { keepShownOnReloadFailure } from "./keepShownOnReloadFailure.ts";
import { authoringMessages } from "./messages.ts";
import { exportHref, getResults } from "./quizAuthoring.repo.ts";
import "./authoring.css";

const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)} %`);
const num = (x: number | null) => (x === null ? "–" : String(Math.round(x * 100) / 100));

/**
 * /staff/e/:slug/quizzes/:id/results — one quiz's results, live: reloaded whenever the
 * change feed names a new quiz attempt. Every chart has its table beside it.
 */
export default function QuizResultsRoute() {
  const t = useFeatureMessages(authoringMessages);
  const params = useParams<{ slug: string; id: string }>();
  const [unit, setUnit] = createSignal<string | null>(null);
  const [results, { refetch }] = createResource(
    () => [params.slug, params.id, unit()] as const,
    keepShownOnReloadFailure(([s, id, u]: readonly [string, string, string | null]) =>
      getResults(s, id, u),
    ),
  );
  createChangeFeed(params.slug, [QUIZ_ATTEMPT_TOPIC, CHECKIN_TOPIC], () => void refetch());
  const slug = () => encodeURIComponent(params.slug);
  return (
    <section class="authoring results" aria-labelledby="results-title">
      <p>
        <A href={`/staff/e/${slug()}/quizzes`}>{t("backToList")}</A>
      </p>
      <Show when={results.latest}>
        {(r) => <ResultsView r={r()} unit={unit()} setUnit={setUnit} slug={params.slug} />}
      </Show>
    </section>
  );
}

function ResultsView(props: {
  r: QuizResults;
  unit: string | null;
  setUnit: (unit: string | null) => void;
  slug: string;
}) {
  const t = useFeatureMessages(authoringMessages);
  const max = () => Math.max(1, ...props.r.histogram.map((b) => b.count));
  return (
    <>
      <h1 id="results-title">{props.r.quiz.title}</h1>
      <p class="authoring__meta">{t("live")}</p>
      <label>
        {t("unit")}{" "}
        <select
          value={props.unit ?? ""}
          onChange={(e) => props.setUnit(e.currentTarget.value || null)}
        >
          <option value="">{t("allUnits")}</option>
          <For each={props.r.units}>{(u) => <option value={u}>{u}</option>}</For>
        </select>
      </label>
      <h2>{t("participation")}</h2>
      <dl class="results__figures">
        <div>
          <dt>{t("submitted")}</dt>
          <dd data-testid="submitted">{props.r.participation.submitted}</dd>
        </div>
        <div>
          <dt>{t("checkedIn")}</dt>
          <dd>{props.r.participation.checkedIn ?? "–"}</dd>
        </div>
        <div>
          <dt>{t("roster")}</dt>
          <dd>{props.r.participation.roster}</dd>
        </div>
        <div>
          <dt>{t("mean")}</dt>
          <dd>
            {num(props.r.mean)}/{props.r.quiz.maxScore}
          </dd>
        </div>
        <div>
          <dt>{t("median")}</dt>
          <dd>{num(props.r.median)}</dd>
        </div>
      </dl>
      <h2>{t("histogram")}</h2>
      <div class="results__bars" aria-hidden="true">
        <For each={props.r.histogram}>
          {(b) => (
            <div class="results__bar">
              <span>
                {b.fromPercent}–{b.toPercent}
              </span>
              <span class="results__fill" style={{ width: `${(b.count / max()) * 100}%` }} />
              <span>{b.count}</span>
            </div>
          )}
        </For>
      </div>
      <details>
        <summary>{t("histogram")}</summary>
        <div class="results__table" tabindex="0">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("range")}</th>
                <th scope="col">{t("count")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.r.histogram}>
                {(b) => (
                  <tr>
                    <td>
                      {b.fromPercent}–{b.toPercent}
                    </td>
                    <td>{b.count}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </details>
      <h2>{t("perQuestion")}</h2>
      <div class="results__table" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("correctRate")}</th>
              <th scope="col">{t("mostWrong")}</th>
              <Show when={props.r.quiz.mode === "graded"}>
                <th scope="col">{t("difficulty")}</th>
                <th scope="col">{t("discrimination")}</th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={props.r.questions}>
              {(q, i) => (
                <tr>
                  <th scope="row" title={q.text}>
                    {i() + 1}. {q.text}
                  </th>
                  <td>{pct(q.correctRate)}</td>
                  <td>
                    {q.mostChosenWrong
                      ? `${q.mostChosenWrong.text} (${q.mostChosenWrong.count})`
                      : "–"}
                  </td>
                  <Show when={props.r.quiz.mode === "graded"}>
                    <td>{num(q.difficulty)}</td>
                    <td>{num(q.discrimination)}</td>
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <h2>{t("perAttendee")}</h2>
      <p class="authoring__actions">
        <a href={exportHref(props.slug, props.r.quiz.id, "attendee", props.unit)} download="">
          {t("exportAttendees")}
        </a>
        <a href={exportHref(props.slug, props.r.quiz.id, "question", props.unit)} download="">
          {t("exportQuestions")}
        </a>
      </p>
      <div class="results__table" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("unit")}</th>
              <th scope="col">{t("score")}</th>
              <th scope="col">{t("late")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.r.attendees}>
              {(a) => (
                <tr>
                  <td>{a.name}</td>
                  <td>{a.unit}</td>
                  <td>
                    {a.score}/{a.maxScore}
                  </td>
                  <td>{t(a.late ? "yes" : "no")}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </>
  );
}
