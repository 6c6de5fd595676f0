import { liveQuery } from "dexie";
import { OUTBOX_LOCK, OUTBOX_SYNC_MESSAGE, OUTBOX_SYNC_TAG } from "../../shared/backgroundSync.ts";
import type { AppDb } from "../db/db.ts";
import { outboxCounts } from "./outbox/outboxCounts.ts";
import { updateOutboxStatus } from "./outboxStatus.ts";
import { backoffDelay } from "./push/backoffDelay.ts";
import {
  isTransientPushError,
  PushRefusedError,
  PushSignedOutError,
  retryAfterOf,
} from "./push/errors.ts";
import type { PostOptions } from "./push/postOps.ts";
import { pushOutbox } from "./push/pushOutbox.ts";
import { webLockOrLease } from "./push/webLockOrLease.ts";

export interface OutboxSyncOptions {
  /** Where and how to POST (tests: base URL, fetch, session cookie). */
  post?: PostOptions;
  /** Wait after an enqueue before pushing, so a burst of writes goes as one batch. */
  debounceMs?: number;
  /** How often to try while anything is pending and no retry is due. */
  intervalMs?: number;
  /** Timers, injectable so the backoff is tested without real waiting. */
  schedule?: (run: () => void, ms: number) => () => void;
  random?: () => number;
  now?: () => number;
  /** Web Locks name: one tab (or the service worker) pushes at a time. */
  lockName?: string;
}

/** What the app (and the "Đồng bộ ngay" button) can do with a running engine. */
export interface OutboxSync {
  /** Pushes now, forgetting any backoff; resolves when this push is over. */
  syncNow(): Promise<void>;
  stop(): void;
}

const defaultSchedule = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/** Failures worth an automatic retry (with backoff): the next try may well succeed. */
const retryable = (error: unknown) =>
  isTransientPushError(error) ||
  error instanceof PushRefusedError ||
  (error instanceof Error &&
    ["DatabaseClosedError", "QuotaExceededError", "AbortError", "TimeoutError"].includes(
      error.name,
    ));

/**
 * The push engine (issue 9, DESIGN §5): pushes the outbox at start, when the device comes
 * back online, when the page becomes visible, shortly after each enqueue (a live count of
 * the outbox, which Dexie updates across tabs), on a timer while anything is pending, when
 * the service worker says it pushed (a Background Sync: backgroundPush.ts), and on
 * syncNow(). One tab, or the worker, pushes at a time (the OUTBOX_LOCK Web Lock).
 * Failures are retried with exponential backoff and full jitter honouring Retry-After; a
 * 401 stops the retries until the next trigger. Every outcome goes to outboxStatus.
 */
export function makeOutboxSync(db: AppDb, options: OutboxSyncOptions = {}): OutboxSync {
  const schedule = options.schedule ?? defaultSchedule;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const lockName = options.lockName ?? OUTBOX_LOCK;
  let failures = 0;
  // After a 401 only the user's doing (the button, the page shown again, the network back)
  // tries again: the timer and the enqueue trigger would only hear 401 again.
  let signedOut = false;
  let pending = 0;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let cancelRetry: (() => void) | null = null;
  let cancelDebounce: (() => void) | null = null;
  let cancelTick: (() => void) | null = null;

  const scheduleRetry = (error: unknown) => {
    if (error instanceof PushSignedOutError || !retryable(error)) {
      updateOutboxStatus({ nextRetryAt: null });
      return;
    }
    const delay = backoffDelay(failures, random, retryAfterOf(error));
    failures++;
    cancelRetry?.();
    updateOutboxStatus({ nextRetryAt: now() + delay });
    cancelRetry = schedule(() => {
      cancelRetry = null;
      void run();
    }, delay);
    void registerBackgroundSync();
  };

  const pushOnce = async () => {
    updateOutboxStatus({ pushing: true });
    try {
      await pushOutbox(db, options.post);
      failures = 0;
      signedOut = false;
      updateOutboxStatus({ lastSuccessAt: now(), lastError: null, nextRetryAt: null });
    } catch (error) {
      if (error instanceof Error && error.name === "DatabaseClosedError") {
        // The browser closed the database (storage pressure, an upgrade in another tab):
        // open it again before the retry.
        await db.open().catch(() => {});
      }
      signedOut = error instanceof PushSignedOutError;
      updateOutboxStatus({ lastError: error });
      scheduleRetry(error);
    } finally {
      updateOutboxStatus({ pushing: false });
    }
  };

  const run = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    cancelRetry?.();
    cancelRetry = null;
    running = (async () => {
      do {
        again = false;
        await webLockOrLease(lockName, pushOnce).catch((error: unknown) => {
          updateOutboxStatus({ lastError: error });
          scheduleRetry(error);
        });
      } while (again && !stopped && !cancelRetry);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const soon = () => {
    cancelDebounce?.();
    cancelDebounce = schedule(() => {
      cancelDebounce = null;
      if (!cancelRetry && !signedOut) void run();
    }, options.debounceMs ?? 300);
  };

  const tick = () => {
    cancelTick = schedule(() => {
      if (pending > 0 && !cancelRetry && !running && !signedOut) void run();
      tick();
    }, options.intervalMs ?? 30_000);
  };

  const onOnline = () => {
    failures = 0;
    void run();
  };
  const onVisible = () => {
    if (document.visibilityState === "visible") void run();
  };
  const onWorkerMessage = (event: MessageEvent) => {
    if ((event.data as { type?: string } | null)?.type === OUTBOX_SYNC_MESSAGE) void run();
  };

  const subscription = liveQuery(() => outboxCounts(db)).subscribe({
    next: (counts) => {
      const grew = counts.pending > pending;
      pending = counts.pending;
      updateOutboxStatus({ counts });
      // Emptied by another tab's (or the worker's) push: this tab's failure no longer matters.
      if (pending === 0 && !running) updateOutboxStatus({ lastError: null, nextRetryAt: null });
      if (grew) soon();
    },
    error: (error: unknown) => updateOutboxStatus({ lastError: error }),
  });

  globalThis.addEventListener?.("online", onOnline);
  globalThis.document?.addEventListener("visibilitychange", onVisible);
  globalThis.navigator?.serviceWorker?.addEventListener("message", onWorkerMessage);
  tick();
  void run();

  return {
    syncNow: () => {
      failures = 0;
      return run();
    },
    stop: () => {
      stopped = true;
      subscription.unsubscribe();
      cancelRetry?.();
      cancelDebounce?.();
      cancelTick?.();
      globalThis.removeEventListener?.("online", onOnline);
      globalThis.document?.removeEventListener("visibilitychange", onVisible);
      globalThis.navigator?.serviceWorker?.removeEventListener("message", onWorkerMessage);
    },
  };
}

/**
 * Asks the browser to fire the service worker's `sync` once the network is back (where it
 * has Background Sync): the worker pushes then, page open or not. A record queued offline
 * asks at once (registerOutboxSync.ts, the same few lines in the writers' chunk).
 */
async function registerBackgroundSync(): Promise<void> {
  try {
    const registration = await globalThis.navigator?.serviceWorker?.getRegistration();
    const sync = (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)
      ?.sync;
    await sync?.register(OUTBOX_SYNC_TAG);
  } catch {
    // No Background Sync here: the timer and the `online` event cover it.
  }
}
