import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChangeMessage } from "../../shared/ops.ts";
import { sseReader } from "../testing/sseReader.ts";
import { noteOp, openSyncTestApp, type SyncTestApp } from "../testing/syncFixtures.ts";
import { engines } from "../testing/testStore.ts";

const isChange = (e: { data?: string; event?: string }) => e.data !== undefined && !e.event;
const message = (e: { data?: string }) => JSON.parse(e.data!) as ChangeMessage;

describe.each(engines)("change feed GET /api/events/:slug/changes on %s", (engine) => {
  let t: SyncTestApp;
  beforeAll(async () => {
    t = await openSyncTestApp(engine, { feedHeartbeatMs: 200 });
  });
  afterAll(() => t.close());

  it("sends one message per committed push naming topic, count and ids, with its seq as id", async () => {
    const response = await t.feed(t.who.trainer.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const feed = sseReader(response);
    try {
      await feed.next((e) => e.comments.includes("open"));
      const ops = [noteOp(t.event.id, "một"), noteOp(t.event.id, "hai")];
      await t.pushOk(t.who.attendee.cookie, ops);
      const event = await feed.next(isChange);
      expect(message(event)).toEqual({ topic: "test-note", count: 2, ids: ops.map((o) => o.id) });
      expect(Number(event.id)).toBeGreaterThan(0);
      // A push that changes nothing (a replay, a refusal) sends nothing; the next one does.
      await t.pushOk(t.who.attendee.cookie, [...ops, noteOp(t.event.id, "refuse")]);
      const next = noteOp(t.event.id, "ba");
      await t.pushOk(t.who.attendee.cookie, [next]);
      const after = await feed.next(isChange);
      expect(message(after)).toEqual({ topic: "test-note", count: 1, ids: [next.id] });
      expect(Number(after.id)).toBeGreaterThan(Number(event.id));
    } finally {
      await feed.close();
    }
  });

  it("does not send another event's changes", async () => {
    const feed = sseReader(await t.feed(t.who.organiser.cookie));
    try {
      await feed.next((e) => e.comments.includes("open"));
      await t.pushOk(
        t.who.otherAttendee.cookie,
        [noteOp(t.other.id, "bên kia")],
        "d",
        t.other.slug,
      );
      const mine = noteOp(t.event.id, "bên này");
      await t.pushOk(t.who.attendee.cookie, [mine]);
      expect(message(await feed.next(isChange)).ids).toEqual([mine.id]);
    } finally {
      await feed.close();
    }
  });

  it("resumes after Last-Event-ID with the changes it missed, in order", async () => {
    const first = sseReader(await t.feed(t.who.organiser.cookie));
    await first.next((e) => e.comments.includes("open"));
    const seen = noteOp(t.event.id, "đã thấy");
    await t.pushOk(t.who.attendee.cookie, [seen]);
    const last = await first.next(isChange);
    await first.close();
    const missed = [noteOp(t.event.id, "lỡ 1"), noteOp(t.event.id, "lỡ 2")];
    await t.pushOk(t.who.attendee.cookie, [missed[0]!]);
    await t.pushOk(t.who.attendee.cookie, [missed[1]!]);
    const resumed = sseReader(await t.feed(t.who.organiser.cookie, last.id));
    try {
      const a = await resumed.next(isChange);
      const b = await resumed.next(isChange);
      expect([message(a).ids, message(b).ids]).toEqual([[missed[0]!.id], [missed[1]!.id]]);
      expect(Number(b.id)).toBeGreaterThan(Number(a.id));
      expect(Number(a.id)).toBeGreaterThan(Number(last.id));
    } finally {
      await resumed.close();
    }
  });

  it("tells a feed resuming from before the kept log to reload (event: reset)", async () => {
    await t.pushOk(t.who.attendee.cookie, [noteOp(t.event.id, "cũ")]);
    await t.pushOk(t.who.attendee.cookie, [noteOp(t.event.id, "mới")]);
    // As the daily prune does: the oldest changes leave the log.
    await t.store.db.execute(
      sql`DELETE FROM sync_changes WHERE seq < (SELECT max(seq) FROM sync_changes)`,
    );
    const feed = sseReader(await t.feed(t.who.organiser.cookie, "1"));
    try {
      const event = await feed.next((e) => e.event !== undefined || e.data !== undefined);
      expect(event.event).toBe("reset");
    } finally {
      await feed.close();
    }
  });

  it("sends a heartbeat comment while nothing changes", async () => {
    const feed = sseReader(await t.feed(t.who.organiser.cookie));
    try {
      const beat = await feed.next((e) => e.comments.includes("heartbeat"));
      expect(beat.data).toBeUndefined();
    } finally {
      await feed.close();
    }
  });

  it("is for the event's staff only: 401 signed out, 403 for an attendee or another event's staff", async () => {
    expect((await t.feed("")).status).toBe(401);
    expect((await t.feed(t.who.attendee.cookie)).status).toBe(403);
    expect((await t.feed(t.who.otherOrganiser.cookie)).status).toBe(403);
  });

  it("streams over a real port uncompressed, even when the client accepts gzip", async () => {
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" }) as Server;
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    const { port } = server.address() as { port: number };
    const controller = new AbortController();
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/events/${t.event.slug}/changes`, {
        headers: { cookie: t.who.trainer.cookie, "accept-encoding": "gzip, deflate" },
        signal: controller.signal,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-encoding")).toBeNull();
      const feed = sseReader(response);
      await feed.next((e) => e.comments.includes("open"));
      const op = noteOp(t.event.id, "qua cổng thật");
      const pushed = await fetch(`http://127.0.0.1:${port}/api/events/${t.event.slug}/ops`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: t.who.attendee.cookie },
        body: JSON.stringify({ deviceId: "d", ops: [op] }),
      });
      expect(pushed.status).toBe(200);
      expect(message(await feed.next(isChange)).ids).toEqual([op.id]);
      await feed.close();
    } finally {
      controller.abort();
      await new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      });
    }
  });
});
