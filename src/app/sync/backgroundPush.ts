import { OUTBOX_LOCK } from "../../shared/backgroundSync.ts";
import type { AppDb } from "../db/db.ts";
import { backoffDelay } from "./push/backoffDelay.ts";
import { isTransientPushError, PushSignedOutError, retryAfterOf } from "./push/errors.ts";
import type { PostOptions } from "./push/postOps.ts";
import { pushOutbox } from "./push/pushOutbox.ts";
import { webLockOrLease } from "./push/webLockOrLease.ts";

/**
 * How a background push ended: "pushed" (nothing it could send is left pending), "busy"
 * (a page was pushing: that page's engine sees to the rest), "signedOut" (a 401: only the
 * user can fix it, in the app).
 */
export type BackgroundPushOutcome = "pushed" | "busy" | "signedOut";

/**
 * Retries within one sync event, after a network failure, a 5xx or a 429: the moment the
 * browser reports the network back is when it is least settled (a venue's Wi-Fi still
 * associating, a captive portal, the first request racing the network's return), and the
 * browser's own next try of a failed sync comes minutes later. Waits are the engine's
 * backoff (full jitter: under 1, 2, 4 and 8 s), each at most WAIT_CAP_MS.
 */
const RETRIES_IN_EVENT = 4;
const WAIT_CAP_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The service worker's push, on a Background Sync (issue 9): the app's own pushOutbox over
 * the app's database, under the Web Lock the pages' engine takes, so the worker and the
 * tabs never push at once. A network failure, 5xx or 429 is tried again a few times in
 * the event; then, as any other failure, it rejects, so that the browser fires the sync
 * again later (Chromium: a few times, minutes apart); the entries stay in the outbox until
 * the server answered them, and the next app start pushes what is left. No feature's
 * result hook runs here (features register theirs in the page): see resultHooks.ts.
 */
export async function backgroundPush(
  db: AppDb,
  options: {
    post?: PostOptions;
    lockName?: string;
    retries?: number;
    wait?: (ms: number) => Promise<void>;
  } = {},
): Promise<BackgroundPushOutcome> {
  const { retries = RETRIES_IN_EVENT, wait = sleep } = options;
  let outcome: BackgroundPushOutcome = "pushed";
  const ran = await webLockOrLease(options.lockName ?? OUTBOX_LOCK, async () => {
    for (let failures = 0; ; failures++) {
      try {
        await pushOutbox(db, options.post);
        return;
      } catch (error) {
        if (error instanceof PushSignedOutError) {
          outcome = "signedOut";
          return;
        }
        if (!isTransientPushError(error) || failures >= retries) throw error;
        await wait(Math.min(WAIT_CAP_MS, backoffDelay(failures, Math.random, retryAfterOf(error))));
      }
    }
  });
  return ran ? outcome : "busy";
}
