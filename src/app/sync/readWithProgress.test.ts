import { describe, expect, it, vi } from "vitest";
import { readWithProgress } from "./readWithProgress.ts";

const body = JSON.stringify({ sessions: Array.from({ length: 50 }, (_, i) => `phiên ${i}`) });
const response = () =>
  new Response(body, {
    headers: { "x-content-length": String(new TextEncoder().encode(body).length) },
  });

describe("readWithProgress", () => {
  it("reads a background pull whole, never chunk by chunk (Chromium logs that as aborted)", async () => {
    const answer = response();
    const getReader = vi.spyOn(answer.body as ReadableStream, "getReader");
    const clone = vi.spyOn(answer, "clone");
    expect(await readWithProgress(answer)).toBe(body);
    expect(getReader).not.toHaveBeenCalled();
    expect(clone).not.toHaveBeenCalled();
  });

  it("reports the fraction received when progress is asked for, ending at 1", async () => {
    const answer = response();
    const clone = vi.spyOn(answer, "clone");
    const fractions: number[] = [];
    expect(await readWithProgress(answer, (f) => fractions.push(f))).toBe(body);
    // The bytes are counted on a copy; the response itself is read whole.
    expect(clone).toHaveBeenCalledTimes(1);
    expect(answer.bodyUsed).toBe(true);
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it("reports 1 once read when the server did not send the size", async () => {
    const fractions: number[] = [];
    expect(await readWithProgress(new Response(body), (f) => fractions.push(f))).toBe(body);
    expect(fractions).toEqual([1]);
  });
});
