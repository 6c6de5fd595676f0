import { db, type OutboxEntry } from "../../db/db.ts";

/** Most entries of each state the sync page lists (the counts say how many in all). */
export const LISTED = 200;

/** What the sync page shows of the outbox. */
export interface OutboxListing {
  pending: OutboxEntry[];
  parked: OutboxEntry[];
  pendingCount: number;
  parkedCount: number;
  /** Event titles by id, for the entries whose event the device holds. */
  eventTitles: Map<string, string>;
}

/** Reads the outbox for the sync page: oldest first, at most LISTED of each state. */
export async function listOutbox(): Promise<OutboxListing> {
  return db.transaction("r", db.outbox, db.events, async () => {
    const [pending, parked, pendingCount, parkedCount, events] = await Promise.all([
      db.outbox.where("state").equals("pending").limit(LISTED).sortBy("id"),
      db.outbox.where("state").equals("parked").limit(LISTED).sortBy("id"),
      db.outbox.where("state").equals("pending").count(),
      db.outbox.where("state").equals("parked").count(),
      db.events.toArray(),
    ]);
    return {
      pending,
      parked,
      pendingCount,
      parkedCount,
      eventTitles: new Map(events.map((event) => [event.id, event.title])),
    };
  });
}
