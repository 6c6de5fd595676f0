import type { AppDb, OutboxEntry } from "../../db/db.ts";

/** Counts a failed try of a batch and keeps why, for the sync page ("lần thử", last error). */
export async function markAttempt(db: AppDb, sent: OutboxEntry[], error: string): Promise<void> {
  await db.transaction("rw", db.outbox, async () => {
    for (const entry of sent) {
      // Modify rather than put: the entry may have left the outbox meanwhile (another tab).
      await db.outbox.update(entry.id, { attempts: entry.attempts + 1, lastError: error });
    }
  });
}
