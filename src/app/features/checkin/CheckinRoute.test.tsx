import { cleanup, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db/db.ts";
import { applyPack } from "../../sync/applyPack.ts";
import { testPack } from "../../testing/packFixtures.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import CheckinRoute from "./CheckinRoute.tsx";
import { checkinMessages } from "./messages.ts";

const m = checkinMessages.vi;

describe("CheckinRoute", () => {
  beforeEach(async () => {
    // No server: the screen works from the device.
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

  it("says that nothing is checked in on this device yet, then lists the check-ins made", async () => {
    renderInApp(() => <CheckinRoute />, "/e/demo/checkin", "/e/:slug/checkin");
    await screen.findByText(m.noneMine);
    await db.checkins.add({
      id: "c1",
      eventId: "e1",
      listId: "l1",
      attendeeId: "a1",
      at: "2015-06-26T01:00:00.000Z",
      method: "self",
      name: "Chuyên đề 1",
      unit: "",
      annulled: false,
      annulReason: null,
    });
    await screen.findByText("Chuyên đề 1");
    await waitFor(() => expect(screen.queryByText(m.noneMine)).toBeNull());
  });
});
