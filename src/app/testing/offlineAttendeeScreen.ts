import { cleanup } from "@solidjs/testing-library";
import { afterEach, beforeEach, vi } from "vitest";
import { db } from "../db/db.ts";
import { applyPack } from "../sync/applyPack.ts";
import { testPack } from "./packFixtures.ts";

/**
 * Called inside a `describe` of attendee-screen tests that work from the device alone:
 * before each test, no server (every fetch fails as offline) and the event's pack on the
 * device, signed in as attendee a1; after it, nothing rendered, the real fetch and an
 * empty database.
 */
export function setUpOfflineAttendeeScreen(): void {
  beforeEach(async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    await applyPack(
      db,
      testPack({ attendee: { id: "a1", name: "Đại biểu", unit: "Sở", position: "" } }),
    );
  });
  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    await db.delete();
    await db.open();
  });
}

/**
 * What the self check-in screen records offline: attendee a1's check-in to list l1 (the
 * session list of session s1), named `name`.
 */
export const checkInOnThisPhone = (name = "Phiên 1") =>
  db.checkins.add({
    id: "c1",
    eventId: "e1",
    listId: "l1",
    attendeeId: "a1",
    at: "2015-06-26T01:00:00.000Z",
    method: "self",
    name,
    unit: "",
    annulled: false,
    annulReason: null,
  });
