import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OUTBOX_SYNC_TAG } from "../../shared/backgroundSync.ts";
import { AppDb } from "../db/db.ts";
import { enqueue } from "./enqueue.ts";
import { SYNC_TAG } from "./registerOutboxSync.ts";

const EVENT = "0190a000-0000-7000-8000-000000000001";

describe("a record queued offline asks for a Background Sync", () => {
  let db: AppDb;
  const register = vi.fn(async (_tag: string) => {});
  const setOnline = (onLine: boolean) =>
    Object.defineProperty(navigator, "onLine", { configurable: true, get: () => onLine });

  beforeEach(() => {
    db = new AppDb(`register-${Math.random()}`);
    register.mockClear();
    Object.defineProperty(navigator, "serviceWorker", {
      configurable: true,
      value: { getRegistration: async () => ({ sync: { register } }) },
    });
  });
  afterEach(async () => {
    Reflect.deleteProperty(navigator, "serviceWorker");
    Reflect.deleteProperty(navigator, "onLine");
    await db.delete();
  });

  const write = (fail = false) =>
    db.transaction("rw", db.outbox, async (tx) => {
      await enqueue(tx, { kind: "test.note", eventId: EVENT, payload: {} });
      if (fail) throw new Error("the feature's own write failed");
    });

  it("uses the tag the service worker listens for", () => {
    expect(SYNC_TAG).toBe(OUTBOX_SYNC_TAG);
  });

  it("registers once the write committed, offline only", async () => {
    setOnline(false);
    await write();
    await vi.waitFor(() => expect(register).toHaveBeenCalledWith(OUTBOX_SYNC_TAG));
    register.mockClear();
    setOnline(true);
    await write();
    // Online the engine's debounced push goes first; nothing to wait for here.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(register).not.toHaveBeenCalled();
  });

  it("does not register for a write that was rolled back", async () => {
    setOnline(false);
    await expect(write(true)).rejects.toThrow("own write failed");
    expect(await db.outbox.count()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(register).not.toHaveBeenCalled();
  });
});
