import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkForUpdates } from "./UpdatePrompt.tsx";

describe("checkForUpdates", () => {
  let visibility: DocumentVisibilityState;
  beforeEach(() => {
    vi.useFakeTimers();
    visibility = "visible";
    vi.spyOn(document, "visibilityState", "get").mockImplementation(() => visibility);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("asks for a new version when visible again, when back online and every half hour", async () => {
    const wb = { update: vi.fn(async () => {}) };
    const stop = checkForUpdates(wb);
    expect(wb.update).not.toHaveBeenCalled();

    visibility = "hidden";
    document.dispatchEvent(new Event("visibilitychange"));
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(wb.update).not.toHaveBeenCalled();

    visibility = "visible";
    document.dispatchEvent(new Event("visibilitychange"));
    expect(wb.update).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event("online"));
    expect(wb.update).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(wb.update).toHaveBeenCalledTimes(3);

    stop();
    window.dispatchEvent(new Event("online"));
    document.dispatchEvent(new Event("visibilitychange"));
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(wb.update).toHaveBeenCalledTimes(3);
  });

  it("shrugs off a check that fails for want of a network", async () => {
    const wb = { update: vi.fn(async () => Promise.reject(new TypeError("offline"))) };
    const stop = checkForUpdates(wb);
    window.dispatchEvent(new Event("online"));
    await vi.advanceTimersByTimeAsync(0);
    expect(wb.update).toHaveBeenCalledTimes(1);
    stop();
  });
});
