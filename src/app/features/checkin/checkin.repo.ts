import { CHECKIN_SELF } from "../../../shared/checkin.ts";
import { type AppDb, db as appDb, type LocalCheckin } from "../../db/db.ts";
import { serverNow } from "../../sync/clockOffset.ts";
import { enqueue } from "../../sync/enqueue.ts";

/** Where a self check-in stands, as the outbox tells it. */
export type SelfCheckinState =
  | { state: "pending" }
  | { state: "confirmed" }
  | { state: "rejected"; reason: string };

export interface SelfCheckin extends LocalCheckin {
  status: SelfCheckinState;
}

/** The signed-in attendee and event of a slug on this device, or null. */
export async function attendeeOf(
  slug: string,
  db: AppDb = appDb,
): Promise<{ eventId: string; attendeeId: string } | null> {
  const pack = await db.packs.where("slug").equals(slug).first();
  return pack?.attendee ? { eventId: pack.eventId, attendeeId: pack.attendee.id } : null;
}

/**
 * Records a self check-in with a session code: the local row and its "checkin.self" op
 * in one transaction. The server checks the code at sync time against this moment.
 */
export async function recordSelfCheckin(
  input: { eventId: string; attendeeId: string; listId: string; title: string; digits: string },
  db: AppDb = appDb,
): Promise<LocalCheckin> {
  return db.transaction("rw", db.checkins, db.outbox, async (tx) => {
    const entry = await enqueue(tx, {
      kind: CHECKIN_SELF,
      eventId: input.eventId,
      payload: { listId: input.listId, digits: input.digits },
    });
    const row: LocalCheckin = {
      id: entry.id,
      eventId: input.eventId,
      listId: input.listId,
      attendeeId: input.attendeeId,
      at: new Date(serverNow()).toISOString(),
      method: "self",
      name: input.title,
      unit: "",
      annulled: false,
      annulReason: null,
    };
    await db.checkins.add(row);
    return row;
  });
}

/**
 * The attendee's self check-ins of an event, newest first, each with its state: pending
 * while its op waits in the outbox, rejected (with the server's reason) once parked,
 * confirmed once the server took it (the entry left the outbox).
 */
export async function mySelfCheckins(eventId: string, db: AppDb = appDb): Promise<SelfCheckin[]> {
  const rows = await db.checkins.where("eventId").equals(eventId).toArray();
  const own = rows.filter((r) => r.method === "self");
  const entries = await db.outbox.bulkGet(own.map((r) => r.id));
  return own
    .map((row, i) => {
      const entry = entries[i];
      const status: SelfCheckinState = !entry
        ? { state: "confirmed" }
        : entry.state === "parked"
          ? { state: "rejected", reason: entry.lastError ?? "rejected" }
          : { state: "pending" };
      return { ...row, status };
    })
    .sort((a, b) => b.at.localeCompare(a.at));
}
