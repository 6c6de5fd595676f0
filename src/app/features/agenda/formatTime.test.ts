import { describe, expect, it } from "vitest";
import { formatStamp } from "./formatTime.ts";

describe("formatStamp", () => {
  it("tells the time in the event's zone, not the phone's", () => {
    // 20:30 UTC on 25 June: already the 26th in Vietnam, still the 25th in New York.
    const iso = "2015-06-25T20:30:00.000Z";
    expect(formatStamp(iso, "Asia/Ho_Chi_Minh", "en-GB")).toBe("26/06/2015, 03:30");
    expect(formatStamp(iso, "America/New_York", "en-GB")).toBe("25/06/2015, 16:30");
  });
});
