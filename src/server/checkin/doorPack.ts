import { and, asc, eq, gt, lte, max } from "drizzle-orm";
import type { DoorCheckin, DoorPack } from "../../shared/api.ts";
import type { Db } from "../store/db.ts";
import { checkinScans, sessions } from "../store/schema.ts";
import { deviceNumbers } from "./devices.ts";
import { eventLists, staffList } from "./lists.ts";

/**
 * Issue 10: what the door pack adds for check-in: sessions, live lists, and the scans
 * synced after `since` (a checkin_seq value; all of them when absent). Rows of one event
 * are written under its advisory lock (record.ts), so seq order is commit order.
 */
export async function doorPackCheckins(
  db: Db,
  eventId: string,
  since: number | undefined,
): Promise<Pick<DoorPack, "sessions" | "lists" | "checkins" | "checkinVersion" | "devices">> {
  const sessionRows = await db
    .select({
      id: sessions.id,
      title: sessions.title,
      startsAt: sessions.startsAt,
      endsAt: sessions.endsAt,
    })
    .from(sessions)
    .where(and(eq(sessions.eventId, eventId), eq(sessions.deleted, false)))
    .orderBy(asc(sessions.startsAt));
  const lists = await eventLists(db, eventId);
  const [top] = await db
    .select({ seq: max(checkinScans.seq) })
    .from(checkinScans)
    .where(eq(checkinScans.eventId, eventId));
  const checkinVersion = Number(top?.seq ?? 0);
  const scans = await db
    .select()
    .from(checkinScans)
    .where(
      and(
        eq(checkinScans.eventId, eventId),
        since === undefined ? undefined : gt(checkinScans.seq, since),
        // Read up to the version announced, so a scan committed meanwhile comes next time.
        lte(checkinScans.seq, checkinVersion),
      ),
    )
    .orderBy(asc(checkinScans.seq));
  const checkins: DoorCheckin[] = scans.map((s) => ({
    id: s.id,
    listId: s.listId,
    attendeeId: s.attendeeId,
    at: s.at.toISOString(),
    deviceId: s.deviceId,
    status: s.status,
  }));
  return {
    sessions: sessionRows.map((s) => ({
      id: s.id,
      title: s.title,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
    })),
    lists: lists.map(staffList),
    checkins,
    checkinVersion,
    devices: Object.fromEntries(await deviceNumbers(db, eventId)),
  };
}
