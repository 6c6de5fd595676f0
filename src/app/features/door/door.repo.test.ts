import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DoorCheckin, DoorPack } from "../../../shared/api.ts";
import { AppDb } from "../../db/db.ts";
import { jsonResponse } from "../../testing/jsonResponse.ts";
import {
  annulAdmission,
  knownCheckins,
  recentAdmissions,
  recordAdmission,
  refreshDoorPack,
} from "./door.repo.ts";

const eventId = "01890000-0000-7000-8000-00000000e001";
const listId = "01890000-0000-7000-8000-00000000c001";
const an = { id: "01890000-0000-7000-8000-0000000a0001", name: "Nguyễn Văn An", unit: "Sở Nội vụ" };

describe("door check-ins on the device", () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`door-test-${Math.random()}`);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("writes the scan and its op together, and the annul as its own op", async () => {
    const row = await recordAdmission(
      { eventId, listId, attendee: an, code: "TICKET", shown: "admitted" },
      db,
    );
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({
      id: row.id,
      kind: "checkin.scan",
      eventId,
      payload: { method: "scan", listId, code: "TICKET", shown: "admitted" },
      state: "pending",
    });
    await recordAdmission({ eventId, listId, attendee: an, code: null, shown: "already_in" }, db);
    await annulAdmission(row, "Quét nhầm", db);
    const ops = await db.outbox.orderBy("createdAt").toArray();
    expect(ops.map((o) => o.kind).sort()).toEqual([
      "checkin.annul",
      "checkin.scan",
      "checkin.scan",
    ]);
    expect(ops.find((o) => o.kind === "checkin.annul")?.payload).toEqual({
      scanId: row.id,
      reason: "Quét nhầm",
    });
    const manual = ops.find((o) => (o.payload as { method?: string }).method === "manual");
    expect(manual?.payload).toMatchObject({ attendeeId: an.id, shown: "already_in" });
    const recent = await recentAdmissions(eventId, listId, 20, db);
    expect(recent).toHaveLength(2);
    expect(recent.find((r) => r.id === row.id)).toMatchObject({
      annulled: true,
      annulReason: "Quét nhầm",
    });
  });

  it("writes nothing when the op cannot be queued", async () => {
    await db.open();
    db.outbox.hook("creating", () => {
      throw new Error("quota");
    });
    await expect(
      recordAdmission({ eventId, listId, attendee: an, code: "X", shown: "admitted" }, db),
    ).rejects.toThrow();
    expect(await db.checkins.count()).toBe(0);
  });

  it("knows synced check-ins and its own, duplicates left out, annulments kept", () => {
    const synced: DoorCheckin[] = [
      {
        id: "s1",
        listId,
        attendeeId: "a1",
        at: "2026-12-01T01:12:00Z",
        deviceId: "d2",
        status: "accepted",
      },
      {
        id: "s2",
        listId,
        attendeeId: "a1",
        at: "2026-12-01T01:14:00Z",
        deviceId: "d3",
        status: "duplicate",
      },
      {
        id: "s3",
        listId,
        attendeeId: "a2",
        at: "2026-12-01T01:15:00Z",
        deviceId: "d2",
        status: "annulled",
      },
    ];
    const own = [
      {
        id: "o1",
        eventId,
        listId,
        attendeeId: "a3",
        at: "2026-12-01T01:20:00Z",
        method: "scan" as const,
        name: "",
        unit: "",
        annulled: true,
        annulReason: "x",
      },
    ];
    expect(knownCheckins(synced, own, "this")).toEqual([
      { attendeeId: "a1", listId, at: "2026-12-01T01:12:00Z", deviceId: "d2", annulled: false },
      { attendeeId: "a2", listId, at: "2026-12-01T01:15:00Z", deviceId: "d2", annulled: true },
      { attendeeId: "a3", listId, at: "2026-12-01T01:20:00Z", deviceId: "this", annulled: true },
    ]);
  });

  it("refreshes the door pack with since= and merges the newer scans", async () => {
    const base: DoorPack = {
      event: { id: eventId, slug: "demo", title: "Hội nghị" },
      keys: [],
      revoked: [],
      attendees: [],
      serverTime: "2026-12-01T00:00:00Z",
      lists: [],
      sessions: [],
      checkins: [
        { id: "s1", listId, attendeeId: "a1", at: "x", deviceId: "d", status: "accepted" },
      ],
      checkinVersion: 7,
    };
    const fetch = vi.fn(async (_url: string) => jsonResponse(base));
    vi.stubGlobal("fetch", fetch);
    await refreshDoorPack("demo", eventId, db);
    expect(fetch.mock.calls[0]![0]).toBe("/api/events/demo/door-pack");
    fetch.mockImplementation(async () =>
      jsonResponse({
        ...base,
        checkins: [
          { id: "s1", listId, attendeeId: "a1", at: "x", deviceId: "d", status: "annulled" },
          { id: "s2", listId, attendeeId: "a2", at: "y", deviceId: "d", status: "accepted" },
        ],
        checkinVersion: 9,
      }),
    );
    const pack = await refreshDoorPack("demo", eventId, db);
    expect(fetch.mock.calls[1]![0]).toBe("/api/events/demo/door-pack?since=7");
    expect(pack.checkins?.map((c) => [c.id, c.status])).toEqual([
      ["s1", "annulled"],
      ["s2", "accepted"],
    ]);
    expect(pack.checkinVersion).toBe(9);
  });
});
