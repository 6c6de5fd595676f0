import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError, NetworkError } from "./api.ts";
import { makePackSync } from "./makePackSync.ts";
import { lastPullError, pullFailure, resetSyncStatus, serverReachable } from "./syncStatus.ts";

describe("makePackSync", () => {
  beforeEach(() => {
    vi.useFakeTimers();
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

  it("does not try while the device is offline", async () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    const pull = vi.fn(async () => {});
    const stop = makePackSync("demo", { pull, intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(pull).not.toHaveBeenCalled();
    stop();
  });
});
