import "../staff/staffStrings.ts";
import { A, useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { createChangeFeed } from "./createChangeFeed.ts";
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
  const [overview, { refetch }] = createResource(() => params.slug, getOverview);
  createChangeFeed(params.slug, "quiz-attempt", () => void refetch());
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
            <div class="results__table">
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
                    <div class="results__table">
                      <table>
                        <thead>
                          <tr>
                            <th scope="col">{t("unit")}</th>
                            <th scope="col">{t("count")}</th>
                            <th scope="col">{t("prePercent")}</th>
                            <th scope="col">{t("postPercent")}</th>
                            <th scope="col">{t("gain")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          <For each={pair.units}>
                            {(u) => (
                              <tr>
                                <th scope="row">{u.unit}</th>
                                <td>{u.count}</td>
                                <td>{u.prePercent}</td>
                                <td>{u.postPercent}</td>
                                <td>{u.gain}</td>
                              </tr>
                            )}
                          </For>
                        </tbody>
                      </table>
                    </div>
                    <h4>{t("perAttendee")}</h4>
                    <div class="results__table">
                      <table>
                        <thead>
                          <tr>
                            <th scope="col">{t("name")}</th>
                            <th scope="col">{t("unit")}</th>
                            <th scope="col">{t("prePercent")}</th>
                            <th scope="col">{t("postPercent")}</th>
                            <th scope="col">{t("gain")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          <For each={pair.attendees}>
                            {(a) => (
                              <tr>
                                <th scope="row">{a.name}</th>
                                <td>{a.unit}</td>
                                <td>{a.prePercent}</td>
                                <td>{a.postPercent}</td>
                                <td>{a.gain}</td>
                              </tr>
                            )}
                          </For>
                        </tbody>
                      </table>
                    </div>
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
