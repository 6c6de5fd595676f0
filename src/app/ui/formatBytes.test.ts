import { describe, expect, it } from "vitest";
import { formatBytes } from "./formatBytes.ts";

describe("formatBytes", () => {
  it.each([
    [512, "en-GB", "512 byte"],
    [2_300_000, "en-GB", "2.3 MB"],
    [2_300_000, "vi-VN", "2,3 MB"],
    [52_428_800, "en-GB", "52 MB"],
    [1_500, "en-GB", "1.5 kB"],
  ])("%d bytes in %s → %s", (bytes, locale, expected) => {
    expect(formatBytes(bytes, locale)).toBe(expected);
  });
});
