import type { PackEvent, PackMaterial, PackSession } from "../../../shared/pack.ts";
import { type AppDb, db as appDb } from "../../db/db.ts";

export interface MaterialScreenData {
  event: PackEvent;
  material: PackMaterial;
  /** Sessions that list this material, in time order. */
  sessions: PackSession[];
}

/** One material of an event as stored on the device; null when it is not (or no longer) there. */
export async function getMaterial(
  slug: string,
  materialId: string,
  db: AppDb = appDb,
): Promise<MaterialScreenData | null> {
  const event = await db.events.where("slug").equals(slug).first();
  const material = event && (await db.materials.get(materialId));
  if (!event || !material || material.eventId !== event.id) return null;
  const sessions = await db.sessions.where("eventId").equals(event.id).sortBy("startsAt");
  return { event, material, sessions: sessions.filter((s) => s.materialIds.includes(materialId)) };
}

/** Every material of the event on the device, by title. */
export async function listMaterials(slug: string, db: AppDb = appDb): Promise<PackMaterial[]> {
  const event = await db.events.where("slug").equals(slug).first();
  if (!event) return [];
  const materials = await db.materials.where("eventId").equals(event.id).toArray();
  return materials.sort((a, b) => a.title.localeCompare(b.title, "vi"));
}
