import type { OpResult } from "../../../shared/ops.ts";
import type { AppDb, OutboxEntry } from "../../db/db.ts";
import { opResultHook } from "./resultHooks.ts";

/** A rejection the server did not store: it could not apply the op now; a resend may work. */
const TRANSIENT = "apply_failed";

/** What one push did to the outbox. */
export interface Settled {
  done: number;
  parked: number;
  /** Entries the server did not answer: left pending, attempts counted. */
  unanswered: number;
}

/**
 * Applies the server's per-op answers to the outbox in one transaction: applied and
 * duplicate entries leave it, rejected ones are parked with their reason (kept and shown,
 * never resent). An entry the answer does not mention, or that the server could not apply
 * for now ("apply_failed"), stays pending. Then each finished
 * entry's kind hook gets its result.
 */
export async function settleResults(
  db: AppDb,
  sent: OutboxEntry[],
  results: OpResult[],
): Promise<Settled> {
  const byId = new Map(results.map((result) => [result.id, result]));
  const finished: Array<[OutboxEntry, OpResult]> = [];
  const settled: Settled = { done: 0, parked: 0, unanswered: 0 };
  await db.transaction("rw", db.outbox, async () => {
    for (const entry of sent) {
      const result = byId.get(entry.id);
      if (!result || (result.status === "rejected" && result.reason === TRANSIENT)) {
        settled.unanswered++;
        await db.outbox.update(entry.id, { attempts: entry.attempts + 1 });
      } else if (result.status === "rejected") {
        settled.parked++;
        await db.outbox.update(entry.id, {
          state: "parked",
          attempts: entry.attempts + 1,
          lastError: result.reason ?? "rejected",
        });
      } else {
        settled.done++;
        finished.push([entry, result]);
      }
    }
    await db.outbox.bulkDelete(finished.map(([entry]) => entry.id));
  });
  for (const [entry, result] of finished) {
    try {
      await opResultHook(entry.kind)?.(entry, result);
    } catch (error) {
      console.error(`result hook of ${entry.kind} failed`, error);
    }
  }
  return settled;
}
