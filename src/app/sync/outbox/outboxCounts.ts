import type { AppDb } from "../../db/db.ts";

/** How many entries wait to be pushed and how many the server refused (for the UI). */
export interface OutboxCounts {
  pending: number;
  parked: number;
}

/** Counts the outbox by state (through the `state` index). */
export async function outboxCounts(db: AppDb): Promise<OutboxCounts> {
  const [pending, parked] = await Promise.all([
    db.outbox.where("state").equals("pending").count(),
    db.outbox.where("state").equals("parked").count(),
  ]);
  return { pending, parked };
}
