import type { EventStaffRole } from "../../../shared/api.ts";

/** The event hub's sections, in navigation order. */
export type SectionKey =
  | "overview"
  | "agenda"
  | "agendaView"
  | "people"
  | "door"
  | "attendance"
  | "quizzes"
  | "results";

export interface HubSection {
  key: SectionKey;
  /** The link: below /staff/e/:slug, or (`attendeeView`) the attendee's own page of the event. */
  href: (slug: string) => string;
}

const ALL: readonly EventStaffRole[] = ["admin", "organiser", "trainer"];
const MANAGERS: readonly EventStaffRole[] = ["admin", "organiser"];

const staffPath = (suffix: string) => (slug: string) =>
  `/staff/e/${encodeURIComponent(slug)}${suffix}`;

/**
 * Every section with the roles that may open it. The rules follow the server's authz matrix:
 * content editing, printing and the door phone are for organisers and admins; trainers read
 * the roster without contact details (GET …/attendees allows them), read the agenda as
 * attendees see it (the pack allows them), and run attendance, quizzes and results.
 */
const SECTIONS: readonly (HubSection & { roles: readonly EventStaffRole[] })[] = [
  { key: "overview", href: staffPath(""), roles: ALL },
  { key: "agenda", href: staffPath("/agenda"), roles: MANAGERS },
  { key: "agendaView", href: (slug) => `/e/${encodeURIComponent(slug)}`, roles: ["trainer"] },
  { key: "people", href: staffPath("/people"), roles: ALL },
  { key: "door", href: staffPath("/door"), roles: MANAGERS },
  { key: "attendance", href: staffPath("/attendance"), roles: ALL },
  { key: "quizzes", href: staffPath("/quizzes"), roles: ALL },
  { key: "results", href: staffPath("/results"), roles: ALL },
];

/** The sections a role sees in the hub's navigation. */
export function sectionsFor(role: EventStaffRole): HubSection[] {
  return SECTIONS.filter((s) => s.roles.includes(role));
}

/**
 * Pages under /staff/e/:slug only organisers and admins may open (prefixes of the path
 * below the slug). The session-code screen (/s/:id/code) is for trainers too.
 */
const MANAGER_PAGES = ["/agenda", "/badges", "/invitations", "/door", "/m/", "/s/"];

/** Whether `role` may open the page at `rest` (the path below /staff/e/:slug). */
export function mayOpen(role: EventStaffRole, rest: string): boolean {
  if (MANAGERS.includes(role)) return true;
  if (/^\/s\/[^/]+\/code\/?$/.test(rest)) return true;
  return !MANAGER_PAGES.some((p) => rest === p || rest.startsWith(p.endsWith("/") ? p : `${p}/`));
}

/** The section a page belongs to (for marking the current place), by its path below the slug. */
export function sectionOf(rest: string): SectionKey {
  const first = rest.split("/")[1] ?? "";
  switch (first) {
    case "":
      return "overview";
    case "agenda":
    case "s":
    case "m":
      return "agenda";
    case "people":
    case "badges":
    case "invitations":
      return "people";
    case "door":
    case "attendance":
    case "quizzes":
    case "results":
      return first;
    default:
      return "overview";
  }
}
