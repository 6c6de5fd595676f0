import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { RedeemInviteBody } from "../../shared/api.ts";
import { getInviteSecret, InviteMalformedError, verifyInvite } from "../auth/invite.ts";
import { startSession } from "../auth/session.ts";
import { readJson } from "../http/body.ts";
import type { AppEnv } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { attendees, events } from "../store/schema.ts";

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
    .select({ attendee: attendees, slug: events.slug, eventTitle: events.title })
    .from(attendees)
    .innerJoin(events, eq(events.id, attendees.eventId))
    .where(eq(attendees.id, claims.attendeeId));
  if (!row) throw new ApiError(404, "not_found", "the attendee of this invite no longer exists");
  if (row.attendee.inviteVersion !== claims.inviteVersion) {
    throw new ApiError(410, "invite_revoked", "this invite link was replaced by a newer one");
  }
  await startSession(c, "attendee", { attendeeId: row.attendee.id });
  return c.json({
    event: { slug: row.slug, title: row.eventTitle },
    attendee: { id: row.attendee.id, name: row.attendee.name },
  });
});
