/**
 * Issue 9: Background Sync between the page and the service worker. The page registers
 * this tag when a push failed, or when a record was queued while the device is offline;
 * the browser fires the worker's `sync` event once the network is back, even with no page
 * open. The worker then pushes the outbox itself (the app's own push code, under
 * OUTBOX_LOCK) and, when that went through, posts OUTBOX_SYNC_MESSAGE to the open pages so
 * that their engine brings its status up to date.
 */
export const OUTBOX_SYNC_TAG = "th-outbox";
export const OUTBOX_SYNC_MESSAGE = "th-outbox-sync";
/** The Web Lock the pages' engine and the worker take: one pusher at a time per device. */
export const OUTBOX_LOCK = "th-outbox";
