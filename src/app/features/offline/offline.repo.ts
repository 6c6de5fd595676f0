import type { PackEvent, PackMaterial } from "../../../shared/pack.ts";
import { type AppDb, db as appDb } from "../../db/db.ts";

export interface OfflineScreenData {
  event: PackEvent;
  /** Every material of the event on the device, by title. */
  materials: PackMaterial[];
}

/** The event and its materials as stored on the device; null when absent. */
export async function getOfflineData(
  slug: string,
  db: AppDb = appDb,
): Promise<OfflineScreenData | null> {
  const event = await db.events.where("slug").equals(slug).first();
  if (!event) return null;
  const materials = await db.materials.where("eventId").equals(event.id).toArray();
  materials.sort((a, b) => a.title.localeCompare(b.title, "vi"));
  return { event, materials };
}

/** Every file URL that a material on the device still uses (all events). */
export async function filesInUse(db: AppDb = appDb): Promise<Set<string>> {
  const materials = await db.materials.toArray();
  return new Set(materials.flatMap((m) => (m.file ? [m.file.url] : [])));
}
