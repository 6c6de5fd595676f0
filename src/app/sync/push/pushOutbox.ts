import type { Op } from "../../../shared/ops.ts";
import type { AppDb, OutboxEntry } from "../../db/db.ts";
import { deviceId } from "../deviceId.ts";
import { markAttempt } from "../outbox/markAttempt.ts";
import { readPending } from "../outbox/readPending.ts";
import { settleResults } from "../outbox/settleResults.ts";
import { PushRefusedError, PushRetryableError, PushSignedOutError } from "./errors.ts";
import { eventPath } from "./eventPath.ts";
import { type PostOptions, postOps } from "./postOps.ts";

/** What one run of the push did. */
export interface PushSummary {
  done: number;
  parked: number;
  batches: number;
}

/**
 * MAX_OPS_PER_PUSH of shared/ops.ts (tested equal): importing that module's value would
 * bring its valibot schemas into the page's sync chunk.
 */
export const BATCH_SIZE = 500;

const toOp = (entry: OutboxEntry): Op => ({
  id: entry.id,
  kind: entry.kind,
  eventId: entry.eventId,
  payload: entry.payload,
  createdAt: entry.createdAt,
  clockOffsetMs: entry.clockOffsetMs,
});

/**
 * Pushes the outbox until nothing is pending: batches of at most 500 entries of one
 * event, oldest first. A network failure, 5xx or 429 stops the run (the caller retries
 * with backoff); an event whose push the server refuses as a whole (401, 403, 404…) is
 * left pending and the other events go on, then that refusal is thrown.
 */
export async function pushOutbox(db: AppDb, options: PostOptions = {}): Promise<PushSummary> {
  const summary: PushSummary = { done: 0, parked: 0, batches: 0 };
  const device = await deviceId(db);
  const refusedEvents = new Set<string>();
  let refusal: PushRefusedError | PushSignedOutError | null = null;
  for (;;) {
    const pending = await readPending(db, BATCH_SIZE, refusedEvents);
    if (pending.length === 0) break;
    const eventId = pending[0]?.eventId as string;
    const batch = pending.filter((entry) => entry.eventId === eventId);
    let answer: Awaited<ReturnType<typeof postOps>>;
    try {
      answer = await postOps(
        await eventPath(db, eventId),
        { deviceId: device, ops: batch.map(toOp) },
        options,
      );
    } catch (error) {
      await markAttempt(db, batch, (error as Error).message);
      if (error instanceof PushRefusedError || error instanceof PushSignedOutError) {
        refusedEvents.add(eventId);
        refusal ??= error;
        continue;
      }
      throw error;
    }
    summary.batches++;
    const settled = await settleResults(db, batch, answer.results);
    summary.done += settled.done;
    summary.parked += settled.parked;
    // A server that answers none of the ops it got would have us loop: treat as a failure.
    if (settled.done + settled.parked === 0) throw new PushRetryableError(200, null);
  }
  if (refusal) throw refusal;
  return summary;
}
