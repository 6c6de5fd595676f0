import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_OPS_PER_PUSH } from "../../../shared/ops.ts";
import { AppDb } from "../../db/db.ts";
import { apiErrorResponse } from "../../testing/jsonResponse.ts";
import { NetworkError } from "../api.ts";
import { enqueue } from "../enqueue.ts";
import { outboxCounts } from "../outbox/outboxCounts.ts";
import { registerOpResultHook } from "../outbox/resultHooks.ts";
import { fakePushServer } from "../testing/fakePushServer.ts";
import { PushRetryableError, PushSignedOutError } from "./errors.ts";
import { BATCH_SIZE, pushOutbox } from "./pushOutbox.ts";

const E1 = "0190a000-0000-7000-8000-000000000001";
const E2 = "0190a000-0000-7000-8000-000000000002";

describe("pushOutbox", () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`push-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  async function write(count: number, kind = "test.note", eventId = E1) {
    await db.transaction("rw", db.outbox, async (tx) => {
      for (let i = 0; i < count; i++) await enqueue(tx, { kind, eventId, payload: { i } });
    });
  }

  it("sends every entry once in batches of at most 500 of one event, gzipped, and empties the outbox", async () => {
    await write(1200);
    await write(3, "test.note", E2);
    await db.packs.put({ eventId: E1, slug: "demo", version: 1, pulledAt: "x", attendee: null });
    const server = fakePushServer();
    const summary = await pushOutbox(db, { fetch: server.fetch });
    expect(summary).toEqual({ done: 1203, parked: 0, batches: 4 });
    expect(BATCH_SIZE).toBe(MAX_OPS_PER_PUSH);
    expect(server.requests.map((r) => r.body.ops.length)).toEqual([500, 500, 200, 3]);
    expect(server.requests.every((r) => r.gzip)).toBe(true);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/events/demo/ops",
      "/api/events/demo/ops",
      "/api/events/demo/ops",
      `/api/events/${E2}/ops`,
    ]);
    expect([...server.applied.values()].every((n) => n === 1)).toBe(true);
    expect(server.applied.size).toBe(1203);
    expect(await db.outbox.count()).toBe(0);
    // The device id is stable between pushes.
    const ids = new Set(server.requests.map((r) => r.body.deviceId));
    expect(ids.size).toBe(1);
  });

  it("parks a rejected entry with its reason and pushes the rest; hooks get applied results", async () => {
    await write(2);
    await write(1, "test.forbidden");
    await write(2);
    const seen: string[] = [];
    const unregister = registerOpResultHook("test.note", (entry, result) => {
      seen.push(`${entry.id}:${result.status}`);
    });
    const server = fakePushServer({ rejectKinds: ["test.forbidden"] });
    expect(await pushOutbox(db, { fetch: server.fetch })).toMatchObject({ done: 4, parked: 1 });
    unregister();
    expect(seen).toHaveLength(4);
    expect(await outboxCounts(db)).toEqual({ pending: 0, parked: 1 });
    expect(await db.outbox.toArray()).toMatchObject([
      { kind: "test.forbidden", state: "parked", lastError: "not_allowed", attempts: 1 },
    ]);
    // A parked entry is never sent again.
    await write(1);
    await pushOutbox(db, { fetch: server.fetch });
    expect(server.requests.at(-1)?.body.ops).toHaveLength(1);
  });

  it("keeps everything pending on a network error, a 503 with Retry-After and a 401", async () => {
    await write(3);
    const server = fakePushServer();
    server.dropNext(1);
    await expect(pushOutbox(db, { fetch: server.fetch })).rejects.toBeInstanceOf(NetworkError);
    server.failNext(1, 503, "7");
    const busy = await pushOutbox(db, { fetch: server.fetch }).catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(PushRetryableError);
    expect(busy).toMatchObject({ status: 503, retryAfterMs: 7000 });
    server.failNext(1, 401);
    await expect(pushOutbox(db, { fetch: server.fetch })).rejects.toBeInstanceOf(
      PushSignedOutError,
    );
    expect(await db.outbox.toArray()).toMatchObject([
      { attempts: 3, state: "pending", lastError: "signed out" },
      { attempts: 3, state: "pending" },
      { attempts: 3, state: "pending" },
    ]);
    expect(server.applied.size).toBe(0);
    await pushOutbox(db, { fetch: server.fetch });
    expect(await db.outbox.count()).toBe(0);
  });

  it("a refused event does not hold back the others", async () => {
    await write(2, "test.note", E1);
    await write(2, "test.note", E2);
    const server = fakePushServer();
    const refuseE1: typeof fetch = async (input, init) =>
      String(input).includes(E1)
        ? apiErrorResponse(403, "forbidden", "not yours")
        : server.fetch(input, init);
    const error = await pushOutbox(db, { fetch: refuseE1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "PushRefusedError", status: 403, code: "forbidden" });
    expect((await db.outbox.toArray()).map((e) => e.eventId)).toEqual([E1, E1]);
    expect(server.applied.size).toBe(2);
  });
});
