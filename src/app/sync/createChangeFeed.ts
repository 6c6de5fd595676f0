import { onCleanup } from "solid-js";
import type { ChangeMessage } from "../../shared/ops.ts";

/** EventSource.CLOSED: the browser gave up on this source and will not reconnect it. */
const CLOSED = 2;
/** The first wait before a closed feed is opened anew; doubled each time, up to a minute. */
const REOPEN_MS = 1_000;
const REOPEN_CAP_MS = 60_000;

/**
 * Calls `onChange` when the event's change feed (issue 9: Server-Sent Events at
 * GET /api/events/:slug/changes, one `message` per committed push and topic) names one of
 * `topics`, on `reset` (the feed missed changes: reload everything), and when the feed
 * opens again after it was lost (a restarted server, a dropped network): it resumes with
 * Last-Event-ID only once it has had a message, and a change may have committed while it
 * was away. EventSource reconnects by itself after a network error, but gives up for good
 * on an error status (a server shutting down answers some); then a new one is opened, with
 * a growing wait. Owned by the current root. Where EventSource is missing, nothing happens
 * and the screen stays as fresh as its last load. `debounceMs`: calls within it of each
 * other make one (a burst of syncs reloads once).
 */
export function createChangeFeed(
  slug: string,
  topics: readonly string[],
  onChangeNow: () => void,
  { debounceMs = 0 } = {},
): void {
  if (typeof EventSource === "undefined") return;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const onChange =
    debounceMs === 0
      ? onChangeNow
      : () => {
          clearTimeout(debounce);
          debounce = setTimeout(onChangeNow, debounceMs);
        };
  const url = `/api/events/${encodeURIComponent(slug)}/changes`;
  let source: EventSource | null = null;
  let lost = false;
  let reopenMs = REOPEN_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const open = () => {
    const current = new EventSource(url);
    source = current;
    current.addEventListener("message", (event) => {
      try {
        if (topics.includes((JSON.parse(String(event.data)) as ChangeMessage).topic)) onChange();
      } catch {
        // Not a change message: nothing to reload.
      }
    });
    current.addEventListener("reset", () => onChange());
    current.addEventListener("error", () => {
      lost = true;
      if (current.readyState !== CLOSED || stopped) return;
      clearTimeout(timer);
      timer = setTimeout(open, reopenMs);
      reopenMs = Math.min(REOPEN_CAP_MS, reopenMs * 2);
    });
    current.addEventListener("open", () => {
      reopenMs = REOPEN_MS;
      if (!lost) return;
      lost = false;
      onChange();
    });
  };
  open();
  onCleanup(() => {
    stopped = true;
    clearTimeout(timer);
    clearTimeout(debounce);
    source?.close();
  });
}
