import { describe, expect, it } from "vitest";
import { BACKOFF_CAP_MS, backoffDelay } from "./backoffDelay.ts";
import { parseRetryAfter } from "./parseRetryAfter.ts";

describe("backoffDelay", () => {
  it("doubles its ceiling from 1 s up to 60 s, with the whole range open (full jitter)", () => {
    const almostOne = () => 0.999_999;
    const ceilings = [0, 1, 2, 3, 4, 5, 6, 7, 40].map((n) => backoffDelay(n, almostOne));
    expect(ceilings).toEqual([999, 1999, 3999, 7999, 15999, 31999, 59999, 59999, 59999]);
    expect(backoffDelay(5, () => 0)).toBe(0);
    expect(backoffDelay(5, () => 0.5)).toBe(16_000);
  });

  it("waits at least what Retry-After asks", () => {
    expect(backoffDelay(0, () => 0, 30_000)).toBe(30_000);
    expect(backoffDelay(10, () => 0.9, 1_000)).toBe(Math.floor(0.9 * BACKOFF_CAP_MS));
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it("reads seconds and HTTP dates; ignores what it cannot read", () => {
    expect(parseRetryAfter("12", now)).toBe(12_000);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:05 GMT", now)).toBe(5_000);
    expect(parseRetryAfter("Wed, 31 Dec 2025 00:00:05 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
