import { screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import {
  checkInOnThisPhone,
  setUpOfflineAttendeeScreen,
} from "../../testing/offlineAttendeeScreen.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import CheckinRoute from "./CheckinRoute.tsx";
import { checkinMessages } from "./messages.ts";

const m = checkinMessages.vi;

describe("CheckinRoute", () => {
  setUpOfflineAttendeeScreen();

  it("says that nothing is checked in on this device yet, then lists the check-ins made", async () => {
    renderInApp(() => <CheckinRoute />, "/e/demo/checkin", "/e/:slug/checkin");
    await screen.findByText(m.noneMine);
    await checkInOnThisPhone("Chuyên đề 1");
    await screen.findByText("Chuyên đề 1");
    await waitFor(() => expect(screen.queryByText(m.noneMine)).toBeNull());
  });
});
