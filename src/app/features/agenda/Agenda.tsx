import { A } from "@solidjs/router";
import { createMemo, createSignal, For, onMount, Show } from "solid-js";
import type { PackSession } from "../../../shared/pack.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { AgendaData } from "./agenda.repo.ts";
import { dayKey, formatClock, formatDay, formatStamp } from "./formatTime.ts";
import { nowAndNext } from "./nowNext.ts";
import { SessionCard } from "./SessionCard.tsx";

function groupByDay(sessions: PackSession[], timeZone: string): PackSession[][] {
  const days = new Map<string, PackSession[]>();
  for (const session of sessions) {
    const key = dayKey(session.startsAt, timeZone);
    days.set(key, [...(days.get(key) ?? []), session]);
  }
  return [...days.values()];
}

/**
 * The event's agenda, day by day, with what is on now and next (device clock), the
 * attendee's starred sessions ("my agenda") and marks on what changed since they last
 * looked. Marks `agenda-live` for the cold-start benchmark, and `agenda-visible` too unless
 * index.html painted the copy kept at the last visit (agendaSnapshot.ts) before.
 */
export function Agenda(props: {
  data: AgendaData;
  /** Device clock, ms. */
  now: number;
  seenVersion: number | null;
  onToggleStar: (sessionId: string) => void;
}) {
  const { t, intlLocale } = useI18n();
  const [mine, setMine] = createSignal(false);
  const zone = () => props.data.event.timeZone;
  const slug = () => encodeURIComponent(props.data.event.slug);
  const state = createMemo(() => nowAndNext(props.data.sessions, props.now, zone()));
  const shown = () =>
    mine() ? props.data.sessions.filter((s) => props.data.starred.has(s.id)) : props.data.sessions;
  const statusOf = (s: PackSession) =>
    state().current.includes(s) ? "now" : state().next === s ? "next" : null;
  const clock = (iso: string) => formatClock(iso, zone(), intlLocale());
  onMount(() => {
    performance.mark("agenda-live");
    if (performance.getEntriesByName("agenda-visible").length === 0) {
      performance.mark("agenda-visible");
    }
  });
  return (
    <section class="agenda" aria-labelledby="agenda-title">
      <header class="agenda__header">
        <h1 id="agenda-title">{props.data.event.title}</h1>
        <p class="agenda__meta">
          {props.data.event.venue}
          <Show when={props.data.event.organiser}> · {props.data.event.organiser}</Show>
        </p>
        <Show when={props.data.event.description}>
          <p class="agenda__description">{props.data.event.description}</p>
        </Show>
        <Show when={props.data.pack.attendee}>
          {(attendee) => (
            <p class="agenda__welcome">{t("agenda.welcome", { name: attendee().name })}</p>
          )}
        </Show>
        <p class="agenda__updated">
          {t("agenda.updatedAt", {
            time: formatStamp(props.data.pack.pulledAt, zone(), intlLocale()),
          })}
        </p>
        <nav class="agenda__links" aria-label={t("agenda.tools")}>
          <A href={`/e/${slug()}/search`}>{t("agenda.search")}</A>
          <A href={`/e/${slug()}/offline`}>{t("agenda.offlineLink")}</A>
          <A href={`/e/${slug()}/quizzes`}>{t("agenda.quizzes")}</A>
        </nav>
      </header>
      <Show when={state().current[0] ?? state().next}>
        <p data-live class="agenda__now" aria-live="polite">
          <For each={state().current}>
            {(s) => (
              <span>
                {t("agenda.now")}: <a href={`#session-${s.id}`}>{s.title}</a>{" "}
              </span>
            )}
          </For>
          <Show when={state().next}>
            {(s) => (
              <span>
                {t("agenda.next")} ({clock(s().startsAt)}):{" "}
                <a href={`#session-${s().id}`}>{s().title}</a>
              </span>
            )}
          </Show>
        </p>
      </Show>
      <fieldset class="segmented">
        <legend class="visually-hidden">{t("agenda.title")}</legend>
        <button type="button" aria-pressed={!mine()} onClick={() => setMine(false)}>
          {t("agenda.all")}
        </button>
        <button type="button" aria-pressed={mine()} onClick={() => setMine(true)}>
          {t("agenda.mine", { count: props.data.starred.size })}
        </button>
      </fieldset>
      <h2 class="visually-hidden">{t("agenda.title")}</h2>
      <Show
        when={shown().length > 0}
        fallback={<p>{mine() ? t("agenda.mineEmpty") : t("agenda.noSessions")}</p>}
      >
        <For each={groupByDay(shown(), zone())}>
          {(day) => (
            <section class="agenda__day">
              <h2 class="agenda__day-title">{formatDay(day[0]!.startsAt, zone(), intlLocale())}</h2>
              <For each={day}>
                {(session) => (
                  <SessionCard
                    slug={props.data.event.slug}
                    session={session}
                    timeZone={zone()}
                    materials={session.materialIds.flatMap(
                      (id) => props.data.materials.get(id) ?? [],
                    )}
                    status={statusOf(session)}
                    starred={props.data.starred.has(session.id)}
                    seenVersion={props.seenVersion}
                    onToggleStar={() => props.onToggleStar(session.id)}
                  />
                )}
              </For>
            </section>
          )}
        </For>
      </Show>
    </section>
  );
}
