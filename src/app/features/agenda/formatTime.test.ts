import { describe, expect, it } from "vitest";
import { formatClock, formatDate, formatDay, formatStamp } from "./formatTime.ts";

// 20:30 UTC on 25 June: already the 26th in Vietnam, still the 25th in New York.
const iso = "2015-06-25T20:30:00.000Z";

describe("formatStamp", () => {
  it("writes the glossary's pattern: 24-hour clock, then the date with a four-digit year", () => {
    expect(formatStamp(iso, "Asia/Ho_Chi_Minh", "vi-VN")).toBe("03:30 ngày 26/06/2015");
    expect(formatStamp(iso, "Asia/Ho_Chi_Minh", "en-GB")).toBe("03:30, 26/06/2015");
  });

  it("tells the time in the event's zone, not the phone's", () => {
    expect(formatStamp(iso, "America/New_York", "vi-VN")).toBe("16:30 ngày 25/06/2015");
  });

  it("never writes seconds nor a 12-hour clock, even in American English", () => {
    expect(formatStamp("2015-06-26T07:05:09.000Z", "Asia/Ho_Chi_Minh", "en-US")).toBe(
      "14:05, 26/06/2015",
    );
  });
});

describe("formatDay", () => {
  it("names the weekday, capitalised as offices write it, and the day as dd/mm/yyyy", () => {
    expect(formatDay(iso, "Asia/Ho_Chi_Minh", "vi-VN")).toBe("Thứ Sáu, ngày 26/06/2015");
    expect(formatDay(iso, "Asia/Ho_Chi_Minh", "en-GB")).toBe("Friday, 26/06/2015");
    expect(formatDay(iso, "America/New_York", "vi-VN")).toBe("Thứ Năm, ngày 25/06/2015");
  });
});

describe("formatDate and formatClock", () => {
  it("pad day, month and hour to two digits, and keep four-digit years", () => {
    const early = "2026-01-04T01:05:00.000Z";
    expect(formatDate(early, "Asia/Ho_Chi_Minh", "vi-VN")).toBe("04/01/2026");
    expect(formatClock(early, "Asia/Ho_Chi_Minh", "vi-VN")).toBe("08:05");
  });
});
