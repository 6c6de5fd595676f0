import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { PackQuery } from "../../shared/api.ts";
import { roleOn } from "../auth/access.ts";
import { requireStaff } from "../auth/guards.ts";
import { listStaffEvents } from "../auth/staffEvents.ts";
import { buildPack } from "../content/buildPack.ts";
import { validate } from "../http/body.ts";
import type { AppEnv } from "../http/context.ts";
import {
  ApiError,
  eventNotPublished,
  forbidden,
  notFound,
  unauthenticated,
} from "../http/errors.ts";
import { attendees, events } from "../store/schema.ts";

/** Event resources under /api/events/:slug. */
export const eventRoutes = new Hono<AppEnv>()
  // GET /api/events: the events a staff member works on (an admin: all of them).
  .get("/", async (c) => {
    const staff = requireStaff(c);
    return c.json({ events: await listStaffEvents(c.var.store.db, staff) });
  })
  .get("/:slug/pack", async (c) => {
    // Who is asking first: an anonymous request learns nothing, not even what a slug is.
    const { staff, attendee } = c.var;
    if (!staff && !attendee) throw unauthenticated();
    const { since } = validate(PackQuery, c.req.query());
    const db = c.var.store.db;
    const [event] = await db
      .select()
      .from(events)
      .where(eq(events.slug, c.req.param("slug")));
    if (!event) throw notFound("event");
    // Staff need a grant on the event (admins have all); attendees only see their own.
    if (!(await roleOn(c, event))) throw forbidden();
    if (since > event.version) {
      // Its own code: the app then drops its copy and pulls the whole pack again.
      throw new ApiError(400, "version_ahead", "since is ahead of the server's version");
    }

    // A draft event does not exist for its attendees yet.
    if (!event.published && !staff) throw eventNotPublished();
    const [person] = attendee
      ? await db.select().from(attendees).where(eq(attendees.id, attendee.id))
      : [];
    const pack = await buildPack(
      db,
      event,
      since,
      person
        ? { id: person.id, name: person.name, unit: person.unit, position: person.position }
        : null,
    );
    const json = JSON.stringify(pack);
    // The app shows download progress against this; Content-Length counts gzip bytes.
    c.header("X-Content-Length", String(Buffer.byteLength(json)));
    c.header("Cache-Control", "no-store");
    return c.body(json, 200, { "Content-Type": "application/json" });
  });
