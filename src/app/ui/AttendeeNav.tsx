import { useLocation } from "@solidjs/router";
import { For, Show } from "solid-js";
import { useI18n } from "../i18n/i18n.tsx";
import { ATTENDEE_SECTIONS, attendeePlace, sectionHref } from "./attendeePlace.ts";

const LABEL = {
  agenda: "nav.agenda",
  materials: "nav.materials",
  ticket: "nav.ticket",
  quizzes: "nav.quizzes",
} as const;

/**
 * Issue 13: the attendee's bottom bar on every screen of an event — Chương trình, Tài liệu,
 * Mã điểm danh, Trắc nghiệm — with the current place marked (aria-current). Plain links and
 * CSS only: it is on the agenda's first screen and in the copy index.html paints
 * (agendaSnapshot.ts), where its links work before any module has loaded.
 */
export function AttendeeNav() {
  const { t } = useI18n();
  const location = useLocation();
  const place = () => attendeePlace(location.pathname);
  return (
    <Show when={place()}>
      {(here) => (
        <nav class="bottom-nav" aria-label={t("nav.label")}>
          <For each={ATTENDEE_SECTIONS}>
            {(section) => (
              <a
                href={sectionHref(here().slug, section)}
                aria-current={here().section === section ? "page" : undefined}
              >
                {t(LABEL[section])}
              </a>
            )}
          </For>
        </nav>
      )}
    </Show>
  );
}
