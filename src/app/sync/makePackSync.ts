import { db } from "../db/db.ts";
import { pullPack } from "./pullPack.ts";

export interface PackSyncOptions {
  /** How often to pull while the page is visible; default one minute. */
  intervalMs?: number;
  /** The pull itself; default pullPack into the app's database. */
  pull?: () => Promise<unknown>;
}

/**
 * Keeps one event's pack fresh while a screen of it is open: pulls at once, when the
 * device comes back online, when the page becomes visible again, and every minute while
 * it is visible. One pull at a time, and one tab at a time (Web Locks). Failures are
 * silent: the device's copy stays on screen and "Cập nhật lúc …" tells how old it is.
 * Returns the function that stops it.
 */
export function makePackSync(slug: string, options: PackSyncOptions = {}): () => void {
  const pull = options.pull ?? (() => pullPack(db, slug));
  let running = false;
  const run = async () => {
    if (running || !navigator.onLine) return;
    running = true;
    try {
      const locks = navigator.locks;
      if (locks) {
        await locks.request(`th-pack-${slug}`, { ifAvailable: true }, (lock) =>
          lock ? pull() : undefined,
        );
      } else {
        await pull();
      }
    } catch {
      // Offline, server down or signed out: try again at the next trigger.
    } finally {
      running = false;
    }
  };
  const whenVisible = () => {
    if (document.visibilityState === "visible") void run();
  };
  window.addEventListener("online", run);
  document.addEventListener("visibilitychange", whenVisible);
  const timer = setInterval(whenVisible, options.intervalMs ?? 60_000);
  void run();
  return () => {
    window.removeEventListener("online", run);
    document.removeEventListener("visibilitychange", whenVisible);
    clearInterval(timer);
  };
}
