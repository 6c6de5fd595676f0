import { and, eq, or } from "drizzle-orm";
import { isUuid } from "../../shared/ids.ts";
import { normalizePhone } from "../../shared/phone.ts";
import { getInviteSecret, INVITE_LIFETIME_DAYS, signInvite } from "../auth/invite.ts";
import type { Db } from "../store/db.ts";
import { attendees, events } from "../store/schema.ts";

/** Finds an attendee of an event by id, e-mail or phone (any usual notation). */
export async function findAttendee(db: Db, eventSlug: string, who: string) {
  const phone = normalizePhone(who);
  const matches = [eq(attendees.email, who.trim().toLowerCase())];
  if (isUuid(who)) matches.push(eq(attendees.id, who));
  if (phone) matches.push(eq(attendees.phone, phone));
  const [row] = await db
    .select({ attendee: attendees })
    .from(attendees)
    .innerJoin(events, eq(events.id, attendees.eventId))
    .where(and(eq(events.slug, eventSlug), or(...matches)));
  return row?.attendee ?? null;
}

/** The personal invite URL of an attendee, valid for INVITE_LIFETIME_DAYS from now. */
export async function inviteUrl(
  db: Db,
  publicUrl: string,
  attendee: { id: string; inviteVersion: number },
): Promise<string> {
  const token = signInvite(await getInviteSecret(db), {
    attendeeId: attendee.id,
    inviteVersion: attendee.inviteVersion,
    expiresAt: new Date(Date.now() + INVITE_LIFETIME_DAYS * 86_400_000),
  });
  return `${publicUrl}/i/${token}`;
}
