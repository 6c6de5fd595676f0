import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { PackMaterial, PackSession } from "../../../shared/pack.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { formatClock } from "./formatTime.ts";

/** Where a session stands by the device clock, for its badge. */
export type SessionStatus = "now" | "next" | null;

/**
 * One agenda item: time, title, room, speakers and linked materials, with its badges
 * (on now / next / changed since last look) and the star of "my agenda". All text is
 * rendered as text: titles and names from the server can never become markup.
 */
export function SessionCard(props: {
  slug: string;
  session: PackSession;
  timeZone: string;
  materials: PackMaterial[];
  status: SessionStatus;
  starred: boolean;
  /** Changed after the version the attendee last saw (null: mark nothing). */
  seenVersion: number | null;
  onToggleStar: () => void;
}) {
  const { t, intlLocale } = useI18n();
  const time = () =>
    t("agenda.timeRange", {
      start: formatClock(props.session.startsAt, props.timeZone, intlLocale()),
      end: formatClock(props.session.endsAt, props.timeZone, intlLocale()),
    });
  const changed = (version: number) => props.seenVersion !== null && version > props.seenVersion;
  return (
    <article
      id={`session-${props.session.id}`}
      class="session"
      classList={{
        "session--break": props.session.kind === "break",
        "session--now": props.status === "now",
      }}
    >
      <p class="session__time">
        <time datetime={props.session.startsAt}>{time()}</time>
        <Show when={props.session.room}>
          <span class="session__room">
            {" · "}
            {props.session.room}
          </span>
        </Show>
      </p>
      <Show when={props.status || changed(props.session.version)}>
        <p data-live class="session__badges">
          <Show when={props.status}>
            {(status) => (
              <span class={`badge badge--${status()}`}>
                {status() === "now" ? t("agenda.now") : t("agenda.next")}
              </span>
            )}
          </Show>
          <Show when={changed(props.session.version)}>
            <span class="badge badge--changed">{t("agenda.changed")}</span>
          </Show>
        </p>
      </Show>
      <h3 class="session__title">{props.session.title}</h3>
      <Show when={props.session.kind !== "break"}>
        <button
          type="button"
          class="session__star"
          aria-pressed={props.starred}
          aria-label={t("agenda.star", { title: props.session.title })}
          onClick={() => props.onToggleStar()}
        >
          {props.starred ? "★" : "☆"}
        </button>
      </Show>
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
          <For each={props.materials}>
            {(material) => (
              <li>
                <A href={`/e/${encodeURIComponent(props.slug)}/m/${material.id}`}>
                  {material.title}
                </A>
                <Show when={changed(material.version)}>
                  {" "}
                  <span data-live class="badge badge--changed">
                    {t("agenda.changed")}
                  </span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </article>
  );
}
