import { eq, sql } from "drizzle-orm";
import { Hono } from "hono";
import { DevicesBody } from "../../shared/api.ts";
import { inviteUrl } from "../admin/inviteLink.ts";
import { MANAGERS, requireEventRole } from "../auth/access.ts";
import { readJson } from "../http/body.ts";
import type { AppEnv } from "../http/context.ts";
import type { Db } from "../store/db.ts";
import { attendees, authSessions } from "../store/schema.ts";
import { eventAttendee } from "./eventAttendee.ts";

/**
 * Bumps an attendee's invite version (every link issued before stops working) and signs
 * out every device that signed in with one, in one transaction.
 */
export async function revokeInvites(db: Db, attendeeId: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(attendees)
      .set({ inviteVersion: sql`${attendees.inviteVersion} + 1` })
      .where(eq(attendees.id, attendeeId))
      .returning();
    await tx.delete(authSessions).where(eq(authSessions.attendeeId, attendeeId));
    return row!;
  });
}

/** Managing attendees' invite links and devices under /api/events/:slug/attendees/:id. */
export const inviteAdminRoutes = new Hono<AppEnv>()
  // POST …/invite/revoke: the link stops working and the attendee's devices are signed out.
  .post("/:slug/attendees/:attendeeId/invite/revoke", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const person = await revokeInvites(c.var.store.db, (await eventAttendee(c, event)).id);
    return c.json({ inviteVersion: person.inviteVersion });
  })
  // POST …/invite/reissue: as revoke, and answers the attendee's new link.
  .post("/:slug/attendees/:attendeeId/invite/reissue", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const person = await revokeInvites(c.var.store.db, (await eventAttendee(c, event)).id);
    const url = await inviteUrl(c.var.store.db, c.var.config.publicUrl, person);
    return c.json({ inviteVersion: person.inviteVersion, url });
  })
  // PUT …/devices {maxDevices}: how many devices may be signed in with the invite at once.
  .put("/:slug/attendees/:attendeeId/devices", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const person = await eventAttendee(c, event);
    const { maxDevices } = await readJson(c, DevicesBody);
    await c.var.store.db.update(attendees).set({ maxDevices }).where(eq(attendees.id, person.id));
    return c.json({ maxDevices });
  });
