/**
 * Issue 9: Background Sync between the page and the service worker. The page registers
 * this tag when a push failed; the browser fires the worker's `sync` event once the
 * network is back, and the worker posts OUTBOX_SYNC_MESSAGE to the open pages, whose push
 * engine then pushes (the outbox and its engine live in the page, not in the worker).
 */
export const OUTBOX_SYNC_TAG = "th-outbox";
export const OUTBOX_SYNC_MESSAGE = "th-outbox-sync";
