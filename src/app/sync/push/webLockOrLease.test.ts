import { afterEach, describe, expect, it } from "vitest";
import { webLockOrLease } from "./webLockOrLease.ts";

describe("webLockOrLease without Web Locks (the localStorage lease)", () => {
  afterEach(() => localStorage.clear());
  const KEY = "th-outbox-lease:push";

  it("skips while another tab's lease is valid, runs once it expired, and gives it back", async () => {
    expect(navigator.locks ?? null).toBeNull();
    const ran: number[] = [];
    localStorage.setItem(KEY, `other-tab ${Date.now() + 30_000}`);
    expect(await webLockOrLease("push", async () => void ran.push(1))).toBe(false);
    // The other tab was closed mid-push: its lease runs out, it blocks no longer.
    localStorage.setItem(KEY, `other-tab ${Date.now() - 1}`);
    let holding = "";
    expect(
      await webLockOrLease("push", async () => {
        holding = localStorage.getItem(KEY) ?? "";
        ran.push(2);
      }),
    ).toBe(true);
    expect(holding).not.toMatch(/^other-tab /);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(ran).toEqual([2]);
  });
});
