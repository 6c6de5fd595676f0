import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import * as v from "valibot";
import {
  CreateCheckinListBody,
  type PublicCheckinList,
  UpdateCheckinListBody,
} from "../../shared/checkin.ts";
import { isUuid } from "../../shared/ids.ts";
import { MANAGERS, requireEventRole, STAFF } from "../auth/access.ts";
import {
  exportRows,
  exportTable,
  loadAttendance,
  reviewItems,
  summarise,
} from "../checkin/attendance.ts";
import { toCsv } from "../checkin/csv.ts";
import { createList, eventLists, staffList } from "../checkin/lists.ts";
import { lockEventCheckins } from "../checkin/record.ts";
import { readJson, validate } from "../http/body.ts";
import type { AppEnv } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { checkinLists } from "../store/schema.ts";

const ExportQuery = v.object({ format: v.optional(v.picklist(["csv", "json"]), "csv") });

/** The `:id` of a list route, or 404 when it cannot be one. */
function listId(id: string): string {
  if (!isUuid(id)) throw notFound("check-in list");
  return id;
}

/** Issue 10: check-in lists, attendance, review and export, under /api/events/:slug/checkin. */
export const checkinRoutes = new Hono<AppEnv>()
  // GET …/checkin/lists: every live list with its session-code secret (staff devices only).
  .get("/:slug/checkin/lists", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), STAFF);
    c.header("Cache-Control", "no-store");
    return c.json((await eventLists(c.var.store.db, event.id)).map(staffList));
  })
  // GET …/checkin/sessions: which sessions take self check-in (no secrets), for attendees.
  .get("/:slug/checkin/sessions", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), [...STAFF, "attendee"]);
    const lists: PublicCheckinList[] = (await eventLists(c.var.store.db, event.id))
      .filter((l) => l.kind === "session")
      .map((l) => ({ id: l.id, kind: l.kind, sessionId: l.sessionId, title: l.title }));
    return c.json(lists);
  })
  .post("/:slug/checkin/lists", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const body = await readJson(c, CreateCheckinListBody);
    return c.json(staffList(await createList(c.var.store.db, event.id, body)), 201);
  })
  .put("/:slug/checkin/lists/:id", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const id = listId(c.req.param("id"));
    const body = await readJson(c, UpdateCheckinListBody);
    const row = await c.var.store.db.transaction(async (tx) => {
      await lockEventCheckins(tx, event.id);
      const [updated] = await tx
        .update(checkinLists)
        .set({ title: body.title, reentry: body.reentry })
        .where(
          and(
            eq(checkinLists.id, id),
            eq(checkinLists.eventId, event.id),
            eq(checkinLists.deleted, false),
          ),
        )
        .returning();
      return updated;
    });
    if (!row) throw notFound("check-in list");
    return c.json(staffList(row));
  })
  // DELETE …/checkin/lists/:id: the list leaves the screens; its scans stay in the database.
  .delete("/:slug/checkin/lists/:id", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const id = listId(c.req.param("id"));
    const deleted = await c.var.store.db.transaction(async (tx) => {
      await lockEventCheckins(tx, event.id);
      return tx
        .update(checkinLists)
        .set({ deleted: true })
        .where(
          and(
            eq(checkinLists.id, id),
            eq(checkinLists.eventId, event.id),
            eq(checkinLists.deleted, false),
          ),
        )
        .returning({ id: checkinLists.id });
    });
    if (deleted.length === 0) throw notFound("check-in list");
    return c.body(null, 204);
  })
  // GET …/checkin/summary: present/absent per list and unit; phones for managers only.
  .get("/:slug/checkin/summary", async (c) => {
    const { event, role } = await requireEventRole(c, c.req.param("slug"), STAFF);
    const data = await loadAttendance(c.var.store.db, event.id);
    c.header("Cache-Control", "no-store");
    return c.json(summarise(data, MANAGERS.includes(role)));
  })
  // GET …/checkin/review: tickets admitted twice by phones that did not know.
  .get("/:slug/checkin/review", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    c.header("Cache-Control", "no-store");
    return c.json(await reviewItems(c.var.store.db, event.id));
  })
  // GET …/checkin/export?format=csv|json: the attendance list for the office (no phones).
  .get("/:slug/checkin/export", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), STAFF);
    const { format } = validate(ExportQuery, c.req.query());
    const data = await loadAttendance(c.var.store.db, event.id);
    c.header("Cache-Control", "no-store");
    if (format === "json") return c.json(exportRows(data));
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="diem-danh-${event.slug}.csv"`);
    return c.body(toCsv(exportTable(data, event)));
  });
