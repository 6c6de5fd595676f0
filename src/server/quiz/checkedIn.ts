import { and, countDistinct, eq, inArray } from "drizzle-orm";
import { checkinLists, checkinScans } from "../store/schema.ts";
import type { Reader } from "./rows.ts";

/**
 * Who counts as checked in to a session (issue 10): an accepted check-in — self check-in
 * with the session code, or a scan or manual entry at its door — on a check-in list of that
 * session. A list deleted later still counts: the attendee was there.
 */
function checkedInWhere(eventId: string, sessionId: string) {
  return and(
    eq(checkinScans.eventId, eventId),
    eq(checkinScans.status, "accepted"),
    eq(checkinLists.sessionId, sessionId),
  );
}

/** Which of `attendeeIds` are checked in to the session (what "after-checkin" quizzes need). */
export async function checkedInAmong(
  db: Reader,
  eventId: string,
  sessionId: string,
  attendeeIds: string[],
): Promise<Set<string>> {
  if (attendeeIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: checkinScans.attendeeId })
    .from(checkinScans)
    .innerJoin(checkinLists, eq(checkinLists.id, checkinScans.listId))
    .where(and(checkedInWhere(eventId, sessionId), inArray(checkinScans.attendeeId, attendeeIds)));
  return new Set(rows.map((row) => row.id));
}

/** How many of `attendeeIds` are checked in to the session (results' participation). */
export async function checkedInCount(
  db: Reader,
  eventId: string,
  sessionId: string,
  attendeeIds: string[],
): Promise<number> {
  if (attendeeIds.length === 0) return 0;
  const [row] = await db
    .select({ n: countDistinct(checkinScans.attendeeId) })
    .from(checkinScans)
    .innerJoin(checkinLists, eq(checkinLists.id, checkinScans.listId))
    .where(and(checkedInWhere(eventId, sessionId), inArray(checkinScans.attendeeId, attendeeIds)));
  return Number(row?.n ?? 0);
}
