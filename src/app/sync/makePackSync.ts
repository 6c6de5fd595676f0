import { db } from "../db/db.ts";
import { lastPullSuccessAt, recordPull } from "./syncStatus.ts";

/**
 * The default pull, loaded with its first run: the agenda is drawn from the device before
 * any network answer could arrive, so the sync code need not delay its first paint.
 */
const syncThisEvent = async (slug: string) => {
  const { syncEvent } = await import("./syncEvent.ts");
  return syncEvent(db, slug);
};

export interface PackSyncOptions {
  /** How often to pull while the page is visible; default one minute. */
  intervalMs?: number;
  /**
   * The pull itself; default syncEvent (the pack, then the attendee's ticket, quizzes and
   * check-in lists) into the app's database.
   */
  pull?: () => Promise<unknown>;
}

/**
 * Keeps one event's pack fresh while a screen of it is open: pulls at once, when the
 * device comes back online, when the page becomes visible again, and every minute while
 * it is visible. Going from one screen of the event to another is no trigger: "at once"
 * is skipped when a pull succeeded less than an interval ago (issue 13: one pull per
 * trigger, not one per screen). One pull at a time, and one tab at a time (Web Locks). The device's copy
 * stays on screen whatever happens; each outcome is recorded (syncStatus.ts) for the
 * online badge and the agenda's notice. Returns the function that stops it.
 */
export function makePackSync(slug: string, options: PackSyncOptions = {}): () => void {
  const pull = options.pull ?? (() => syncThisEvent(slug));
  let running = false;
  const run = async () => {
    if (running || !navigator.onLine) return;
    running = true;
    try {
      const locks = navigator.locks;
      const pullOnce = async () => {
        await pull();
        return true;
      };
      // Another tab holding the lock pulls for this one: nothing to record here then.
      const pulled = locks
        ? await locks.request(`th-pack-${slug}`, { ifAvailable: true }, (lock) =>
            lock ? pullOnce() : false,
          )
        : await pullOnce();
      if (pulled) recordPull(slug);
    } catch (error) {
      // Offline, server down or signed out: recorded, and tried again at the next trigger.
      recordPull(slug, error);
    } finally {
      running = false;
    }
  };
  const whenVisible = () => {
    if (document.visibilityState === "visible") void run();
  };
  window.addEventListener("online", run);
  document.addEventListener("visibilitychange", whenVisible);
  const intervalMs = options.intervalMs ?? 60_000;
  const timer = setInterval(whenVisible, intervalMs);
  const last = lastPullSuccessAt(slug);
  if (last === undefined || Date.now() - last >= intervalMs || Date.now() < last) void run();
  return () => {
    window.removeEventListener("online", run);
    document.removeEventListener("visibilitychange", whenVisible);
    clearInterval(timer);
  };
}
