import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db/db.ts";
import { getStaffUser, logout } from "./staff.repo.ts";
import { PENDING_LOGOUT_KEY, wipeStaffData } from "./staffDevice.repo.ts";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("staff data on the device", () => {
  beforeEach(async () => {
    localStorage.clear();
    await db.staffData.clear();
    await db.staffData.put({
      key: "door-pack:e1",
      eventId: "e1",
      value: { secret: 1 },
      savedAt: "now",
    });
    localStorage.setItem("th.staff.lastEvent", "demo");
    localStorage.setItem("th.locale", "vi");
  });
  afterEach(() => vi.unstubAllGlobals());

  it("wipes the staff table and staff keys, and nothing else", async () => {
    await wipeStaffData();
    expect(await db.staffData.count()).toBe(0);
    expect(localStorage.getItem("th.staff.lastEvent")).toBeNull();
    expect(localStorage.getItem("th.locale")).toBe("vi");
  });

  it("signing out offline still wipes, and the next start finishes the sign-out", async () => {
    const calls: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (path: string) => {
        calls.push(path);
        throw new TypeError("Failed to fetch");
      }),
    );
    await logout();
    expect(await db.staffData.count()).toBe(0);
    expect(localStorage.getItem(PENDING_LOGOUT_KEY)).toBe("1");
    expect(calls).toEqual(["/api/auth/logout"]);

    // Back online: the stale cookie is ended on the server before anything else.
    vi.stubGlobal(
      "fetch",
      vi.fn(async (path: string) => {
        calls.push(path);
        return path === "/api/auth/logout" ? json({ ok: true }) : json({ kind: "staff", user: {} });
      }),
    );
    expect(await getStaffUser()).toBeNull();
    expect(localStorage.getItem(PENDING_LOGOUT_KEY)).toBeNull();
    expect(calls).toEqual(["/api/auth/logout", "/api/auth/logout"]);
  });

  it("signing out online ends the session at once", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => json({ ok: true })),
    );
    await logout();
    expect(await db.staffData.count()).toBe(0);
    expect(localStorage.getItem(PENDING_LOGOUT_KEY)).toBeNull();
  });
});
