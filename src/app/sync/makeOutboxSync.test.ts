import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppDb } from "../db/db.ts";
import { enqueue } from "./enqueue.ts";
import { makeOutboxSync, type OutboxSync } from "./makeOutboxSync.ts";
import { outboxStatus } from "./outboxStatus.ts";
import { PushSignedOutError } from "./push/errors.ts";
import { fakePushServer } from "./testing/fakePushServer.ts";
import { manualScheduler } from "./testing/manualScheduler.ts";

const EVENT = "0190a000-0000-7000-8000-000000000001";
const DEBOUNCE = 300;
const TICK = 30_000;

describe("makeOutboxSync", () => {
  let db: AppDb;
  let sync: OutboxSync | undefined;
  beforeEach(() => {
    db = new AppDb(`engine-${Math.random()}`);
  });
  afterEach(async () => {
    sync?.stop();
    await db.delete();
  });

  async function write(count: number) {
    await db.transaction("rw", db.outbox, async (tx) => {
      for (let i = 0; i < count; i++)
        await enqueue(tx, { kind: "test.note", eventId: EVENT, payload: { i } });
    });
  }

  /** The retry delays the engine asked for (neither the debounce nor the timer). */
  const retries = (timers: ReturnType<typeof manualScheduler>) =>
    timers.waiting().filter((ms) => ms !== TICK && ms !== DEBOUNCE);

  it("pushes at start and shortly after each enqueue", async () => {
    await write(3);
    const server = fakePushServer();
    const timers = manualScheduler();
    sync = makeOutboxSync(db, { post: { fetch: server.fetch }, schedule: timers.schedule });
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0));
    expect(server.applied.size).toBe(3);
    await write(2);
    await vi.waitFor(() => expect(timers.waiting()).toContain(DEBOUNCE));
    timers.fire((ms) => ms === DEBOUNCE);
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0));
    expect(server.applied.size).toBe(5);
    // The live count and the push's own status follow the outbox a moment later.
    await vi.waitFor(() =>
      expect(outboxStatus()).toMatchObject({ counts: { pending: 0, parked: 0 }, lastError: null }),
    );
  });

  it("retries 5xx and network errors with growing jittered delays, honouring Retry-After", async () => {
    await write(4);
    const server = fakePushServer();
    server.failNext(3, 503);
    server.dropNext(1);
    server.failNext(1, 429, "40");
    const timers = manualScheduler();
    sync = makeOutboxSync(db, {
      post: { fetch: server.fetch },
      schedule: timers.schedule,
      random: () => 0.5,
    });
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      await vi.waitFor(() => expect(retries(timers)).toHaveLength(1));
      delays.push(...retries(timers));
      expect(outboxStatus().lastError).toBeTruthy();
      expect(await db.outbox.count()).toBe(4);
      timers.fire((ms) => ms !== TICK && ms !== DEBOUNCE);
    }
    // Half of 1, 2, 4, 8 s; then Retry-After (40 s) beats half of 16 s.
    expect(delays).toEqual([500, 1000, 2000, 4000, 40_000]);
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0));
    expect([...server.applied.values()]).toEqual([1, 1, 1, 1]);
    await vi.waitFor(() =>
      expect(outboxStatus()).toMatchObject({ lastError: null, nextRetryAt: null }),
    );
  });

  it("stops retrying on 401 and tells why; the button pushes again", async () => {
    await write(1);
    const server = fakePushServer();
    server.failNext(1, 401);
    const timers = manualScheduler();
    sync = makeOutboxSync(db, { post: { fetch: server.fetch }, schedule: timers.schedule });
    await vi.waitFor(() => expect(outboxStatus().lastError).toBeInstanceOf(PushSignedOutError));
    expect(retries(timers)).toEqual([]);
    // Neither the timer nor a new entry sends to a signed-out server again…
    await write(1);
    await vi.waitFor(() => expect(timers.waiting()).toContain(DEBOUNCE));
    timers.fire((ms) => ms === DEBOUNCE || ms === TICK);
    // A push starts synchronously (its status first): none started.
    expect(outboxStatus().pushing).toBe(false);
    expect(server.requests).toHaveLength(0);
    // …the user's doing does ("Đồng bộ ngay", after signing in again).
    await sync.syncNow();
    expect(await db.outbox.count()).toBe(0);
  });

  it("pushes when the device comes back online", async () => {
    const server = fakePushServer();
    server.dropNext(1);
    await write(1);
    const timers = manualScheduler();
    sync = makeOutboxSync(db, { post: { fetch: server.fetch }, schedule: timers.schedule });
    await vi.waitFor(() => expect(retries(timers)).toHaveLength(1));
    window.dispatchEvent(new Event("online"));
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0));
    // The retry that was due is cancelled: the push already happened.
    expect(retries(timers)).toEqual([]);
  });

  it("a lost database connection is told, reopened and retried; nothing is lost", async () => {
    await write(2);
    const server = fakePushServer();
    const timers = manualScheduler();
    db.close({ disableAutoOpen: true });
    sync = makeOutboxSync(db, { post: { fetch: server.fetch }, schedule: timers.schedule });
    await vi.waitFor(() => expect(retries(timers)).toHaveLength(1));
    expect(outboxStatus().lastError).toMatchObject({ name: "DatabaseClosedError" });
    expect(db.isOpen()).toBe(true);
    timers.fire((ms) => ms !== TICK && ms !== DEBOUNCE);
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0));
    expect(server.applied.size).toBe(2);
  });

  it("forgets its failure once another tab has emptied the outbox", async () => {
    await write(2);
    const server = fakePushServer();
    server.dropNext(1);
    const timers = manualScheduler();
    sync = makeOutboxSync(db, { post: { fetch: server.fetch }, schedule: timers.schedule });
    await vi.waitFor(() => expect(retries(timers)).toHaveLength(1));
    expect(outboxStatus().lastError).toBeTruthy();
    // Another tab (its own connection) pushed them.
    const otherTab = new AppDb(db.name);
    await otherTab.outbox.clear();
    otherTab.close();
    await vi.waitFor(() => expect(outboxStatus().lastError).toBeNull());
    expect(outboxStatus().counts).toEqual({ pending: 0, parked: 0 });
  });
});
