import type { DoorPack } from "../../../shared/api.ts";
import { type AppDb, db as appDb } from "../../db/db.ts";
import { apiFetch } from "../../sync/api.ts";

/** Cache Storage names of staff-only responses: removed with the rest at sign-out. */
export const STAFF_CACHE_PREFIX = "staff-";
/** localStorage keys of staff-only state. */
const STAFF_STORAGE_PREFIX = "th.staff.";
/** Set when a sign-out could not reach the server; the next start finishes it. */
export const PENDING_LOGOUT_KEY = "th.pendingStaffLogout";

/**
 * Removes every piece of staff data from this device: the Dexie staff table (door packs,
 * roster copies), staff caches and staff keys in localStorage. Works offline: nothing
 * here needs the server.
 */
export async function wipeStaffData(db: AppDb = appDb): Promise<void> {
  await db.staffData.clear();
  if (typeof caches !== "undefined") {
    for (const name of await caches.keys()) {
      if (name.startsWith(STAFF_CACHE_PREFIX)) await caches.delete(name);
    }
  }
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(STAFF_STORAGE_PREFIX)) localStorage.removeItem(key);
  }
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
