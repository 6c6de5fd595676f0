import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../http/context.ts";
import { forbidden, notFound, unauthenticated } from "../http/errors.ts";
import { eventGrants, events } from "../store/schema.ts";

/** What the requester is to one event: staff roles first, then "attendee". */
export type EventRole = "admin" | "organiser" | "trainer" | "attendee";

/** Roles that see and manage the roster, tickets, invites and badges. */
export const MANAGERS: EventRole[] = ["admin", "organiser"];
/** Every staff role with access to the event. */
export const STAFF: EventRole[] = ["admin", "organiser", "trainer"];

export type EventRow = typeof events.$inferSelect;

/** The requester's role on an event, or null when they have none. */
export async function roleOn(c: Context<AppEnv>, event: EventRow): Promise<EventRole | null> {
  const { staff, attendee } = c.var;
  if (staff?.role === "admin") return "admin";
  if (staff) {
    const [grant] = await c.var.store.db
      .select({ role: eventGrants.role })
      .from(eventGrants)
      .where(and(eq(eventGrants.staffUserId, staff.id), eq(eventGrants.eventId, event.id)));
    if (grant) return grant.role;
  }
  if (attendee?.eventId === event.id) return "attendee";
  return null;
}

/**
 * Loads the event of a route's `:slug` and checks the requester may act on it with one of
 * `allowed` roles. 401 when nobody is signed in, 404 when there is no such event, 403 when
 * the requester has no allowed role on it. Call it before reading the body, so that a
 * stranger learns nothing from validation errors.
 */
export async function requireEventRole(
  c: Context<AppEnv>,
  slug: string,
  allowed: EventRole[],
): Promise<{ event: EventRow; role: EventRole }> {
  if (!c.var.staff && !c.var.attendee) throw unauthenticated();
  const [event] = await c.var.store.db.select().from(events).where(eq(events.slug, slug));
  if (!event) throw notFound("event");
  const role = await roleOn(c, event);
  if (!role || !allowed.includes(role)) throw forbidden();
  return { event, role };
}
