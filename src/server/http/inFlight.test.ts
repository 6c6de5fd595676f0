import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { countServed, othersServed } from "./inFlight.ts";

describe("countServed", () => {
  it("tells a request whether another one is being served, and forgets answered ones", async () => {
    let releaseSlow!: () => void;
    const slowHeld = new Promise<void>((resolve) => {
      releaseSlow = resolve;
    });
    let slowStarted!: () => void;
    const slowRunning = new Promise<void>((resolve) => {
      slowStarted = resolve;
    });
    const app = new Hono()
      .use(countServed)
      .get("/slow", async (c) => {
        slowStarted();
        await slowHeld;
        return c.json({ others: othersServed() });
      })
      .get("/quick", (c) => c.json({ others: othersServed() }));
    const ask = async (path: string) =>
      ((await (await app.request(path)).json()) as { others: boolean }).others;

    expect(await ask("/quick")).toBe(false);
    const slow = ask("/slow");
    await slowRunning;
    expect(await ask("/quick")).toBe(true);
    releaseSlow();
    expect(await slow).toBe(false);
    expect(await ask("/quick")).toBe(false);
  });

  it("stops counting a request that failed", async () => {
    const app = new Hono()
      .use(countServed)
      .get("/fail", () => {
        throw new Error("boom");
      })
      .get("/quick", (c) => c.json({ others: othersServed() }));
    expect((await app.request("/fail")).status).toBe(500);
    expect(await (await app.request("/quick")).json()).toEqual({ others: false });
  });
});
