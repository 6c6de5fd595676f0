/**
 * Issue 5: the agenda's first paint on a cold start. Opening IndexedDB and evaluating the
 * app's JavaScript take most of a second on a cheap phone; the agenda itself changes only
 * at a sync. So each time the live agenda renders, a copy of its markup is kept in
 * localStorage, and the inline script in index.html puts it on screen before any module
 * has loaded. The live app renders hidden beside it and takes over once its agenda is
 * ready (`revealLiveApp`).
 *
 * What depends on the clock or the network (on now / next, changed marks, the online
 * badge, the update prompt) carries `data-live` and is kept invisible in the copy, so the
 * copy never shows a stale state, and its place is kept, so nothing moves at the swap.
 */

/** localStorage key of the copy for one path; index.html's inline script uses the same. */
export const SNAPSHOT_PREFIX = "tap-huan:snapshot:";

/** What index.html's inline script reads: markup of #root and the language it is in. */
interface AgendaSnapshot {
  html: string;
  lang: string;
}

/** A copy larger than this is not kept: localStorage is small and shared by the origin. */
const MAX_CHARS = 400_000;

/** The markup of `root` as the copy shows it: live parts hidden, the "on now" frame off. */
export function snapshotHtml(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll("[data-live]")) {
    el.setAttribute("style", "visibility:hidden");
    el.setAttribute("aria-hidden", "true");
  }
  for (const el of copy.querySelectorAll(".session--now")) el.classList.remove("session--now");
  return copy.innerHTML;
}

/**
 * Keeps the copy of `root` for `path`; a full or refused storage only costs the fast start.
 * A sync that changed nothing on screen writes nothing (the agenda is saved after each).
 */
export function saveAgendaSnapshot(path: string, root: HTMLElement, storage = localStorage) {
  const snapshot: AgendaSnapshot = {
    html: snapshotHtml(root),
    lang: document.documentElement.lang,
  };
  const key = SNAPSHOT_PREFIX + path;
  try {
    if (snapshot.html.length > MAX_CHARS) storage.removeItem(key);
    else {
      const json = JSON.stringify(snapshot);
      if (storage.getItem(key) !== json) storage.setItem(key, json);
    }
  } catch {
    // Quota exceeded or storage disabled: the next cold start renders from IndexedDB.
  }
}

/** Forgets the copy for `path` (the event is no longer on the device). */
export function clearAgendaSnapshot(path: string, storage = localStorage) {
  try {
    storage.removeItem(SNAPSHOT_PREFIX + path);
  } catch {
    // Storage disabled: there is no copy to forget.
  }
}

/** Removes the copy from the screen and shows the live app in its place. */
export function revealLiveApp(doc = document) {
  doc.getElementById("snapshot")?.remove();
  doc.documentElement.classList.remove("has-snapshot");
}
