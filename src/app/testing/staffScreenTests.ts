import { cleanup } from "@solidjs/testing-library";
import { afterEach, beforeAll, vi } from "vitest";
import { loadStaffDictionary } from "../i18n/i18n.tsx";

/**
 * Called inside a `describe` of staff-screen tests: the screens speak Vietnamese with the
 * staff strings loaded, and each test starts with nothing rendered and the real fetch.
 */
export function setUpStaffScreenTests(): void {
  beforeAll(async () => {
    localStorage.setItem("th.locale", "vi");
    await loadStaffDictionary();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
}
