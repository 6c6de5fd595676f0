import "./staffStrings.ts";
import { createResource, For, Show } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { listStaffEvents } from "./staff.repo.ts";

/** /staff — the events this staff member works on. */
export default function StaffEventsRoute() {
  const { t } = useI18n();
  const [events] = createResource(listStaffEvents);
  return (
    <section>
      <h1>{t("staff.events")}</h1>
      <Show when={!events.error} fallback={<p role="alert">{errorMessage(t, events.error)}</p>}>
        <ul class="event-list">
          <For each={events()}>
            {(event) => (
              <li>
                <a href={`/staff/e/${encodeURIComponent(event.slug)}`}>{event.title}</a>
                <span class="event-list__meta">
                  {" "}
                  · {event.startsOn} · {event.venue} · {t(`role.${event.role}`)}
                </span>{" "}
                <Show when={event.role !== "trainer"}>
                  <a
                    class="event-list__people"
                    href={`/staff/e/${encodeURIComponent(event.slug)}/people`}
                    aria-label={t("people.linkFor", { title: event.title })}
                  >
                    {t("people.title")}
                  </a>
                </Show>{" "}
                <a
                  href={`/staff/e/${encodeURIComponent(event.slug)}/quizzes`}
                  aria-label={t("quizzes.linkFor", { title: event.title })}
                >
                  {t("quizzes.title")}
                </a>{" "}
                <a
                  href={`/staff/e/${encodeURIComponent(event.slug)}/results`}
                  aria-label={t("results.linkFor", { title: event.title })}
                >
                  {t("results.title")}
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
