import type { MaybeWindow } from "../windowStorage.ts";

const LEASE_KEY = "th-outbox-lease";
const LEASE_MS = 30_000;
const tabId = Math.random().toString(36).slice(2);

/**
 * Runs `task` only if no other tab of the app is pushing: through Web Locks where the
 * browser has them, else through a short lease in localStorage (held at most 30 s, so a
 * closed tab never blocks the others for long). Resolves false when another tab holds it.
 * Two tabs pushing at once would still be safe (the server answers "duplicate"), only wasteful.
 * The service worker takes the same lock (Web Locks exist in workers; a worker has no
 * localStorage, so where Web Locks are absent it runs unguarded: safe, as said).
 */
export async function webLockOrLease(name: string, task: () => Promise<void>): Promise<boolean> {
  const locks = globalThis.navigator?.locks;
  if (locks) {
    return locks.request(name, { ifAvailable: true }, async (lock) => {
      if (!lock) return false;
      await task();
      return true;
    });
  }
  const storage = (globalThis as MaybeWindow).localStorage;
  const key = `${LEASE_KEY}:${name}`;
  const [owner, until] = (storage?.getItem(key) ?? "").split(" ");
  if (owner && owner !== tabId && Number(until) > Date.now()) return false;
  storage?.setItem(key, `${tabId} ${Date.now() + LEASE_MS}`);
  try {
    await task();
    return true;
  } finally {
    if (storage?.getItem(key)?.startsWith(`${tabId} `)) storage.removeItem(key);
  }
}
