import type { DoorPack, Me } from "../../../shared/api.ts";
import { STAFF_ASSETS_CACHE } from "../../../shared/staffAssets.ts";
import { type AppDb, db as appDb } from "../../db/db.ts";
import { apiFetch } from "../../sync/api.ts";

export type StaffUser = Extract<Me, { kind: "staff" }>["user"];

/** localStorage keys of staff-only state. */
const STAFF_STORAGE_PREFIX = "th.staff.";
/** Whose staff data this device holds (and who to show when the server is out of reach). */
const OWNER_KEY = `${STAFF_STORAGE_PREFIX}user`;
/** Set when a sign-out could not reach the server; the next start finishes it. */
export const PENDING_LOGOUT_KEY = "th.pendingStaffLogout";

/**
 * Removes every piece of staff data from this device: the Dexie staff table (door packs,
 * roster copies), door scans, the staff screens' cache and staff keys in localStorage (the owner's
 * too). Works offline: nothing here needs the server.
 */
export async function wipeStaffData(db: AppDb = appDb): Promise<void> {
  await db.staffData.clear();
  // Issue 10: door scans carry names; an attendee's own self check-ins stay.
  await db.checkins.filter((c) => c.method !== "self").delete();
  if (typeof caches !== "undefined") await caches.delete(STAFF_ASSETS_CACHE);
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(STAFF_STORAGE_PREFIX)) localStorage.removeItem(key);
  }
}

/** The staff member whose data this device holds, as last confirmed by the server. */
export function staffDataOwner(): StaffUser | null {
  const saved = localStorage.getItem(OWNER_KEY);
  if (!saved) return null;
  try {
    return JSON.parse(saved) as StaffUser;
  } catch {
    return null;
  }
}

/**
 * Makes `user` the owner of this device's staff data. Another user's data (or data of no
 * known owner) is wiped first: a door phone handed over never shows the last user's packs.
 */
export async function claimStaffData(user: StaffUser, db: AppDb = appDb): Promise<void> {
  const owner = staffDataOwner();
  const foreign = owner ? owner.id !== user.id : (await db.staffData.count()) > 0;
  if (foreign) await wipeStaffData(db);
  localStorage.setItem(OWNER_KEY, JSON.stringify(user));
}

/** The device is not signed in as staff (any more): whatever staff data it holds goes. */
export async function releaseStaffData(db: AppDb = appDb): Promise<void> {
  if (staffDataOwner() || (await db.staffData.count()) > 0) await wipeStaffData(db);
}

/** Downloads an event's door pack (keys, revocations, names) for offline ticket checks. */
export async function saveDoorPack(slug: string, db: AppDb = appDb): Promise<DoorPack> {
  const response = await apiFetch(`/api/events/${encodeURIComponent(slug)}/door-pack`);
  const pack = (await response.json()) as DoorPack;
  await db.staffData.put({
    key: `door-pack:${pack.event.id}`,
    eventId: pack.event.id,
    value: pack,
    savedAt: new Date().toISOString(),
  });
  return pack;
}

/** The door pack stored for an event, if any. */
export async function getDoorPack(eventId: string, db: AppDb = appDb) {
  const record = await db.staffData.get(`door-pack:${eventId}`);
  return record ? { pack: record.value as DoorPack, savedAt: record.savedAt } : null;
}
