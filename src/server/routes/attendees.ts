import { and, asc, count, eq, gt } from "drizzle-orm";
import { Hono } from "hono";
import type { StaffAttendee, StaffAttendeeList } from "../../shared/api.ts";
import { MANAGERS, requireEventRole, STAFF } from "../auth/access.ts";
import { sessionPolicy } from "../auth/session.ts";
import type { AppEnv } from "../http/context.ts";
import type { Db } from "../store/db.ts";
import { attendees, authSessions } from "../store/schema.ts";
import { revokedTickets, ticketStatus } from "../tickets/issue.ts";

/** Live attendee sign-ins per attendee of an event (devices holding their invite). */
export async function deviceCounts(db: Db, eventId: string): Promise<Map<string, number>> {
  const idleFloor = new Date(Date.now() - sessionPolicy.attendee.idleMs);
  const rows = await db
    .select({ attendeeId: authSessions.attendeeId, n: count() })
    .from(authSessions)
    .innerJoin(attendees, eq(attendees.id, authSessions.attendeeId))
    .where(
      and(
        eq(attendees.eventId, eventId),
        gt(authSessions.expiresAt, new Date()),
        gt(authSessions.lastSeenAt, idleFloor),
      ),
    )
    .groupBy(authSessions.attendeeId);
  return new Map(rows.map((r) => [r.attendeeId!, r.n]));
}

/** GET /api/events/:slug/attendees: the roster for staff; phone and e-mail for managers only. */
export const attendeeRoutes = new Hono<AppEnv>().get("/:slug/attendees", async (c) => {
  const { event, role } = await requireEventRole(c, c.req.param("slug"), STAFF);
  const db = c.var.store.db;
  const canSeeContacts = MANAGERS.includes(role);
  const people = await db
    .select()
    .from(attendees)
    .where(eq(attendees.eventId, event.id))
    .orderBy(asc(attendees.unit), asc(attendees.name));
  const revoked = await revokedTickets(db, event.id);
  const devices = await deviceCounts(db, event.id);
  const list: StaffAttendeeList = {
    event: { id: event.id, slug: event.slug, title: event.title },
    role: role as StaffAttendeeList["role"],
    canSeeContacts,
    attendees: people.map((p): StaffAttendee => {
      const row: StaffAttendee = {
        id: p.id,
        name: p.name,
        unit: p.unit,
        position: p.position,
        ticket: ticketStatus(p, revoked),
        maxDevices: p.maxDevices,
        devices: devices.get(p.id) ?? 0,
      };
      // Trainers see who attends, never how to reach them.
      if (canSeeContacts) Object.assign(row, { phone: p.phone, email: p.email });
      return row;
    }),
  };
  c.header("Cache-Control", "no-store");
  return c.json(list);
});
