import { A, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { hubMessages } from "./messages.ts";
import { nextSteps } from "./nextSteps.ts";
import { useEventHub } from "./useEventHub.ts";

/** /staff/e/:slug — Tổng quan: the event's figures and what to do next. */
export default function OverviewRoute() {
  const t = useFeatureMessages(hubMessages);
  const params = useParams<{ slug: string }>();
  const hub = useEventHub();
  const base = () => `/staff/e/${encodeURIComponent(params.slug)}`;
  return (
    <section class="hub-overview">
      <h1>{t("section.overview")}</h1>
      <Show when={!hub?.overview.error && hub?.overview()}>
        {(o) => (
          <>
            <p class="hub-overview__role">{t("yourRole", { role: t(`role.${o().role}`) })}</p>
            <h2>{t("countsTitle")}</h2>
            <dl class="hub-counts">
              <For
                each={
                  [
                    ["count.people", o().counts.people],
                    ["count.invited", o().counts.invited],
                    ["count.withDevice", o().counts.withDevice],
                    ["count.devices", o().counts.devices],
                    ["count.checkedIn", o().counts.checkedIn],
                    ["count.sessions", o().counts.sessions],
                    ["count.materials", o().counts.materials],
                  ] as const
                }
              >
                {([key, n]) => (
                  <div class="hub-counts__item" data-count={key}>
                    <dt>{t(key)}</dt>
                    <dd>{n === null ? t("notYet") : n}</dd>
                  </div>
                )}
              </For>
            </dl>
            <h2>{t("nextTitle")}</h2>
            <ul class="hub-next">
              <For each={nextSteps(o())}>
                {(step) => (
                  <li>
                    <span>{t(step.key, { n: step.n ?? 0 })}</span>
                    <Show when={step.to}>
                      {(to) => (
                        <>
                          {" "}
                          <A class="button-link" href={`${base()}${to()}`}>
                            {t("go")}
                          </A>
                        </>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </Show>
    </section>
  );
}
