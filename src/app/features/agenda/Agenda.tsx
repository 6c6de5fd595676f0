import { For, onMount, Show } from "solid-js";
import type { PackSession } from "../../../shared/pack.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { AgendaData } from "./agenda.repo.ts";
import { dayKey, formatDay } from "./formatTime.ts";
import { SessionCard } from "./SessionCard.tsx";

function groupByDay(sessions: PackSession[], timeZone: string): PackSession[][] {
  const days = new Map<string, PackSession[]>();
  for (const session of sessions) {
    const key = dayKey(session.startsAt, timeZone);
    days.set(key, [...(days.get(key) ?? []), session]);
  }
  return [...days.values()];
}

/** The event's agenda, day by day. Marks `agenda-visible` for the cold-start benchmark. */
export function Agenda(props: { data: AgendaData }) {
  const { t, intlLocale } = useI18n();
  const zone = () => props.data.event.timeZone;
  onMount(() => performance.mark("agenda-visible"));
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
        <p class="agenda__updated">
          {t("agenda.updatedAt", {
            time: new Intl.DateTimeFormat(intlLocale(), {
              dateStyle: "short",
              timeStyle: "short",
            }).format(new Date(props.data.pack.pulledAt)),
          })}
        </p>
      </header>
      <h2 class="visually-hidden">{t("agenda.title")}</h2>
      <Show when={props.data.sessions.length > 0} fallback={<p>{t("agenda.noSessions")}</p>}>
        <For each={groupByDay(props.data.sessions, zone())}>
          {(day) => (
            <section class="agenda__day">
              <h2 class="agenda__day-title">{formatDay(day[0]!.startsAt, zone(), intlLocale())}</h2>
              <For each={day}>
                {(session) => (
                  <SessionCard
                    session={session}
                    timeZone={zone()}
                    materials={session.materialIds.flatMap(
                      (id) => props.data.materials.get(id) ?? [],
                    )}
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
