import type { AppDb, OutboxEntry } from "../../db/db.ts";

/**
 * Up to `limit` pending entries, oldest first, leaving out the events in `skipEvents`.
 * Op ids are UUIDv7, so the primary key is the order they were made on this device;
 * parked entries are skipped, never waited on.
 */
export function readPending(
  db: AppDb,
  limit: number,
  skipEvents: ReadonlySet<string> = new Set(),
): Promise<OutboxEntry[]> {
  return db.outbox
    .orderBy("id")
    .filter((entry) => entry.state === "pending" && !skipEvents.has(entry.eventId))
    .limit(limit)
    .toArray();
}
