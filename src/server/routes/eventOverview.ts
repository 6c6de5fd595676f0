import { and, count, eq } from "drizzle-orm";
import { Hono } from "hono";
import type { EventOverview, EventStaffRole } from "../../shared/api.ts";
import { requireEventRole, STAFF } from "../auth/access.ts";
import type { AppEnv } from "../http/context.ts";
import type { Db } from "../store/db.ts";
import { attendees, checkinLists, checkinScans, materials, sessions } from "../store/schema.ts";
import { revokedTickets, ticketStatus } from "../tickets/issue.ts";
import { deviceCounts } from "./attendees.ts";

/**
 * How many people were admitted through the event's entry list (issue 10: its accepted
 * scans, at most one per attendee), or null when the organiser has made no entry list
 * (the hub shows "—").
 */
export async function checkedInCount(db: Db, eventId: string): Promise<number | null> {
  const [entry] = await db
    .select({ id: checkinLists.id })
    .from(checkinLists)
    .where(
      and(
        eq(checkinLists.eventId, eventId),
        eq(checkinLists.kind, "entry"),
        eq(checkinLists.deleted, false),
      ),
    );
  if (!entry) return null;
  const [row] = await db
    .select({ n: count() })
    .from(checkinScans)
    .where(and(eq(checkinScans.listId, entry.id), eq(checkinScans.status, "accepted")));
  return row?.n ?? 0;
}

/** Live counts of an event for its hub. Counts only: trainers may see them. */
export async function overviewCounts(db: Db, eventId: string): Promise<EventOverview["counts"]> {
  const people = await db.select().from(attendees).where(eq(attendees.eventId, eventId));
  const revoked = await revokedTickets(db, eventId);
  const devices = await deviceCounts(db, eventId);
  const live = (table: typeof sessions | typeof materials) =>
    db
      .select({ n: count() })
      .from(table)
      .where(and(eq(table.eventId, eventId), eq(table.deleted, false)));
  const [[s], [m]] = await Promise.all([live(sessions), live(materials)]);
  return {
    people: people.length,
    invited: people.filter((p) => ticketStatus(p, revoked) === "active").length,
    withDevice: people.filter((p) => (devices.get(p.id) ?? 0) > 0).length,
    devices: [...devices.values()].reduce((a, b) => a + b, 0),
    sessions: s?.n ?? 0,
    materials: m?.n ?? 0,
    checkedIn: await checkedInCount(db, eventId),
  };
}

/** GET /api/events/:slug/overview: the event hub's figures and the requester's role. */
export const eventOverviewRoutes = new Hono<AppEnv>().get("/:slug/overview", async (c) => {
  const { event, role } = await requireEventRole(c, c.req.param("slug"), STAFF);
  const body: EventOverview = {
    event: {
      id: event.id,
      slug: event.slug,
      title: event.title,
      venue: event.venue,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      timeZone: event.timeZone,
      published: event.published,
    },
    role: role as EventStaffRole,
    counts: await overviewCounts(c.var.store.db, event.id),
  };
  c.header("Cache-Control", "no-store");
  return c.json(body);
});
