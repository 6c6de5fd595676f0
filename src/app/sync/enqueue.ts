import type { Transaction } from "dexie";
import { newId } from "../../shared/ids.ts";
import type { OutboxEntry } from "../db/db.ts";
import { currentClockOffsetMs } from "./clockOffset.ts";

/**
 * Queues one op for the push, inside the caller's Dexie transaction, so that a feature's
 * own row and its outbox entry are written together or not at all (DESIGN §5). The
 * transaction must include the `outbox` table. Returns the entry (its id is the op id).
 */
export async function enqueue(
  tx: Transaction,
  op: { kind: string; eventId: string; payload: unknown },
): Promise<OutboxEntry> {
  const entry: OutboxEntry = {
    id: newId(),
    kind: op.kind,
    eventId: op.eventId,
    payload: op.payload,
    createdAt: new Date().toISOString(),
    clockOffsetMs: currentClockOffsetMs(),
    attempts: 0,
    state: "pending",
    lastError: null,
  };
  await tx.table<OutboxEntry, string>("outbox").add(entry);
  return entry;
}
