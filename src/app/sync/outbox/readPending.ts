import type { AppDb, OutboxEntry } from "../../db/db.ts";

/**
 * Up to `limit` pending entries, oldest first, leaving out the events in `skipEvents`.
 * Read through the `state` index, whose entries of one state are in primary-key order:
 * op ids are UUIDv7, so that is the order they were made on this device. Parked entries
 * are skipped, never waited on.
 */
export function readPending(
  db: AppDb,
  limit: number,
  skipEvents: ReadonlySet<string> = new Set(),
): Promise<OutboxEntry[]> {
  const pending = db.outbox.where("state").equals("pending");
  // Without a filter Dexie reads the batch in one getAll(), not entry by entry.
  return skipEvents.size === 0
    ? pending.limit(limit).toArray()
    : pending
        .filter((entry) => !skipEvents.has(entry.eventId))
        .limit(limit)
        .toArray();
}
