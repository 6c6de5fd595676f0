import { createSignal } from "solid-js";
import type { OutboxCounts } from "./outbox/outboxCounts.ts";

/** What the header and the sync page show of the push (issue 9). */
export interface OutboxStatus {
  counts: OutboxCounts;
  /** A push is running in this tab. */
  pushing: boolean;
  /** When the last push that emptied the outbox (or found it empty) finished. */
  lastSuccessAt: number | null;
  /** The error of the last push, null once a push succeeded after it. */
  lastError: unknown;
  /** When the next automatic try is due after a failure (device clock, ms). */
  nextRetryAt: number | null;
}

const [status, setStatus] = createSignal<OutboxStatus>({
  counts: { pending: 0, parked: 0 },
  pushing: false,
  lastSuccessAt: null,
  lastError: null,
  nextRetryAt: null,
});

/** The push state, reactive. */
export const outboxStatus = status;

/** Merges a change into the push state (the engine is the only writer). */
export function updateOutboxStatus(change: Partial<OutboxStatus>): void {
  setStatus((before) => ({ ...before, ...change }));
}
