import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AttendeeTicket } from "../../shared/api.ts";
import { AppDb } from "../db/db.ts";
import { apiErrorResponse, jsonResponse } from "../testing/jsonResponse.ts";
import { testEvent, testPack } from "../testing/packFixtures.ts";
import { syncEvent } from "./syncEvent.ts";

const event = testEvent({ id: "e1", slug: "demo" });
const attendee = { id: "a1", name: "Hoàng Xuân Giang", unit: "UBND", position: "" };
const ticket = (code: string): AttendeeTicket => ({
  eventId: "e1",
  attendeeId: "a1",
  name: attendee.name,
  unit: attendee.unit,
  position: "",
  code,
  issuedAt: 1,
  keyId: 1,
});

/** The server: a pack (for an attendee or not) and the ticket endpoint's next answer. */
function server(options: { attendee: boolean; ticket: () => Response }) {
  const fetch = vi.fn(async (url: string) => {
    if (url.includes("/pack")) {
      return jsonResponse(testPack({ event, attendee: options.attendee ? attendee : null }));
    }
    if (url.endsWith("/api/events/demo/ticket")) return options.ticket();
    throw new Error(`unexpected ${url}`);
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("syncEvent", () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`sync-${Math.random()}`);
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await db.delete();
  });

  it("brings a reissued ticket to the attendee's device, and takes a revoked one away", async () => {
    await db.events.put(event);
    await db.tickets.put({ ...ticket("OLD"), savedAt: "x" });
    const answers = { attendee: true, ticket: () => jsonResponse(ticket("REISSUED")) };
    server(answers);
    await syncEvent(db, "demo");
    expect((await db.tickets.get("e1"))?.code).toBe("REISSUED");

    answers.ticket = () => apiErrorResponse(404, "no_ticket", "your ticket was revoked");
    server(answers);
    await syncEvent(db, "demo");
    expect(await db.tickets.get("e1")).toBeUndefined();
  });

  it("keeps the stored ticket when only the ticket could not be fetched", async () => {
    await db.events.put(event);
    await db.tickets.put({ ...ticket("KEPT"), savedAt: "x" });
    server({
      attendee: true,
      ticket: () => apiErrorResponse(500, "internal", ""),
    });
    await syncEvent(db, "demo");
    expect((await db.tickets.get("e1"))?.code).toBe("KEPT");
    expect((await db.packs.get("e1"))?.version).toBe(1);
  });

  it("asks for no ticket on a device not signed in as an attendee (staff)", async () => {
    const fetch = server({ attendee: false, ticket: () => jsonResponse(ticket("X")) });
    await syncEvent(db, "demo");
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(["/api/events/demo/pack?since=0"]);
  });
});
