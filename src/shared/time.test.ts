import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zonedTime, zoneOffsetMs } from "./time.ts";

describe("event time zone", () => {
  it("turns a wall-clock time in Vietnam into the right instant", () => {
    expect(zonedTime("2015-06-26", "07:30", "Asia/Ho_Chi_Minh").toISOString()).toBe(
      "2015-06-26T00:30:00.000Z",
    );
    expect(zonedTime("2013-06-04", "00:15", "Asia/Ho_Chi_Minh").toISOString()).toBe(
      "2013-06-03T17:15:00.000Z",
    );
  });

  it("handles zones with daylight saving", () => {
    expect(zonedTime("2024-07-01", "09:00", "Europe/Paris").toISOString()).toBe(
      "2024-07-01T07:00:00.000Z",
    );
    expect(zonedTime("2024-01-15", "09:00", "Europe/Paris").toISOString()).toBe(
      "2024-01-15T08:00:00.000Z",
    );
  });

  it("round-trips: the instant shows the same wall clock in its zone", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2040-01-01"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (day, h, m) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
          const instant = zonedTime(date, time, "Asia/Ho_Chi_Minh");
          expect(zoneOffsetMs(instant, "Asia/Ho_Chi_Minh")).toBe(7 * 3600_000);
          const wall = new Date(instant.getTime() + 7 * 3600_000).toISOString();
          expect(wall.slice(0, 16)).toBe(`${date}T${time}`);
        },
      ),
    );
  });
});
