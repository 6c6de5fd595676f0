import type { DoorPack } from "../../../shared/api.ts";
import type { CheckinList } from "../../../shared/checkin.ts";
import { type AppDb, db as appDb } from "../../db/db.ts";
import { apiFetch } from "../../sync/api.ts";

const key = (slug: string) => `checkin-lists:${slug}`;

/**
 * The check-in list of a session with its code secret: fetched when online and kept in
 * the staff data (wiped at sign-out), so that the code screen opens with no network.
 * Falls back to a door pack's lists. Null when the session has no list.
 */
export async function sessionList(
  slug: string,
  sessionId: string,
  db: AppDb = appDb,
): Promise<CheckinList | null> {
  try {
    const response = await apiFetch(`/api/events/${encodeURIComponent(slug)}/checkin/lists`);
    const lists = (await response.json()) as CheckinList[];
    await db.staffData.put({
      key: key(slug),
      eventId: slug,
      value: lists,
      savedAt: new Date().toISOString(),
    });
  } catch {
    // Offline or refused: what the device holds still works.
  }
  const stored = (await db.staffData.get(key(slug)))?.value as CheckinList[] | undefined;
  const packs = await db.staffData.filter((r) => r.key.startsWith("door-pack:")).toArray();
  const fromPack = packs.map((r) => r.value as DoorPack).find((p) => p.event.slug === slug)?.lists;
  return [...(stored ?? []), ...(fromPack ?? [])].find((l) => l.sessionId === sessionId) ?? null;
}
