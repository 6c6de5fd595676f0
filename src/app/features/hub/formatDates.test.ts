import { describe, expect, it } from "vitest";
import { formatDayRange, formatIsoDay } from "./formatDates.ts";

describe("event dates as the glossary writes them", () => {
  it("writes a day as dd/mm/yyyy and a range with both days", () => {
    expect(formatIsoDay("2015-06-26")).toBe("26/06/2015");
    expect(formatDayRange("2015-06-26", "2015-06-26")).toBe("26/06/2015");
    expect(formatDayRange("2017-11-02", "2017-11-03")).toBe("02/11/2017 – 03/11/2017");
  });
});
