import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppDb } from "../../db/db.ts";
import { apiErrorResponse, jsonResponse } from "../../testing/jsonResponse.ts";
import { testEvent, testTicket } from "../../testing/packFixtures.ts";
import { getTicket, refreshTicket } from "./ticket.repo.ts";

const event = testEvent({ id: "e1", slug: "demo" });
const ticket = testTicket();

describe("the attendee's ticket on the device", () => {
  let db: AppDb;
  beforeEach(async () => {
    db = new AppDb(`ticket-test-${Math.random()}`);
    await db.events.put(event);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the fetched ticket for offline use", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => jsonResponse(ticket)),
    );
    await refreshTicket("demo", db);
    expect(await getTicket("demo", db)).toMatchObject({ code: "ABC", name: "Hoàng Xuân Giang" });
  });

  it("keeps the stored ticket when the network is down", async () => {
    await db.tickets.put({ ...ticket, savedAt: "x" });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    await expect(refreshTicket("demo", db)).rejects.toThrow();
    expect((await getTicket("demo", db))?.code).toBe("ABC");
  });

  it("forgets a ticket the server says was revoked", async () => {
    await db.tickets.put({ ...ticket, savedAt: "x" });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => apiErrorResponse(404, "no_ticket", "revoked")),
    );
    expect(await refreshTicket("demo", db)).toBeNull();
    expect(await getTicket("demo", db)).toBeNull();
  });
});
