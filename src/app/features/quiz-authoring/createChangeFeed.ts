import { onCleanup } from "solid-js";
import type { ChangeMessage } from "../../../shared/ops.ts";

/**
 * Calls `onChange` when the event's change feed (issue 9: Server-Sent Events at
 * GET /api/events/:slug/changes, one `message` per committed push and topic) names one of
 * `topics`, on `reset` (the feed missed changes: reload everything), and when the feed
 * opens again after it was lost (a restarted server, a dropped network): EventSource
 * reconnects by itself, but resumes with Last-Event-ID only once it has had a message, and
 * a change may have committed while it was away. Owned by the current root. Where the
 * feed is missing, nothing happens and the screen stays as fresh as its last load.
 */
export function createChangeFeed(
  slug: string,
  topics: readonly string[],
  onChange: () => void,
): void {
  if (typeof EventSource === "undefined") return;
  const source = new EventSource(`/api/events/${encodeURIComponent(slug)}/changes`);
  let lost = false;
  source.addEventListener("message", (event) => {
    try {
      if (topics.includes((JSON.parse(String(event.data)) as ChangeMessage).topic)) onChange();
    } catch {
      // Not a change message: nothing to reload.
    }
  });
  source.addEventListener("reset", () => onChange());
  source.addEventListener("error", () => {
    lost = true;
  });
  source.addEventListener("open", () => {
    if (!lost) return;
    lost = false;
    onChange();
  });
  onCleanup(() => source.close());
}
