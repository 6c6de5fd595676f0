import { afterEach, describe, expect, it, vi } from "vitest";
import type { EventPack } from "../../shared/pack.ts";
import { AppDb } from "../db/db.ts";
import { apiErrorResponse, jsonResponse } from "../testing/jsonResponse.ts";
import { testEvent, testPack, testSession } from "../testing/packFixtures.ts";
import { ApiRequestError } from "./api.ts";
import { applyPack } from "./applyPack.ts";
import { currentClockOffsetMs } from "./clockOffset.ts";
import { pullPack } from "./pullPack.ts";

/** What the server answers, as src/server/http/errors.ts shapes it. */

/** A server answering each `since` with its own response; records what was asked. */
function server(answers: Record<number, () => Response>) {
  const asked: number[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      const since = Number(new URL(url, "http://x").searchParams.get("since"));
      asked.push(since);
      const answer = answers[since];
      if (!answer) throw new Error(`unexpected since=${since}`);
      return answer();
    }),
  );
  return asked;
}

const e1 = testEvent({ id: "e1", slug: "demo" });
const star = (sessionId: string, eventId = "e1") => ({ eventId, sessionId, starredAt: "x" });

describe("pullPack", () => {
  let db: AppDb;
  afterEach(async () => {
    vi.unstubAllGlobals();
    await db?.delete();
  });

  async function deviceWith(version: number) {
    db = new AppDb(`pull-${Math.random()}`);
    await applyPack(
      db,
      testPack({ event: e1, version, sessions: [testSession("a"), testSession("b")] }),
    );
    await db.stars.bulkPut([star("a"), star("b")]);
  }

  it("asks for what changed since the version the device holds", async () => {
    await deviceWith(3);
    const asked = server({
      3: () =>
        jsonResponse(testPack({ event: e1, since: 3, version: 4, sessions: [testSession("c")] })),
    });
    await pullPack(db, "demo");
    expect(asked).toEqual([3]);
    expect((await db.sessions.toArray()).map((s) => s.id).sort()).toEqual(["a", "b", "c"]);
  });

  it("starts again from nothing when the server is behind the device (database restored)", async () => {
    await deviceWith(9);
    const asked = server({
      9: () => apiErrorResponse(400, "version_ahead", "since is ahead of the server's version"),
      0: () => jsonResponse(testPack({ event: e1, version: 2, sessions: [testSession("a")] })),
    });
    await pullPack(db, "demo");
    expect(asked).toEqual([9, 0]);
    expect((await db.sessions.toArray()).map((s) => s.id)).toEqual(["a"]);
    expect((await db.stars.toArray()).map((s) => s.sessionId)).toEqual(["a"]);
    expect((await db.packs.get("e1"))?.version).toBe(2);
  });

  it("replaces the event when the slug now names an event re-created on the server", async () => {
    await deviceWith(3);
    await db.tickets.put({
      eventId: "e1",
      attendeeId: "p",
      name: "",
      unit: "",
      position: "",
      code: "OLD",
      issuedAt: 1,
      keyId: 1,
      savedAt: "x",
    });
    const e2 = testEvent({ id: "e2", slug: "demo" });
    const fresh: EventPack = testPack({
      event: e2,
      version: 5,
      sessions: [testSession("n", { eventId: "e2" })],
    });
    const asked = server({
      3: () => jsonResponse({ ...fresh, since: 3, sessions: [] }),
      0: () => jsonResponse(fresh),
    });
    await pullPack(db, "demo");
    expect(asked).toEqual([3, 0]);
    expect(await db.events.toArray()).toEqual([e2]);
    expect((await db.sessions.toArray()).map((s) => s.id)).toEqual(["n"]);
    expect(await db.packs.toArray()).toMatchObject([{ eventId: "e2", slug: "demo", version: 5 }]);
    expect([await db.stars.count(), await db.tickets.count()]).toEqual([0, 0]);
  });

  it("throws the server's refusal and leaves the device's copy alone", async () => {
    await deviceWith(3);
    server({ 3: () => apiErrorResponse(401, "unauthenticated", "sign in first") });
    const error = await pullPack(db, "demo").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 401, code: "unauthenticated" });
    expect(await db.sessions.count()).toBe(2);
    expect((await db.packs.get("e1"))?.version).toBe(3);
  });

  it("keeps the clock offset the pack's serverTime tells (issue 9)", async () => {
    await deviceWith(3);
    const deviceNow = Date.parse("2026-01-01T10:00:00.000Z");
    vi.spyOn(Date, "now").mockReturnValue(deviceNow);
    server({
      3: () =>
        jsonResponse({
          ...testPack({ event: e1, version: 3 }),
          since: 3,
          serverTime: "2026-01-01T10:10:00.000Z",
        }),
    });
    await pullPack(db, "demo");
    expect(currentClockOffsetMs()).toBe(10 * 60_000);
    vi.restoreAllMocks();
  });
});
