import { OUTBOX_LOCK } from "../../shared/backgroundSync.ts";
import type { AppDb } from "../db/db.ts";
import { PushSignedOutError } from "./push/errors.ts";
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
 * The service worker's push, on a Background Sync (issue 9): the app's own pushOutbox over
 * the app's database, under the Web Lock the pages' engine takes, so the worker and the
 * tabs never push at once. Any other failure rejects, so that the browser fires the sync
 * again later (Chromium: a few times, minutes apart); the entries stay in the outbox until
 * the server answered them, and the next app start pushes what is left. No feature's
 * result hook runs here (features register theirs in the page): see resultHooks.ts.
 */
export async function backgroundPush(
  db: AppDb,
  options: { post?: PostOptions; lockName?: string } = {},
): Promise<BackgroundPushOutcome> {
  let outcome: BackgroundPushOutcome = "pushed";
  const ran = await webLockOrLease(options.lockName ?? OUTBOX_LOCK, async () => {
    try {
      await pushOutbox(db, options.post);
    } catch (error) {
      if (!(error instanceof PushSignedOutError)) throw error;
      outcome = "signedOut";
    }
  });
  return ran ? outcome : "busy";
}
