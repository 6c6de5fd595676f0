import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError, NetworkError } from "./api.ts";
import { makePackSync } from "./makePackSync.ts";
import { lastPullError, pullFailure, resetSyncStatus, serverReachable } from "./syncStatus.ts";

describe("makePackSync", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetSyncStatus();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const settle = () => vi.advanceTimersByTimeAsync(0);

  it("pulls at once, on a timer, when back online and when visible again", async () => {
    const pull = vi.fn(async () => {});
    const stop = makePackSync("demo", { pull, intervalMs: 1000 });
    await settle();
    expect(pull).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(pull).toHaveBeenCalledTimes(2);
    window.dispatchEvent(new Event("online"));
    await settle();
    expect(pull).toHaveBeenCalledTimes(3);
    document.dispatchEvent(new Event("visibilitychange"));
    await settle();
    expect(pull).toHaveBeenCalledTimes(4);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    window.dispatchEvent(new Event("online"));
    await settle();
    expect(pull).toHaveBeenCalledTimes(4);
  });

  it("never runs two pulls at once, and keeps going after a failure", async () => {
    let finish: () => void = () => {};
    const pull = vi
      .fn<() => Promise<void>>()
      .mockImplementationOnce(() => new Promise<void>((r) => (finish = r)))
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValue(undefined);
    const stop = makePackSync("demo", { pull, intervalMs: 1000 });
    await settle();
    window.dispatchEvent(new Event("online"));
    await vi.advanceTimersByTimeAsync(1000);
    expect(pull).toHaveBeenCalledTimes(1);
    finish();
    await settle();
    await vi.advanceTimersByTimeAsync(1000);
    expect(pull).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(pull).toHaveBeenCalledTimes(3);
    stop();
  });

  it("records each outcome: no route to the server, a refusal to tell, then a success", async () => {
    resetSyncStatus();
    const pull = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new NetworkError("Failed to fetch"))
      .mockRejectedValueOnce(new ApiRequestError(401, "unauthenticated", "sign in first"))
      .mockResolvedValue(undefined);
    const stop = makePackSync("demo", { pull, intervalMs: 1000 });
    await settle();
    expect(serverReachable()).toBe(false);
    // Being offline is the badge's to tell, not a failure to report on the agenda.
    expect(pullFailure("demo")).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1000);
    expect(serverReachable()).toBe(true);
    expect(pullFailure("demo")).toMatchObject({ status: 401, code: "unauthenticated" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(lastPullError("demo")).toBeNull();
    expect(pullFailure("demo")).toBeUndefined();
    stop();
  });

  it("moving to another screen of the event is no trigger: no pull again within an interval", async () => {
    const pull = vi.fn(async () => {});
    const stopAgenda = makePackSync("demo", { pull, intervalMs: 1000 });
    await settle();
    stopAgenda();
    // The attendee opens the materials screen right after: the pack is fresh, nothing is pulled.
    const stopMaterials = makePackSync("demo", { pull, intervalMs: 1000 });
    await settle();
    expect(pull).toHaveBeenCalledTimes(1);
    // Another event has its own record.
    const stopOther = makePackSync("other", { pull, intervalMs: 1000 });
    await settle();
    expect(pull).toHaveBeenCalledTimes(2);
    stopOther();
    // The interval still pulls, and a screen opened a whole interval later pulls at once.
    await vi.advanceTimersByTimeAsync(1000);
    expect(pull).toHaveBeenCalledTimes(3);
    stopMaterials();
    await vi.advanceTimersByTimeAsync(1000);
    const stopSearch = makePackSync("demo", { pull, intervalMs: 1000 });
    await settle();
    expect(pull).toHaveBeenCalledTimes(4);
    stopSearch();
  });

  it("a failed pull does not hold back the next screen's pull", async () => {
    const pull = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new NetworkError("Failed to fetch"))
      .mockResolvedValue(undefined);
    makePackSync("demo", { pull, intervalMs: 1000 })();
    await settle();
    const stop = makePackSync("demo", { pull, intervalMs: 1000 });
    await settle();
    expect(pull).toHaveBeenCalledTimes(2);
    stop();
  });

  it("does not try while the device is offline", async () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    const pull = vi.fn(async () => {});
    const stop = makePackSync("demo", { pull, intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(pull).not.toHaveBeenCalled();
    stop();
  });
});
