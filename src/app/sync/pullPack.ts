import type { EventPack } from "../../shared/pack.ts";
import type { AppDb } from "../db/db.ts";
import { apiFetch } from "./api.ts";
import { applyPack } from "./applyPack.ts";
import { readWithProgress } from "./readWithProgress.ts";

/**
 * Pulls the changes of an event since the version the device holds and applies them.
 * Throws NetworkError/ApiRequestError; the device's copy is untouched on failure.
 */
export async function pullPack(
  db: AppDb,
  slug: string,
  onProgress: (fraction: number) => void = () => {},
): Promise<EventPack> {
  const state = await db.packs.where("slug").equals(slug).first();
  const since = state?.version ?? 0;
  const response = await apiFetch(`/api/events/${encodeURIComponent(slug)}/pack?since=${since}`);
  const pack = JSON.parse(await readWithProgress(response, onProgress)) as EventPack;
  await applyPack(db, pack);
  return pack;
}
