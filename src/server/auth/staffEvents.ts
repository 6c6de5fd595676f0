import { asc, eq } from "drizzle-orm";
import type { StaffEventSummary } from "../../shared/api.ts";
import type { StaffPrincipal } from "../http/context.ts";
import type { Db } from "../store/db.ts";
import { eventGrants, events } from "../store/schema.ts";

const summary = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  venue: events.venue,
  startsOn: events.startsOn,
  endsOn: events.endsOn,
};

/** The events a staff member is granted, with their role on each; an admin gets every event. */
export async function listStaffEvents(db: Db, staff: StaffPrincipal): Promise<StaffEventSummary[]> {
  if (staff.role === "admin") {
    const rows = await db.select(summary).from(events).orderBy(asc(events.startsOn));
    return rows.map((row) => ({ ...row, role: "admin" as const }));
  }
  return db
    .select({ ...summary, role: eventGrants.role })
    .from(eventGrants)
    .innerJoin(events, eq(events.id, eventGrants.eventId))
    .where(eq(eventGrants.staffUserId, staff.id))
    .orderBy(asc(events.startsOn));
}
