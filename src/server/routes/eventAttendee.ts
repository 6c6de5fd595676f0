import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import { isUuid } from "../../shared/ids.ts";
import type { EventRow } from "../auth/access.ts";
import type { AppEnv } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { attendees } from "../store/schema.ts";

/** The attendee of a route's `:attendeeId` within the event; 404 when not one of its own. */
export async function eventAttendee(c: Context<AppEnv>, event: EventRow) {
  const id = c.req.param("attendeeId") ?? "";
  // A malformed id would make PostgreSQL's uuid cast fail with a 500; it is just unknown.
  if (!isUuid(id)) throw notFound("attendee");
  const [row] = await c.var.store.db
    .select()
    .from(attendees)
    .where(and(eq(attendees.id, id), eq(attendees.eventId, event.id)));
  if (!row) throw notFound("attendee");
  return row;
}
