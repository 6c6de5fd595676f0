import { eq, sql } from "drizzle-orm";
import type { Db } from "../store/db.ts";
import { events } from "../store/schema.ts";

/** A transaction of the store's database. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Bumps the event's content version and returns the new one; call it first in every
 * editing transaction and stamp the changed rows with it. The row lock it takes also
 * serialises concurrent edits of one event, so versions are handed out in commit order
 * and a device that pulled version N has seen every change up to N.
 */
export async function bumpEventVersion(tx: Tx, eventId: string): Promise<number> {
  const [row] = await tx
    .update(events)
    .set({ version: sql`${events.version} + 1` })
    .where(eq(events.id, eventId))
    .returning({ version: events.version });
  if (!row) throw new Error(`event ${eventId} vanished during an edit`);
  return row.version;
}
