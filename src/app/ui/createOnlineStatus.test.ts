import { createRoot } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NetworkError } from "../sync/api.ts";
import { recordPull, resetSyncStatus } from "../sync/syncStatus.ts";
import { createOnlineStatus } from "./createOnlineStatus.ts";

describe("createOnlineStatus", () => {
  afterEach(() => {
    resetSyncStatus();
    vi.restoreAllMocks();
  });

  it("says offline while the server cannot be reached, though the phone has a network", () => {
    createRoot((dispose) => {
      const online = createOnlineStatus();
      expect(online()).toBe(true);
      recordPull("demo", new NetworkError("Failed to fetch"));
      expect(online()).toBe(false);
      recordPull("demo");
      expect(online()).toBe(true);
      dispose();
    });
  });

  it("follows the phone's own network", () => {
    createRoot((dispose) => {
      const online = createOnlineStatus();
      const onLine = vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
      window.dispatchEvent(new Event("offline"));
      expect(online()).toBe(false);
      onLine.mockReturnValue(true);
      window.dispatchEvent(new Event("online"));
      expect(online()).toBe(true);
      dispose();
    });
  });
});
