import type { events, sessions } from "../store/schema.ts";

// What attendees' packs and editors' views show alike of an event and of a session; each
// adds its own fields around these (editors: publishing and versions; packs: the event id).
// One mapping each, so that a field added to the content reaches both the same way.

/** The event's own details. */
export function eventDetails(e: typeof events.$inferSelect) {
  return {
    id: e.id,
    slug: e.slug,
    title: e.title,
    organiser: e.organiser,
    venue: e.venue,
    description: e.description,
    timeZone: e.timeZone,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    embedDomains: e.embedDomains,
  };
}

/**
 * A session's details, its times as ISO 8601 instants. Given `shownMaterials`, the session
 * lists only those (attendees: published ones), so no draft's id ever leaves the server.
 */
export function sessionDetails(
  s: typeof sessions.$inferSelect,
  shownMaterials?: ReadonlySet<string>,
) {
  return {
    title: s.title,
    description: s.description,
    kind: s.kind,
    room: s.room,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    speakers: s.speakers,
    materialIds: shownMaterials
      ? s.materialIds.filter((id) => shownMaterials.has(id))
      : s.materialIds,
  };
}
