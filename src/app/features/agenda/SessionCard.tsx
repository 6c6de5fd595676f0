import { For, Show } from "solid-js";
import type { PackMaterial, PackSession } from "../../../shared/pack.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { formatClock } from "./formatTime.ts";

/** One agenda item: time, title, room, speakers and linked materials. */
export function SessionCard(props: {
  session: PackSession;
  timeZone: string;
  materials: PackMaterial[];
}) {
  const { t, intlLocale } = useI18n();
  const time = () =>
    t("agenda.timeRange", {
      start: formatClock(props.session.startsAt, props.timeZone, intlLocale()),
      end: formatClock(props.session.endsAt, props.timeZone, intlLocale()),
    });
  return (
    <article class="session" classList={{ "session--break": props.session.kind === "break" }}>
      <p class="session__time">
        <time datetime={props.session.startsAt}>{time()}</time>
        <Show when={props.session.room}>
          <span class="session__room">
            {" · "}
            {props.session.room}
          </span>
        </Show>
      </p>
      <h3 class="session__title">{props.session.title}</h3>
      <Show when={props.session.speakers.length > 0}>
        <ul class="session__speakers" aria-label={t("agenda.speakers")}>
          <For each={props.session.speakers}>
            {(speaker) => (
              <li>
                <strong>{speaker.name}</strong>
                <Show when={speaker.title}>
                  <span>, {speaker.title}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.session.description}>
        <p class="session__description">{props.session.description}</p>
      </Show>
      <Show when={props.materials.length > 0}>
        <ul class="session__materials" aria-label={t("agenda.materials")}>
          <For each={props.materials}>{(material) => <li>{material.title}</li>}</For>
        </ul>
      </Show>
    </article>
  );
}
