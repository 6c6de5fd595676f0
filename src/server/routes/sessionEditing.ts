import { and, eq, inArray } from "drizzle-orm";
import { Hono } from "hono";
import {
  CreateSessionBody,
  ReorderSessionsBody,
  UpdateSessionBody,
  VersionQuery,
} from "../../shared/api.ts";
import { isUuid, newId } from "../../shared/ids.ts";
import { zoneOffsetMs } from "../../shared/time.ts";
import { MANAGERS, requireEventRole } from "../auth/access.ts";
import { conflict, missingOrStale } from "../content/conflict.ts";
import { byAgendaOrder } from "../content/eventRows.ts";
import { layoutDay } from "../content/reorder.ts";
import { staffSession } from "../content/staffView.ts";
import { bumpEventVersion, type Tx } from "../content/version.ts";
import { readJson, validate } from "../http/body.ts";
import type { AppEnv } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { materials, sessions } from "../store/schema.ts";

/** 400 unless every listed material belongs to the event and is not deleted. */
async function checkMaterials(tx: Tx, eventId: string, ids: string[]) {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: materials.id })
    .from(materials)
    .where(
      and(eq(materials.eventId, eventId), eq(materials.deleted, false), inArray(materials.id, ids)),
    );
  if (found.length !== new Set(ids).size) {
    throw new ApiError(400, "validation_failed", "materialIds: not materials of this event");
  }
}

/** The `:id` of the route, or 404 when it cannot be an id. */
function sessionId(id: string): string {
  if (!isUuid(id)) throw notFound("session");
  return id;
}

/** Current row of a session of the event, for telling 404 from 409 after a missed update. */
async function currentSession(tx: Tx, eventId: string, id: string) {
  const [row] = await tx
    .select({ version: sessions.version, deleted: sessions.deleted })
    .from(sessions)
    .where(and(eq(sessions.id, id), eq(sessions.eventId, eventId)));
  return row;
}

/** Sets fields of a live session at the version the editor saw; 404/409 otherwise. */
async function updateSession(
  tx: Tx,
  eventId: string,
  id: string,
  sent: number,
  set: Partial<typeof sessions.$inferInsert>,
) {
  const version = await bumpEventVersion(tx, eventId);
  const [row] = await tx
    .update(sessions)
    .set({ ...set, version })
    .where(
      and(
        eq(sessions.id, id),
        eq(sessions.eventId, eventId),
        eq(sessions.version, sent),
        eq(sessions.deleted, false),
      ),
    )
    .returning();
  // Throwing rolls the version bump back: nothing of this save is kept.
  if (!row) throw missingOrStale("session", await currentSession(tx, eventId, id), sent);
  return row;
}

/** The calendar day of an instant in a zone, for "these sessions are one day". */
function localDay(instant: Date, zone: string): string {
  return new Date(instant.getTime() + zoneOffsetMs(instant, zone)).toISOString().slice(0, 10);
}

/**
 * Creating, editing, deleting and reordering sessions (issue 3). Every change bumps the
 * event version in the same transaction, so attendees' devices get it at their next pull;
 * a save carrying a stale version is refused with 409 and writes nothing.
 */
export const sessionEditingRoutes = new Hono<AppEnv>()
  .post("/:slug/sessions", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const body = await readJson(c, CreateSessionBody);
    const row = await c.var.store.db.transaction(async (tx) => {
      await checkMaterials(tx, event.id, body.materialIds);
      const version = await bumpEventVersion(tx, event.id);
      const [created] = await tx
        .insert(sessions)
        .values({
          id: newId(),
          eventId: event.id,
          ...body,
          startsAt: new Date(body.startsAt),
          endsAt: new Date(body.endsAt),
          version,
        })
        .returning();
      return created!;
    });
    return c.json({ session: staffSession(row) }, 201);
  })
  // Declared before /:id so that "reorder" is not taken for an id.
  .post("/:slug/sessions/reorder", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const body = await readJson(c, ReorderSessionsBody);
    const ids = body.sessions.map((s) => s.id);
    if (new Set(ids).size !== ids.length) {
      throw new ApiError(400, "validation_failed", "sessions: an id is listed twice");
    }
    const rows = await c.var.store.db.transaction(async (tx) => {
      const found = await tx
        .select()
        .from(sessions)
        .where(
          and(
            eq(sessions.eventId, event.id),
            eq(sessions.deleted, false),
            inArray(sessions.id, ids),
          ),
        );
      const byId = new Map(found.map((s) => [s.id, s]));
      for (const { id, version } of body.sessions) {
        const row = byId.get(id);
        if (!row) throw notFound("session");
        if (row.version !== version) throw conflict("session", row.version, version);
      }
      const days = new Set(found.map((s) => localDay(s.startsAt, event.timeZone)));
      if (days.size !== 1) {
        throw new ApiError(400, "validation_failed", "sessions: reorder one day at a time");
      }
      const [day] = days;
      const ofDay = (
        await tx
          .select()
          .from(sessions)
          .where(and(eq(sessions.eventId, event.id), eq(sessions.deleted, false)))
      ).filter((s) => localDay(s.startsAt, event.timeZone) === day);
      // Someone added or moved a session on this day since the editor loaded it.
      if (ofDay.length !== found.length) {
        throw new ApiError(
          409,
          "conflict",
          "the sessions of this day changed since you opened them; reload and reorder again",
        );
      }
      const current = [...found].sort(byAgendaOrder);
      const order = ids.map((id) => byId.get(id)!);
      const slots = layoutDay(current, order);
      // Sessions the move did not touch keep their version: no needless conflicts for
      // someone editing them, and nothing for attendees' devices to fetch again. When
      // nothing moved at all, the event's version stays too.
      const moved = order.map(
        (session, k) =>
          slots[k]!.startsAt.getTime() !== session.startsAt.getTime() ||
          slots[k]!.endsAt.getTime() !== session.endsAt.getTime(),
      );
      if (!moved.includes(true)) return order;
      const version = await bumpEventVersion(tx, event.id);
      const updated = [];
      for (const [k, session] of order.entries()) {
        const slot = slots[k]!;
        if (!moved[k]) {
          updated.push(session);
          continue;
        }
        const [row] = await tx
          .update(sessions)
          .set({ ...slot, version })
          .where(eq(sessions.id, session.id))
          .returning();
        updated.push(row!);
      }
      return updated;
    });
    return c.json({ sessions: rows.map(staffSession) });
  })
  .put("/:slug/sessions/:id", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const id = sessionId(c.req.param("id"));
    const { version: sent, ...fields } = await readJson(c, UpdateSessionBody);
    const row = await c.var.store.db.transaction(async (tx) => {
      // Not found before invalid: a session of another event is not this event's business,
      // whatever materials the body lists.
      const current = await currentSession(tx, event.id, id);
      if (!current || current.deleted) throw notFound("session");
      await checkMaterials(tx, event.id, fields.materialIds);
      return updateSession(tx, event.id, id, sent, {
        ...fields,
        startsAt: new Date(fields.startsAt),
        endsAt: new Date(fields.endsAt),
      });
    });
    return c.json({ session: staffSession(row) });
  })
  .delete("/:slug/sessions/:id", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const id = sessionId(c.req.param("id"));
    const { version: sent } = validate(VersionQuery, c.req.query());
    // Soft: devices learn of the deletion from the next pack.
    await c.var.store.db.transaction((tx) =>
      updateSession(tx, event.id, id, sent, { deleted: true }),
    );
    return c.body(null, 204);
  });
