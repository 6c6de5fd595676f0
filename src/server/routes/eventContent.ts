import { and, eq, sql } from "drizzle-orm";
import { Hono } from "hono";
import { CreateEventBody, UpdateEventBody } from "../../shared/api.ts";
import { newId } from "../../shared/ids.ts";
import { MANAGERS, requireEventRole } from "../auth/access.ts";
import { requireStaff } from "../auth/guards.ts";
import { missingOrStale } from "../content/conflict.ts";
import { loadEventContent, staffEvent } from "../content/staffView.ts";
import { readJson } from "../http/body.ts";
import type { AppEnv } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { eventGrants, events } from "../store/schema.ts";

/**
 * Editing an event's own fields, and the editors' view of everything in it (issue 3).
 * Organisers of the event and admins only; content is edited online, on the server.
 */
export const eventContentRoutes = new Hono<AppEnv>()
  // POST /api/events: a new event; an organiser who creates it becomes its organiser.
  .post("/", async (c) => {
    const staff = requireStaff(c, ["admin", "organiser"]);
    const body = await readJson(c, CreateEventBody);
    const created = await c.var.store.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(events)
        .values({ id: newId(), ...body, version: 1, detailsVersion: 1 })
        .onConflictDoNothing({ target: events.slug })
        .returning();
      if (!row) throw new ApiError(409, "slug_taken", `an event with slug ${body.slug} exists`);
      if (staff.role === "organiser") {
        await tx
          .insert(eventGrants)
          .values({ staffUserId: staff.id, eventId: row.id, role: "organiser" });
      }
      return row;
    });
    return c.json({ event: staffEvent(created) }, 201);
  })
  // GET /api/events/:slug/content: the event with drafts, for its editors.
  .get("/:slug/content", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    c.header("Cache-Control", "no-store");
    return c.json(await loadEventContent(c.var.store.db, event));
  })
  // PUT /api/events/:slug: the event's own fields; 409 when someone saved them meanwhile.
  .put("/:slug", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const { version, ...fields } = await readJson(c, UpdateEventBody);
    const db = c.var.store.db;
    // One statement: the check of the version and the write cannot be interleaved.
    const [row] = await db
      .update(events)
      .set({
        ...fields,
        version: sql`${events.version} + 1`,
        detailsVersion: sql`${events.version} + 1`,
      })
      .where(and(eq(events.id, event.id), eq(events.detailsVersion, version)))
      .returning();
    if (!row) {
      const [now] = await db.select().from(events).where(eq(events.id, event.id));
      throw missingOrStale("event", now && { version: now.detailsVersion }, version);
    }
    return c.json({ event: staffEvent(row) });
  });
