import { afterEach, describe, expect, it } from "vitest";
import { AppDb } from "../../db/db.ts";
import { applyPack } from "../../sync/applyPack.ts";
import { testEvent, testPack, testSession } from "../../testing/packFixtures.ts";
import { getAgenda, getSeenVersion, markSeen, toggleStar } from "./agenda.repo.ts";

// Listed out of time order: b starts at 09:00, a at 08:00 (in the event's zone).
const pack = testPack({
  event: testEvent({ id: "e1", slug: "demo" }),
  sessions: ["b", "a"].map((id, i) =>
    testSession(id, {
      startsAt: `2015-06-26T0${2 - i}:00:00.000Z`,
      endsAt: `2015-06-26T0${2 - i}:30:00.000Z`,
    }),
  ),
  version: 4,
});

let db: AppDb;
afterEach(() => db?.delete());

describe("agenda repository", () => {
  it("keeps stars on the device, survives a new full pack, and lists sessions in time order", async () => {
    db = new AppDb(`agenda-${Math.random()}`);
    await applyPack(db, pack);
    await toggleStar("e1", "a", db);
    await toggleStar("e1", "b", db);
    await toggleStar("e1", "b", db);
    await applyPack(db, { ...pack, version: 5 });
    const agenda = await getAgenda("demo", db);
    expect(agenda?.sessions.map((s) => s.id)).toEqual(["a", "b"]);
    expect([...(agenda?.starred ?? [])]).toEqual(["a"]);
  });

  it("remembers the version the attendee has seen, per event", async () => {
    db = new AppDb(`agenda-${Math.random()}`);
    expect(await getSeenVersion("e1", db)).toBeNull();
    await markSeen("e1", 4, db);
    expect(await getSeenVersion("e1", db)).toBe(4);
    expect(await getSeenVersion("e2", db)).toBeNull();
  });

  it("answers null for an event that is not on the device", async () => {
    db = new AppDb(`agenda-${Math.random()}`);
    expect(await getAgenda("nope", db)).toBeNull();
  });
});
