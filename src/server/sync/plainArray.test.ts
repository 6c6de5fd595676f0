import { describe, expect, it } from "vitest";
import { plainArray } from "./plainArray.ts";

describe("plainArray", () => {
  it("joins UUIDs, times and integers into an array literal", () => {
    expect(
      plainArray(["0193a1b2-0000-7000-8000-000000000001", "2026-12-01T10:00:00.000Z", -5]),
    ).toBe("{0193a1b2-0000-7000-8000-000000000001,2026-12-01T10:00:00.000Z,-5}");
    expect(plainArray([])).toBe("{}");
  });

  it("refuses an element that would need quoting", () => {
    for (const bad of ['a"b', "a\\b", "a b", "{a}", "a\nb"]) {
      expect(() => plainArray(["ok", bad])).toThrow(/needs quoting/);
    }
  });
});
