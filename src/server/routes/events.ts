import { and, asc, eq, gt } from "drizzle-orm";
import { Hono } from "hono";
import { PackQuery } from "../../shared/api.ts";
import type { EventPack } from "../../shared/pack.ts";
import { requireStaff } from "../auth/guards.ts";
import { validate } from "../http/body.ts";
import type { AppEnv } from "../http/context.ts";
import { ApiError, forbidden, notFound, unauthenticated } from "../http/errors.ts";
import { attendees, events, materials, sessions } from "../store/schema.ts";

/** Event resources under /api/events/:slug. */
export const eventRoutes = new Hono<AppEnv>()
  // GET /api/events: the events a staff member works on.
  .get("/", async (c) => {
    requireStaff(c);
    const rows = await c.var.store.db
      .select({
        id: events.id,
        slug: events.slug,
        title: events.title,
        venue: events.venue,
        startsOn: events.startsOn,
        endsOn: events.endsOn,
      })
      .from(events)
      .orderBy(asc(events.startsOn));
    return c.json({ events: rows });
  })
  .get("/:slug/pack", async (c) => {
    const { since } = validate(PackQuery, c.req.query());
    const db = c.var.store.db;
    const [event] = await db
      .select()
      .from(events)
      .where(eq(events.slug, c.req.param("slug")));
    const { staff, attendee } = c.var;
    if (!staff && !attendee) throw unauthenticated();
    if (!event) throw notFound("event");
    if (!staff && attendee?.eventId !== event.id) throw forbidden();
    if (since > event.version) {
      throw new ApiError(400, "validation_failed", "since is ahead of the server's version");
    }

    const changedSessions = await db
      .select()
      .from(sessions)
      .where(and(eq(sessions.eventId, event.id), gt(sessions.version, since)))
      .orderBy(asc(sessions.startsAt));
    const changedMaterials = await db
      .select()
      .from(materials)
      .where(and(eq(materials.eventId, event.id), gt(materials.version, since)));
    const [person] = attendee
      ? await db.select().from(attendees).where(eq(attendees.id, attendee.id))
      : [];

    const pack: EventPack = {
      event: {
        id: event.id,
        slug: event.slug,
        title: event.title,
        organiser: event.organiser,
        venue: event.venue,
        description: event.description,
        timeZone: event.timeZone,
        startsOn: event.startsOn,
        endsOn: event.endsOn,
      },
      attendee: person
        ? { id: person.id, name: person.name, unit: person.unit, position: person.position }
        : null,
      sessions: changedSessions
        .filter((s) => !s.deleted)
        .map((s) => ({
          id: s.id,
          eventId: s.eventId,
          title: s.title,
          description: s.description,
          kind: s.kind,
          room: s.room,
          startsAt: s.startsAt.toISOString(),
          endsAt: s.endsAt.toISOString(),
          speakers: s.speakers,
          materialIds: s.materialIds,
          version: s.version,
        })),
      materials: changedMaterials
        .filter((m) => !m.deleted)
        .map((m) => ({
          id: m.id,
          eventId: m.eventId,
          title: m.title,
          body: m.body,
          version: m.version,
        })),
      // A full pack (since 0) replaces everything on the device, so it lists no deletions.
      deleted: {
        sessions: since ? changedSessions.filter((s) => s.deleted).map((s) => s.id) : [],
        materials: since ? changedMaterials.filter((m) => m.deleted).map((m) => m.id) : [],
      },
      version: event.version,
      since,
      serverTime: new Date().toISOString(),
    };
    const json = JSON.stringify(pack);
    // The app shows download progress against this; Content-Length counts gzip bytes.
    c.header("X-Content-Length", String(Buffer.byteLength(json)));
    c.header("Cache-Control", "no-store");
    return c.body(json, 200, { "Content-Type": "application/json" });
  });
