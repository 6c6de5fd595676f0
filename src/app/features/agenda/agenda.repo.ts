import type { PackEvent, PackMaterial, PackSession } from "../../../shared/pack.ts";
import { type AppDb, db as appDb, type PackState } from "../../db/db.ts";

export interface AgendaData {
  event: PackEvent;
  pack: PackState;
  sessions: PackSession[];
  materials: Map<string, PackMaterial>;
  /** Ids of the sessions the attendee starred ("my agenda"). */
  starred: Set<string>;
}

/** The event with its sessions in time order, as stored on the device; null if absent. */
export async function getAgenda(slug: string, db: AppDb = appDb): Promise<AgendaData | null> {
  const event = await db.events.where("slug").equals(slug).first();
  const pack = event && (await db.packs.get(event.id));
  if (!event || !pack) return null;
  // In parallel: on the offline cold start these reads sit between boot and first paint.
  const [sessions, materials, stars] = await Promise.all([
    db.sessions.where("eventId").equals(event.id).sortBy("startsAt"),
    db.materials.where("eventId").equals(event.id).toArray(),
    db.stars.where("eventId").equals(event.id).toArray(),
  ]);
  return {
    event,
    pack,
    sessions,
    materials: new Map(materials.map((m) => [m.id, m])),
    starred: new Set(stars.map((s) => s.sessionId)),
  };
}

/** Stars or unstars a session for "my agenda". On the device only; nothing to sync. */
export async function toggleStar(eventId: string, sessionId: string, db: AppDb = appDb) {
  await db.transaction("rw", db.stars, async () => {
    const key: [string, string] = [eventId, sessionId];
    if (await db.stars.get(key)) await db.stars.delete(key);
    else await db.stars.put({ eventId, sessionId, starredAt: new Date().toISOString() });
  });
}

/** The event version the attendee had seen when they last left the agenda; null at first. */
export async function getSeenVersion(eventId: string, db: AppDb = appDb): Promise<number | null> {
  return (await db.seen.get(eventId))?.version ?? null;
}

/** Records that the attendee has seen the event up to `version`. */
export async function markSeen(eventId: string, version: number, db: AppDb = appDb) {
  await db.seen.put({ eventId, version });
}

/** Events whose pack is on this device, most recently pulled first. */
export async function listEventsOnDevice(db: AppDb = appDb): Promise<PackEvent[]> {
  const packs = await db.packs.toArray();
  packs.sort((a, b) => b.pulledAt.localeCompare(a.pulledAt));
  const events = await db.events.bulkGet(packs.map((p) => p.eventId));
  return events.filter((e): e is PackEvent => e !== undefined);
}
