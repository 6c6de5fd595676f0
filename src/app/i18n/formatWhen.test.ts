import { describe, expect, it } from "vitest";
import { formatWhen } from "./formatWhen.ts";

describe("formatWhen", () => {
  it("writes a moment with a 24-hour clock, two-digit day and month and a four-digit year", () => {
    // Built from the device zone's own fields: the same text whatever zone the test runs in.
    const morning = new Date(2026, 11, 2, 8, 5).getTime();
    expect(formatWhen(morning, "vi")).toBe("08:05 ngày 02/12/2026");
    expect(formatWhen(morning, "en")).toBe("08:05, 02/12/2026");
    expect(formatWhen(new Date(2015, 5, 26, 16, 30).toISOString(), "vi")).toBe(
      "16:30 ngày 26/06/2015",
    );
  });
});
