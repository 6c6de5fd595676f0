import { A } from "@solidjs/router";
import { createMemo, createSignal, For, onMount, Show } from "solid-js";
import type { PackSession } from "../../../shared/pack.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { AgendaData } from "./agenda.repo.ts";
import { dayKey, formatClock, formatDay, formatStamp } from "./formatTime.ts";
import { nowAndNext } from "./nowNext.ts";
import { SessionCard } from "./SessionCard.tsx";

function groupByDay(sessions: PackSession[], timeZone: string): Map<string, PackSession[]> {
  const days = new Map<string, PackSession[]>();
  for (const session of sessions) {
    const key = dayKey(session.startsAt, timeZone);
    days.set(key, [...(days.get(key) ?? []), session]);
  }
  return days;
}

/**
 * Issue 13: the days in the order a phone shows them — today's first (what the attendee
 * came for), then the others in date order.
 */
export function daysTodayFirst(
  sessions: PackSession[],
  timeZone: string,
  now: number,
): { key: string; today: boolean; sessions: PackSession[] }[] {
  const today = dayKey(new Date(now).toISOString(), timeZone);
  const days = [...groupByDay(sessions, timeZone)].map(([key, list]) => ({
    key,
    today: key === today,
    sessions: list,
  }));
  return [...days.filter((d) => d.today), ...days.filter((d) => !d.today)];
}

/**
 * The event's agenda, day by day, with what is on now and next (device clock), the
 * attendee's starred sessions ("my agenda") and marks on what changed since they last
 * looked. Issue 13: a phone's first screen shows the title, now/next and today's sessions;
 * the event's description follows them, folded. Marks `agenda-live` for the cold-start benchmark, and `agenda-visible` too unless
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
        <Show when={props.data.pack.attendee}>
          {(attendee) => (
            <p class="agenda__welcome">{t("agenda.welcome", { name: attendee().name })}</p>
          )}
        </Show>
      </header>
      <Show when={state().current[0] ?? state().next}>
        <div data-live class="agenda__now" aria-live="polite">
          <Show when={state().current.length > 0}>
            <p class="agenda__now-line">
              <strong class="agenda__now-label">{t("agenda.now")}</strong>
              <For each={state().current}>{(s) => <a href={`#session-${s.id}`}>{s.title}</a>}</For>
            </p>
          </Show>
          <Show when={state().next}>
            {(s) => (
              <p class="agenda__now-line">
                <strong class="agenda__now-label">
                  {t("agenda.next")} ({clock(s().startsAt)})
                </strong>
                <a href={`#session-${s().id}`}>{s().title}</a>
              </p>
            )}
          </Show>
        </div>
      </Show>
      <div class="agenda__tools">
        <fieldset class="segmented">
          <legend class="visually-hidden">{t("agenda.title")}</legend>
          <button type="button" aria-pressed={!mine()} onClick={() => setMine(false)}>
            {t("agenda.all")}
          </button>
          <button type="button" aria-pressed={mine()} onClick={() => setMine(true)}>
            {t("agenda.mine", { count: props.data.starred.size })}
          </button>
        </fieldset>
        <A class="agenda__search" href={`/e/${slug()}/search`}>
          {t("agenda.search")}
        </A>
      </div>
      <h2 class="visually-hidden">{t("agenda.title")}</h2>
      <Show
        when={shown().length > 0}
        fallback={<p>{mine() ? t("agenda.mineEmpty") : t("agenda.noSessions")}</p>}
      >
        <For each={daysTodayFirst(shown(), zone(), props.now)}>
          {(day) => (
            <section class="agenda__day">
              <h2 class="agenda__day-title">
                <Show when={day.today}>
                  <span data-live>{t("agenda.today")} · </span>
                </Show>
                {formatDay(day.sessions[0]!.startsAt, zone(), intlLocale())}
              </h2>
              <For each={day.sessions}>
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
      <footer class="agenda__footer">
        <Show when={props.data.event.description}>
          <details class="agenda__about">
            <summary>{t("agenda.about")}</summary>
            <p class="agenda__description">{props.data.event.description}</p>
          </details>
        </Show>
        <p class="agenda__updated">
          {t("agenda.updatedAt", {
            time: formatStamp(props.data.pack.pulledAt, zone(), intlLocale()),
          })}
        </p>
      </footer>
    </section>
  );
}
