import type { Transaction } from "dexie";
import { newId } from "../../shared/ids.ts";
import type { OutboxEntry } from "../db/db.ts";
import { currentClockOffsetMs } from "./clockOffset.ts";
import { registerOutboxSync } from "./registerOutboxSync.ts";

/**
 * Queues one op for the push, inside the caller's Dexie transaction, so that a feature's
 * own row and its outbox entry are written together or not at all (DESIGN §5). The
 * transaction must include the `outbox` table. Returns the entry (its id is the op id).
 * Queued with no network, it also asks for a Background Sync once the write committed: the
 * page may be closed before the network is back, and the service worker pushes then.
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
  // Online, the engine's debounced push goes first (its failure registers the sync).
  if (globalThis.navigator?.onLine === false) tx.on("complete", () => void registerOutboxSync());
  return entry;
}
