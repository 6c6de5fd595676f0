import { and, asc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../store/db.ts";
import { materials, sessions } from "../store/schema.ts";

// The attendee's pack and the editors' view list the same rows in the same order, each
// narrowed its own way (changed since a version; not deleted). The id breaks ties, so that
// two sessions at the same time or two materials of the same title keep their places.

/** Agenda order in code, as eventSessions gives it in SQL: start time, then id. */
export function byAgendaOrder(
  a: { startsAt: Date; id: string },
  b: { startsAt: Date; id: string },
): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The event's sessions that also match `where`, in agenda order. */
export function eventSessions(db: Db, eventId: string, where: SQL) {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.eventId, eventId), where))
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
}

/** The event's materials that also match `where`, by title. */
export function eventMaterials(db: Db, eventId: string, where: SQL) {
  return db
    .select()
    .from(materials)
    .where(and(eq(materials.eventId, eventId), where))
    .orderBy(asc(materials.title), asc(materials.id));
}
