import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import type { EventRole } from "../auth/access.ts";
import type { AppEnv } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { pruneChangeLog } from "../sync/changeLog.ts";
import { requireEventRoleByRef } from "../sync/eventRef.ts";
import { gzipJson } from "../sync/gzipJson.ts";
import { announcePush, ingestPush, principalOf } from "../sync/ingest.ts";
import type { OpKind } from "../sync/opKind.ts";
import { readPushBody } from "../sync/readPushBody.ts";
import { isTransientDbError } from "../sync/transient.ts";

/** Everyone with a role on the event may push; each op kind then says who may send it. */
const PUSHERS: EventRole[] = ["admin", "organiser", "trainer", "attendee"];
/** Seconds a device waits after a 503 before sending the same batch again. */
const RETRY_AFTER_SECONDS = 2;

/**
 * Announces a push to the group commit before anything else is read (sign-in, event, body),
 * so that a group about to start waits for it (sync/groupCommit.ts); settled once answered.
 * Mounted before the session middleware, on the push's path.
 */
export const announcePushes = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method !== "POST") return next();
  const arrived = announcePush(c.var.store);
  c.set("pushArrived", arrived);
  try {
    await next();
  } finally {
    arrived();
  }
});

/**
 * Issue 9: POST /api/events/:slug/ops — a device's batch of ops (≤ 500), each answered on
 * its own (sync/ingest.ts). `:slug` may also be the event's id.
 */
export function opsRoutes(kinds: Readonly<Record<string, OpKind>>) {
  return new Hono<AppEnv>().post("/:slug/ops", async (c) => {
    const { event, role } = await requireEventRoleByRef(c, c.req.param("slug"), PUSHERS);
    const body = await readPushBody(c);
    const principal = principalOf(c.var.staff, c.var.attendee, role);
    const db = c.var.store.db;
    try {
      const response = await ingestPush(
        c.var.store,
        kinds,
        { event, principal, deviceId: body.deviceId },
        body.ops,
        c.var.pushArrived,
      );
      pruneChangeLog(db).catch((error) => console.error("change log prune:", error));
      return gzipJson(c, response);
    } catch (error) {
      if (!isTransientDbError(error)) throw error;
      console.warn(`push to ${event.slug}: transient database error, answered 503:`, error);
      throw new ApiError(503, "unavailable", "the database is busy; send the same batch again", {
        "Retry-After": String(RETRY_AFTER_SECONDS),
      });
    }
  });
}
