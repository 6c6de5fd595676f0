import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromLocalParts, toLocalParts } from "./localTime.ts";

describe("session times in the event's zone", () => {
  it("reads and writes Vietnam's wall clock whatever the machine's zone", () => {
    expect(toLocalParts("2015-06-26T01:00:00.000Z", "Asia/Ho_Chi_Minh")).toEqual({
      date: "2015-06-26",
      time: "08:00",
    });
    expect(fromLocalParts("2015-06-27", "07:30", "Asia/Ho_Chi_Minh")).toBe(
      "2015-06-27T00:30:00.000Z",
    );
    expect(toLocalParts("2015-06-26T18:30:00.000Z", "Asia/Ho_Chi_Minh").date).toBe("2015-06-27");
  });

  it("round-trips any minute", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 365 * 24 * 60 }), (minutes) => {
        const iso = new Date(Date.UTC(2015, 0, 1) + minutes * 60_000).toISOString();
        const { date, time } = toLocalParts(iso, "Asia/Ho_Chi_Minh");
        expect(fromLocalParts(date, time, "Asia/Ho_Chi_Minh")).toBe(iso);
      }),
    );
  });
});
