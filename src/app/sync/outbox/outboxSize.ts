import type { AppDb } from "../../db/db.ts";

/** How many entries the outbox holds, pending or parked. */
export function outboxSize(db: AppDb): Promise<number> {
  return db.outbox.count();
}
