import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppDb } from "../db/db.ts";
import { mySelfCheckins, recordSelfCheckin } from "../features/checkin/checkin.repo.ts";
import { backgroundPush } from "./backgroundPush.ts";
import { fakePushServer } from "./testing/fakePushServer.ts";

const EVENT = "0190a000-0000-7000-8000-000000000001";
const LIST = "0190a000-0000-7000-8000-0000000000a1";
const LOCK = "bg-test";

/**
 * The service worker's push (sw.ts calls it on a Background Sync) over a device's outbox:
 * here in Node, as the worker runs it with no page open: no result hook registered.
 */
describe("backgroundPush", () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`bg-${Math.random()}`);
  });
  afterEach(async () => {
    localStorage.clear();
    await db.delete();
  });

  const checkIn = () =>
    recordSelfCheckin(
      { eventId: EVENT, attendeeId: "a1", listId: LIST, title: "Phiên 1", digits: "123456" },
      db,
    );

  it("pushes a self check-in once, and the check-in screen reads it as confirmed", async () => {
    const row = await checkIn();
    expect((await mySelfCheckins(EVENT, db))[0]?.status).toEqual({ state: "pending" });
    const server = fakePushServer();
    expect(await backgroundPush(db, { post: { fetch: server.fetch }, lockName: LOCK })).toBe(
      "pushed",
    );
    expect([...server.applied]).toEqual([[row.id, 1]]);
    expect(await db.outbox.count()).toBe(0);
    // What the page shows on its next open, with no hook having run: taken by the server.
    expect((await mySelfCheckins(EVENT, db))[0]?.status).toEqual({ state: "confirmed" });
    // A second sync finds nothing to send.
    expect(await backgroundPush(db, { post: { fetch: server.fetch }, lockName: LOCK })).toBe(
      "pushed",
    );
    expect(server.requests).toHaveLength(1);
  });

  it("leaves the push to a page that holds the lock", async () => {
    await checkIn();
    // happy-dom has no Web Locks: the lease in localStorage stands for a page pushing.
    localStorage.setItem(`th-outbox-lease:${LOCK}`, `a-page ${Date.now() + 30_000}`);
    const server = fakePushServer();
    expect(await backgroundPush(db, { post: { fetch: server.fetch }, lockName: LOCK })).toBe(
      "busy",
    );
    expect(server.requests).toHaveLength(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it("tries a network failure, a 5xx and a 429 again within the sync, with backoff", async () => {
    const row = await checkIn();
    const server = fakePushServer();
    server.dropNext(1);
    server.failNext(1, 503);
    server.failNext(1, 429, "3");
    const waits: number[] = [];
    const wait = async (ms: number) => {
      waits.push(ms);
    };
    expect(await backgroundPush(db, { post: { fetch: server.fetch }, lockName: LOCK, wait })).toBe(
      "pushed",
    );
    expect([...server.applied]).toEqual([[row.id, 1]]);
    expect(await db.outbox.count()).toBe(0);
    // Full jitter under 1 s, then under 2 s, then no less than the server's Retry-After.
    expect(waits).toHaveLength(3);
    expect(waits[0]).toBeLessThan(1_000);
    expect(waits[1]).toBeLessThan(2_000);
    expect(waits[2]).toBeGreaterThanOrEqual(3_000);
    expect(waits[2]).toBeLessThan(4_000);
  });

  it("rejects what its retries did not fix (the browser fires the sync again), keeping the entry", async () => {
    await checkIn();
    const server = fakePushServer();
    const post = { fetch: server.fetch };
    const wait = async () => {};
    server.dropNext(3);
    await expect(
      backgroundPush(db, { post, lockName: LOCK, wait, retries: 2 }),
    ).rejects.toMatchObject({ name: "NetworkError" });
    server.failNext(3, 503);
    await expect(
      backgroundPush(db, { post, lockName: LOCK, wait, retries: 2 }),
    ).rejects.toMatchObject({ name: "PushRetryableError" });
    expect(await db.outbox.toArray()).toMatchObject([{ state: "pending", attempts: 6 }]);
    expect(await backgroundPush(db, { post, lockName: LOCK, wait })).toBe("pushed");
    expect(server.applied.size).toBe(1);
  });

  it("stops on 401 without a retry: only the user can sign in again", async () => {
    await checkIn();
    const server = fakePushServer();
    server.failNext(1, 401);
    expect(await backgroundPush(db, { post: { fetch: server.fetch }, lockName: LOCK })).toBe(
      "signedOut",
    );
    expect(await db.outbox.count()).toBe(1);
  });
});
