/**
 * OUTBOX_SYNC_TAG of shared/backgroundSync.ts (tested equal): importing it here would put
 * that module in a chunk of its own, shared with the sync badge's, on every first load.
 */
export const SYNC_TAG = "th-outbox";

/**
 * Asks the browser to fire the service worker's `sync` once the network is back (where it
 * has Background Sync): the worker then pushes the outbox, page open or not (sw.ts). The
 * engine's own copy of these lines (makeOutboxSync.ts) asks after a failed push.
 */
export async function registerOutboxSync(): Promise<void> {
  try {
    const registration = await globalThis.navigator?.serviceWorker?.getRegistration();
    const sync = (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)
      ?.sync;
    await sync?.register(SYNC_TAG);
  } catch {
    // No Background Sync here: the page's timer, `online` and next start cover it.
  }
}
