import { onCleanup } from "solid-js";
import type { ChangeMessage } from "../../../shared/ops.ts";

/**
 * Calls `onChange` when the event's change feed (issue 9: Server-Sent Events at
 * GET /api/events/:slug/changes, one `message` per committed push and topic) names
 * `topic`, and on `reset` (the feed missed changes: reload everything). Owned by the
 * current root. EventSource reconnects by itself and resumes with Last-Event-ID; where
 * the feed is missing, nothing happens and the screen stays as fresh as its last load.
 */
export function createChangeFeed(slug: string, topic: string, onChange: () => void): void {
  if (typeof EventSource === "undefined") return;
  const source = new EventSource(`/api/events/${encodeURIComponent(slug)}/changes`);
  source.addEventListener("message", (event) => {
    try {
      if ((JSON.parse(String(event.data)) as ChangeMessage).topic === topic) onChange();
    } catch {
      // Not a change message: nothing to reload.
    }
  });
  source.addEventListener("reset", () => onChange());
  onCleanup(() => source.close());
}
