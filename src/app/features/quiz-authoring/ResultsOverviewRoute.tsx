import "../staff/staffStrings.ts";
import { A, useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { QUIZ_ATTEMPT_TOPIC } from "../../../shared/quiz.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { createChangeFeed } from "../../sync/createChangeFeed.ts";
import { keepShownOnReloadFailure } from "./keepShownOnReloadFailure.ts";
import { authoringMessages } from "./messages.ts";
import { getOverview } from "./quizAuthoring.repo.ts";
import "./authoring.css";

const num = (x: number | null) => (x === null ? "–" : String(x));

/**
 * /staff/e/:slug/results — every quiz of the event in brief, and for each pre/post pair
 * the gain of each attendee and each unit: what the organising office reports upward.
 */
export default function ResultsOverviewRoute() {
  const t = useFeatureMessages(authoringMessages);
  const params = useParams<{ slug: string }>();
  const [overview, { refetch }] = createResource(
    () => params.slug,
    keepShownOnReloadFailure(getOverview),
  );
  createChangeFeed(params.slug, [QUIZ_ATTEMPT_TOPIC], () => void refetch());
  const slug = () => encodeURIComponent(params.slug);
  return (
    <section class="authoring results" aria-labelledby="overview-title">
      <h1 id="overview-title">{t("resultsOverview")}</h1>
      <p>
        <A href={`/staff/e/${slug()}/quizzes`}>{t("backToList")}</A>
      </p>
      <Show when={overview.latest}>
        {(o) => (
          <>
            <div class="results__table" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("quiz")}</th>
                    <th scope="col">{t("submitted")}</th>
                    <th scope="col">{t("meanPercent")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={o().quizzes}>
                    {(q) => (
                      <tr>
                        <th scope="row">
                          <A href={`/staff/e/${slug()}/quizzes/${q.id}/results`}>{q.title}</A>
                        </th>
                        <td>
                          {q.submitted}/{q.roster}
                        </td>
                        <td>{num(q.meanPercent)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <h2>{t("gains")}</h2>
            <Show when={o().pairs.length > 0} fallback={<p>{t("noPairs")}</p>}>
              <For each={o().pairs}>
                {(pair) => (
                  <section>
                    <h3>{pair.title}</h3>
                    <Show when={pair.meanGain !== null}>
                      <p>{t("meanGain", { gain: pair.meanGain! })}</p>
                    </Show>
                    <h4>{t("gainUnit")}</h4>
                    <GainTable
                      first={t("unit")}
                      second={t("count")}
                      rows={pair.units.map((u) => [u.unit, u.count, u] as const)}
                    />
                    <h4>{t("perAttendee")}</h4>
                    <GainTable
                      first={t("name")}
                      second={t("unit")}
                      rows={pair.attendees.map((a) => [a.name, a.unit, a] as const)}
                    />
                  </section>
                )}
              </For>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

interface Gain {
  prePercent: number | string;
  postPercent: number | string;
  gain: number | string;
}

/** One pre/post gain table: a row header, one more column, then before, after and gain. */
function GainTable(props: {
  first: string;
  second: string;
  rows: (readonly [string, string | number, Gain])[];
}) {
  const t = useFeatureMessages(authoringMessages);
  return (
    <div class="results__table" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">{props.first}</th>
            <th scope="col">{props.second}</th>
            <th scope="col">{t("prePercent")}</th>
            <th scope="col">{t("postPercent")}</th>
            <th scope="col">{t("gain")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {([first, second, g]) => (
              <tr>
                <th scope="row">{first}</th>
                <td>{second}</td>
                <td>{g.prePercent}</td>
                <td>{g.postPercent}</td>
                <td>{g.gain}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
