import type { Op } from "../../../shared/ops.ts";
import type { AppDb, OutboxEntry } from "../../db/db.ts";
import { deviceId } from "../deviceId.ts";
import { markAttempt } from "../outbox/markAttempt.ts";
import { readPending } from "../outbox/readPending.ts";
import { relaxedTwin } from "../outbox/relaxedTwin.ts";
import { settleResults } from "../outbox/settleResults.ts";
import { PushRefusedError, PushRetryableError, PushSignedOutError } from "./errors.ts";
import { eventPath } from "./eventPath.ts";
import { type PostOptions, postOps } from "./postOps.ts";

/**
 * MAX_OPS_PER_PUSH of shared/ops.ts (tested equal): importing that module's value would
 * bring its valibot schemas into the page's sync chunk.
 */
export const BATCH_SIZE = 500;
/** Entries read at once: the batches of one read are sent one after the other. */
const ROUND = 4 * BATCH_SIZE;

/** What one run of the push did. */
export interface PushSummary {
  done: number;
  parked: number;
  batches: number;
}

const toOp = (entry: OutboxEntry): Op => ({
  id: entry.id,
  kind: entry.kind,
  eventId: entry.eventId,
  payload: entry.payload,
  createdAt: entry.createdAt,
  clockOffsetMs: entry.clockOffsetMs,
});

/** The entries grouped by event (in order of first appearance), cut into batches. */
function batchesOf(entries: OutboxEntry[]): OutboxEntry[][] {
  const byEvent = new Map<string, OutboxEntry[]>();
  for (const entry of entries) {
    const list = byEvent.get(entry.eventId) ?? [];
    list.push(entry);
    byEvent.set(entry.eventId, list);
  }
  const batches: OutboxEntry[][] = [];
  for (const list of byEvent.values()) {
    for (let i = 0; i < list.length; i += BATCH_SIZE) batches.push(list.slice(i, i + BATCH_SIZE));
  }
  return batches;
}

/**
 * Pushes the outbox until nothing is pending: batches of at most 500 entries of one
 * event, oldest first, one request at a time (so the server sees them in order); a
 * batch's answers are written to the outbox while the next batch is on its way. A network
 * failure, 5xx or 429 stops the run (the caller retries with backoff); an event whose
 * push the server refuses as a whole (401, 403, 404…) is left pending and the other
 * events go on, then that refusal is thrown.
 */
export async function pushOutbox(db: AppDb, options: PostOptions = {}): Promise<PushSummary> {
  const summary: PushSummary = { done: 0, parked: 0, batches: 0 };
  const device = await deviceId(db);
  const refusedEvents = new Set<string>();
  let refusal: PushRefusedError | PushSignedOutError | null = null;
  for (;;) {
    const pending = await readPending(db, ROUND, refusedEvents);
    if (pending.length === 0) break;
    const settled: Array<Promise<void>> = [];
    let answered = 0;
    let failure: unknown = null;
    for (const batch of batchesOf(pending)) {
      const eventId = batch[0]?.eventId as string;
      if (refusedEvents.has(eventId)) continue;
      try {
        const answer = await postOps(
          await eventPath(db, eventId),
          { deviceId: device, ops: batch.map(toOp) },
          options,
        );
        summary.batches++;
        settled.push(
          settleResults(relaxedTwin(db), batch, answer.results).then((outcome) => {
            summary.done += outcome.done;
            summary.parked += outcome.parked;
            answered += outcome.done + outcome.parked;
          }),
        );
      } catch (error) {
        await markAttempt(db, batch, (error as Error).message);
        if (error instanceof PushRefusedError || error instanceof PushSignedOutError) {
          refusedEvents.add(eventId);
          refusal ??= error;
          continue;
        }
        failure = error;
        break;
      }
    }
    // Every answer received is written down before the run ends, failed or not.
    await Promise.all(settled);
    if (failure) throw failure;
    // A server that answers none of the ops it got would have us loop: treat as a failure.
    if (settled.length > 0 && answered === 0) throw new PushRetryableError(200, null);
  }
  if (refusal) throw refusal;
  return summary;
}
