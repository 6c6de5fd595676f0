import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { STAFF } from "../auth/access.ts";
import type { AppEnv } from "../http/context.ts";
import type { ChangeHub, FeedItem } from "../sync/changeHub.ts";
import { requireEventRoleByRef } from "../sync/eventRef.ts";

/** A comment line every 25 s keeps proxies and phones from closing an idle feed. */
export const HEARTBEAT_MS = 25_000;

function parseLastEventId(value: string | undefined): number | null {
  if (!value || !/^\d{1,15}$/.test(value.trim())) return null;
  return Number(value.trim());
}

/**
 * Issue 9: GET /api/events/:slug/changes — the live change feed of an event, for its
 * staff, as Server-Sent Events: one `message` per committed push and topic (data: a
 * ChangeMessage; id: its seq), `event: reset` when a resuming feed missed more than the
 * log holds (reload everything), and a comment every 25 s. Resumes after `Last-Event-ID`
 * (or `?lastEventId=`, for clients that cannot set headers).
 */
export function changesRoutes(hub: ChangeHub, heartbeatMs = HEARTBEAT_MS) {
  return new Hono<AppEnv>().get("/:slug/changes", async (c) => {
    const { event } = await requireEventRoleByRef(c, c.req.param("slug"), STAFF);
    const lastSeq = parseLastEventId(c.req.header("last-event-id") ?? c.req.query("lastEventId"));
    // Not for caches, nor for a proxy's buffer (nginx reads X-Accel-Buffering).
    c.header("X-Accel-Buffering", "no");
    return streamSSE(c, async (stream) => {
      let writing = Promise.resolve();
      const write = (chunk: () => Promise<unknown>) => {
        writing = writing.then(chunk).then(
          () => {},
          () => {},
        );
      };
      const send = (item: FeedItem) =>
        write(() =>
          "reset" in item
            ? stream.writeSSE({ event: "reset", data: "{}" })
            : stream.writeSSE({
                id: String(item.change.seq),
                data: JSON.stringify(item.change.message),
              }),
        );
      let finish: () => void = () => {};
      const finished = new Promise<void>((resolve) => {
        finish = resolve;
      });
      stream.onAbort(finish);
      const unsubscribe = await hub.subscribe(event.id, lastSeq, send, finish);
      // Once following: every change committed from now on will be sent. A screen may load
      // its data after this comment and miss nothing.
      write(() => stream.write(": open\n\nretry: 3000\n\n"));
      const heartbeat = setInterval(
        () => write(() => stream.write(": heartbeat\n\n")),
        heartbeatMs,
      );
      try {
        await finished;
      } finally {
        clearInterval(heartbeat);
        unsubscribe();
        await writing;
      }
    });
  });
}
