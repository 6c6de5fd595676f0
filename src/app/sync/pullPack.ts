import type { EventPack } from "../../shared/pack.ts";
import type { AppDb } from "../db/db.ts";
import { ApiRequestError, apiFetch } from "./api.ts";
import { applyPack } from "./applyPack.ts";
import { recordServerTime } from "./clockOffset.ts";
import { readWithProgress } from "./readWithProgress.ts";

async function fetchPack(
  slug: string,
  since: number,
  onProgress: ((fraction: number) => void) | undefined,
): Promise<EventPack> {
  const sentAt = Date.now();
  const response = await apiFetch(`/api/events/${encodeURIComponent(slug)}/pack?since=${since}`);
  // The offset is measured from the headers' arrival: a long body download is not latency.
  const receivedAt = Date.now();
  const pack = JSON.parse(await readWithProgress(response, onProgress)) as EventPack;
  recordServerTime(pack.serverTime, sentAt, receivedAt);
  return pack;
}

const aheadOfServer = (error: unknown) =>
  error instanceof ApiRequestError && error.code === "version_ahead";

/**
 * Pulls the changes of an event since the version the device holds and applies them.
 * When that version means nothing to the server any more (its database was restored, or
 * the event was re-created under the same slug), pulls the whole pack instead, which
 * replaces the device's copy. Throws NetworkError/ApiRequestError; the device's copy is
 * untouched on failure.
 */
export async function pullPack(
  db: AppDb,
  slug: string,
  /** Only the invite's download shows progress; see readWithProgress. */
  onProgress?: (fraction: number) => void,
): Promise<EventPack> {
  const state = await db.packs.where("slug").equals(slug).first();
  let pack: EventPack;
  try {
    pack = await fetchPack(slug, state?.version ?? 0, onProgress);
  } catch (error) {
    if (!state || !aheadOfServer(error)) throw error;
    pack = await fetchPack(slug, 0, onProgress);
  }
  if (state && pack.since !== 0 && pack.event.id !== state.eventId) {
    pack = await fetchPack(slug, 0, onProgress);
  }
  await applyPack(db, pack);
  return pack;
}
