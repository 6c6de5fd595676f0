/** The sections of the attendee's bottom bar, in its order. */
export const ATTENDEE_SECTIONS = ["agenda", "materials", "ticket", "quizzes"] as const;
export type AttendeeSection = (typeof ATTENDEE_SECTIONS)[number];

/** Where the attendee is: the event's slug (still encoded) and the bar's section, if any. */
export interface AttendeePlace {
  slug: string;
  section: AttendeeSection | null;
}

/** Path (after /e/:slug) → section. A material belongs with "Tài liệu", a quiz with its list. */
const SECTION_OF: [RegExp, AttendeeSection][] = [
  [/^\/?$/, "agenda"],
  [/^\/(offline|m\/[^/]+)\/?$/, "materials"],
  [/^\/ticket\/?$/, "ticket"],
  [/^\/quizzes(\/[^/]+)?\/?$/, "quizzes"],
];

/**
 * Issue 13: which attendee screen a path is, for the bottom bar. Null outside an event's
 * attendee screens (home, invite, staff): no bar there. Search and self check-in belong to
 * no section: the bar shows, nothing is marked.
 */
export function attendeePlace(pathname: string): AttendeePlace | null {
  const match = /^\/e\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match) return null;
  const rest = match[2] ?? "";
  const section = SECTION_OF.find(([pattern]) => pattern.test(rest))?.[1] ?? null;
  return { slug: match[1]!, section };
}

/** The path each section opens for an event (slug as it appears in the URL). */
export function sectionHref(slug: string, section: AttendeeSection): string {
  const tail = { agenda: "", materials: "/offline", ticket: "/ticket", quizzes: "/quizzes" };
  return `/e/${slug}${tail[section]}`;
}
