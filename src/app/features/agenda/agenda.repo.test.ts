import { afterEach, describe, expect, it } from "vitest";
import type { EventPack } from "../../../shared/pack.ts";
import { AppDb } from "../../db/db.ts";
import { applyPack } from "../../sync/applyPack.ts";
import { getAgenda, getSeenVersion, markSeen, toggleStar } from "./agenda.repo.ts";

const pack: EventPack = {
  event: {
    id: "e1",
    slug: "demo",
    title: "Hội nghị",
    organiser: "",
    venue: "",
    description: "",
    timeZone: "Asia/Ho_Chi_Minh",
    startsOn: "2015-06-26",
    endsOn: "2015-06-26",
  },
  attendee: null,
  sessions: ["b", "a"].map((id, i) => ({
    id,
    eventId: "e1",
    title: id,
    description: "",
    kind: "talk" as const,
    room: "",
    startsAt: `2015-06-26T0${2 - i}:00:00.000Z`,
    endsAt: `2015-06-26T0${2 - i}:30:00.000Z`,
    speakers: [],
    materialIds: [],
    version: 1,
  })),
  materials: [],
  deleted: { sessions: [], materials: [] },
  version: 4,
  since: 0,
  serverTime: "2015-06-25T00:00:00.000Z",
};

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
