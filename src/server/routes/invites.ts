import { and, count, eq, gt, ne } from "drizzle-orm";
import { Hono } from "hono";
import { getCookie } from "hono/cookie";
import { RedeemInviteBody } from "../../shared/api.ts";
import { getInviteSecret, InviteMalformedError, verifyInvite } from "../auth/invite.ts";
import { sessionPolicy, startSession } from "../auth/session.ts";
import { hashToken } from "../auth/tokens.ts";
import { readJson } from "../http/body.ts";
import type { AppEnv } from "../http/context.ts";
import { ApiError, eventNotPublished } from "../http/errors.ts";
import type { Db } from "../store/db.ts";
import { attendees, authSessions, events } from "../store/schema.ts";

/** POST /api/invites/redeem: an invite link signs this device in as its attendee. */
export const inviteRoutes = new Hono<AppEnv>().post("/redeem", async (c) => {
  const { token } = await readJson(c, RedeemInviteBody);
  const db = c.var.store.db;
  let claims: ReturnType<typeof verifyInvite>;
  try {
    claims = verifyInvite(await getInviteSecret(db), token);
  } catch (error) {
    if (error instanceof InviteMalformedError) {
      throw new ApiError(400, "invite_malformed", "this invite link is damaged or incomplete");
    }
    throw error;
  }
  if (claims.expiresAt.getTime() < Date.now()) {
    throw new ApiError(410, "invite_expired", "this invite link has expired");
  }
  const [row] = await db
    .select({
      attendee: attendees,
      slug: events.slug,
      eventTitle: events.title,
      published: events.published,
    })
    .from(attendees)
    .innerJoin(events, eq(events.id, attendees.eventId))
    .where(eq(attendees.id, claims.attendeeId));
  if (!row) throw new ApiError(404, "not_found", "the attendee of this invite no longer exists");
  if (row.attendee.inviteVersion !== claims.inviteVersion) {
    throw new ApiError(410, "invite_revoked", "this invite link was replaced by a newer one");
  }
  // Checked last, so that the link starts working once the event is published.
  if (!row.published) throw eventNotPublished();
  // The session this device holds now, whoever's it is: the new sign-in replaces it, so it
  // neither counts as another device of the same person nor lingers holding a slot of the
  // previous person's devices. It is ended only once the new one is allowed.
  const previous = getCookie(c, sessionPolicy.attendee.cookie);
  const previousHash = previous ? hashToken(previous) : "";
  await db.transaction(async (tx) => {
    // The row lock makes two devices redeeming at once count one after the other.
    await tx
      .select({ id: attendees.id })
      .from(attendees)
      .where(eq(attendees.id, row.attendee.id))
      .for("update");
    const [live] = await tx
      .select({ n: count() })
      .from(authSessions)
      .where(
        and(
          eq(authSessions.attendeeId, row.attendee.id),
          ne(authSessions.tokenHash, previousHash),
          gt(authSessions.expiresAt, new Date()),
          gt(authSessions.lastSeenAt, new Date(Date.now() - sessionPolicy.attendee.idleMs)),
        ),
      );
    if ((live?.n ?? 0) >= row.attendee.maxDevices) {
      throw new ApiError(
        409,
        "device_limit",
        "this invite is already in use on another device; the organisers can allow one more",
      );
    }
    if (previous) await tx.delete(authSessions).where(eq(authSessions.tokenHash, previousHash));
    await startSession(c, "attendee", { attendeeId: row.attendee.id }, tx as unknown as Db);
  });
  return c.json({
    event: { slug: row.slug, title: row.eventTitle },
    attendee: { id: row.attendee.id, name: row.attendee.name },
  });
});
