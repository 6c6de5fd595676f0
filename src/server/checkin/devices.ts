import { and, asc, eq, min, ne } from "drizzle-orm";
import type { Db } from "../store/db.ts";
import { checkinScans } from "../store/schema.ts";

/**
 * Issue 10: door phones get human names, "máy 1", "máy 2"…, numbered per event in the
 * order their first scan was synced (seq is commit order, record.ts). Derived from the
 * scans on every read rather than stored: scans are never deleted, so a phone keeps its
 * number. Attendees' own phones (self check-in) are not door phones and get no number.
 */
export async function deviceNumbers(db: Db, eventId: string): Promise<Map<string, number>> {
  const first = min(checkinScans.seq);
  const rows = await db
    .select({ deviceId: checkinScans.deviceId, first })
    .from(checkinScans)
    .where(and(eq(checkinScans.eventId, eventId), ne(checkinScans.method, "self")))
    .groupBy(checkinScans.deviceId)
    .orderBy(asc(first), asc(checkinScans.deviceId));
  return new Map(rows.map((row, i) => [row.deviceId, i + 1]));
}

/** "máy 2" for a door phone; an attendee's own phone (self check-in) says so. */
export function deviceLabelVi(numbers: Map<string, number>, deviceId: string): string {
  const n = numbers.get(deviceId);
  return n === undefined ? "điện thoại người dự" : `máy ${n}`;
}
