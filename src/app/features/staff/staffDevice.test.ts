import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FILE_CACHE } from "../../../shared/files.ts";
import { STAFF_ASSETS_CACHE } from "../../../shared/staffAssets.ts";
import { db } from "../../db/db.ts";
import { jsonResponse } from "../../testing/jsonResponse.ts";
import { getStaffSession, login, logout, type StaffUser } from "./staff.repo.ts";
import { PENDING_LOGOUT_KEY, staffDataOwner, wipeStaffData } from "./staffDevice.repo.ts";

const lan: StaffUser = { id: "u-lan", username: "lan", role: "organiser" };
const minh: StaffUser = { id: "u-minh", username: "minh", role: "organiser" };

/** Cache Storage with the given caches, recording which ones are deleted. */
function fakeCaches(names: string[]) {
  const held = new Set(names);
  vi.stubGlobal("caches", {
    keys: async () => [...held],
    delete: async (name: string) => held.delete(name),
  });
  return held;
}

/** A server that answers GET /api/me (and anything else) with `me`, or a 401. */
function serverSays(me: unknown, status = 200) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (path: string) =>
      path === "/api/me"
        ? jsonResponse(
            status === 200 ? me : { error: { code: "unauthenticated", message: "no" } },
            status,
          )
        : jsonResponse({ ok: true }),
    ),
  );
}

const offline = () =>
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    }),
  );

/** The device as a door phone leaves it: a door pack and staff keys, owned by `owner`. */
async function holdStaffData(owner: StaffUser | null) {
  await db.staffData.put({
    key: "door-pack:e1",
    eventId: "e1",
    value: { secret: 1 },
    savedAt: "now",
  });
  localStorage.setItem("th.staff.lastEvent", "demo");
  if (owner) localStorage.setItem("th.staff.user", JSON.stringify(owner));
}

describe("staff data on the device", () => {
  beforeEach(async () => {
    localStorage.clear();
    await db.staffData.clear();
    await holdStaffData(lan);
    localStorage.setItem("th.locale", "vi");
  });
  afterEach(() => vi.unstubAllGlobals());

  it("wipes the staff table, the staff screens' cache and staff keys, and nothing else", async () => {
    const held = fakeCaches([STAFF_ASSETS_CACHE, FILE_CACHE, "workbox-precache-v2"]);
    await wipeStaffData();
    expect(await db.staffData.count()).toBe(0);
    expect([...held].sort()).toEqual([FILE_CACHE, "workbox-precache-v2"].sort());
    expect(localStorage.getItem("th.staff.lastEvent")).toBeNull();
    expect(staffDataOwner()).toBeNull();
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

    // Restarted with still no network: signed out on this device, so no staff area.
    expect(await getStaffSession()).toBeNull();

    // Back online: the stale cookie is ended on the server before anything else.
    vi.stubGlobal(
      "fetch",
      vi.fn(async (path: string) => {
        calls.push(path);
        return path === "/api/auth/logout"
          ? jsonResponse({ ok: true })
          : jsonResponse({ kind: "staff", user: lan });
      }),
    );
    expect(await getStaffSession()).toBeNull();
    expect(localStorage.getItem(PENDING_LOGOUT_KEY)).toBeNull();
    expect(calls).toEqual(["/api/auth/logout", "/api/auth/logout", "/api/auth/logout"]);
  });

  it("signing out online ends the session at once", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => jsonResponse({ ok: true })),
    );
    await logout();
    expect(await db.staffData.count()).toBe(0);
    expect(localStorage.getItem(PENDING_LOGOUT_KEY)).toBeNull();
  });

  it("with no network, gives the owner of the data on the device, and keeps the data", async () => {
    offline();
    expect(await getStaffSession()).toEqual({ user: lan, offline: true });
    expect(await db.staffData.count()).toBe(1);

    localStorage.removeItem("th.staff.user");
    expect(await getStaffSession()).toEqual({ user: null, offline: true });
  });

  it("keeps the data while the server says its owner is signed in", async () => {
    serverSays({ kind: "staff", user: lan });
    expect(await getStaffSession()).toEqual({ user: lan, offline: false });
    expect(await db.staffData.count()).toBe(1);
    expect(staffDataOwner()).toEqual(lan);
  });

  it.each([
    ["the session has ended (401)", { kind: "none" }, 401],
    ["the browser is an attendee's", { kind: "attendee" }, 200],
  ])("wipes the data when %s", async (_, me, status) => {
    serverSays(me, status);
    expect(await getStaffSession()).toBeNull();
    expect(await db.staffData.count()).toBe(0);
    expect(staffDataOwner()).toBeNull();
    expect(localStorage.getItem("th.staff.lastEvent")).toBeNull();
  });

  it("wipes another user's data when someone else is signed in, and records the new owner", async () => {
    serverSays({ kind: "staff", user: minh });
    expect(await getStaffSession()).toEqual({ user: minh, offline: false });
    expect(await db.staffData.count()).toBe(0);
    expect(staffDataOwner()).toEqual(minh);
  });

  it("wipes another user's data at sign-in, and data of no known owner too", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => jsonResponse({ user: minh })),
    );
    await login("minh", "mat-khau-minh");
    expect(await db.staffData.count()).toBe(0);
    expect(staffDataOwner()).toEqual(minh);

    await holdStaffData(null);
    localStorage.removeItem("th.staff.user");
    await login("minh", "mat-khau-minh");
    expect(await db.staffData.count()).toBe(0);
  });

  it("keeps the data when its owner signs in again", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => jsonResponse({ user: lan })),
    );
    await login("lan", "mat-khau-lan");
    expect(await db.staffData.count()).toBe(1);
  });
});
