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

/**
 * The event with its sessions in time order, as stored on the device; null if absent.
 * On the offline cold start these reads sit between boot and the live agenda: they are
 * one read-only transaction of two steps (the event by slug, then the rest at once), not
 * a transaction per read in three steps.
 */
export function getAgenda(slug: string, db: AppDb = appDb): Promise<AgendaData | null> {
  const tables = [db.events, db.packs, db.sessions, db.materials, db.stars];
  return db.transaction("r", tables, async () => {
    const event = await db.events.where("slug").equals(slug).first();
    if (!event) return null;
    const [pack, sessions, materials, stars] = await Promise.all([
      db.packs.get(event.id),
      db.sessions.where("eventId").equals(event.id).sortBy("startsAt"),
      db.materials.where("eventId").equals(event.id).toArray(),
      db.stars.where("eventId").equals(event.id).toArray(),
    ]);
    if (!pack) return null;
    return {
      event,
      pack,
      sessions,
      materials: new Map(materials.map((m) => [m.id, m])),
      starred: new Set(stars.map((s) => s.sessionId)),
    };
  });
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
