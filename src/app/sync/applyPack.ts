import type { EventPack } from "../../shared/pack.ts";
import type { AppDb } from "../db/db.ts";

/** Everything the device keeps of one event, for the tables of applyPack's transaction. */
async function dropEvent(db: AppDb, eventId: string) {
  await db.events.delete(eventId);
  await db.packs.delete(eventId);
  await db.sessions.where("eventId").equals(eventId).delete();
  await db.materials.where("eventId").equals(eventId).delete();
  await db.stars.where("eventId").equals(eventId).delete();
  await db.seen.delete(eventId);
  await db.tickets.delete(eventId);
}

/**
 * A full pack replaces the device's copy: of this event, and of any other event that held
 * the slug (re-created on the server under a new id; the slug is unique on the device).
 * Stars stay only on sessions that still exist, and the "seen" version cannot stay ahead
 * of a server whose database went back in time.
 */
async function replaceCopy(db: AppDb, pack: EventPack) {
  const eventId = pack.event.id;
  const sameSlug = [
    ...(await db.events.where("slug").equals(pack.event.slug).primaryKeys()),
    ...(await db.packs.where("slug").equals(pack.event.slug).primaryKeys()),
  ];
  for (const other of new Set(sameSlug)) if (other !== eventId) await dropEvent(db, other);
  await db.sessions.where("eventId").equals(eventId).delete();
  await db.materials.where("eventId").equals(eventId).delete();
  const live = new Set(pack.sessions.map((s) => s.id));
  await db.stars
    .where("eventId")
    .equals(eventId)
    .filter((star) => !live.has(star.sessionId))
    .delete();
  const seen = await db.seen.get(eventId);
  if (seen && seen.version > pack.version) await db.seen.put({ eventId, version: pack.version });
}

/**
 * Writes a pulled pack into Dexie in one transaction, so the device never shows half a
 * pack. A full pack (since 0) replaces the event's content; a partial one updates and
 * deletes rows, stars of deleted sessions included. Content is edited only on the server,
 * so the server always wins.
 */
export async function applyPack(
  db: AppDb,
  pack: EventPack,
  pulledAt: Date = new Date(),
): Promise<void> {
  const eventId = pack.event.id;
  const tables = [db.events, db.sessions, db.materials, db.packs, db.stars, db.seen, db.tickets];
  await db.transaction("rw", tables, async () => {
    if (pack.since === 0) await replaceCopy(db, pack);
    await db.events.put(pack.event);
    await db.sessions.bulkPut(pack.sessions);
    await db.materials.bulkPut(pack.materials);
    await db.sessions.bulkDelete(pack.deleted.sessions);
    await db.materials.bulkDelete(pack.deleted.materials);
    await db.stars.bulkDelete(pack.deleted.sessions.map((id): [string, string] => [eventId, id]));
    await db.packs.put({
      eventId,
      slug: pack.event.slug,
      version: pack.version,
      pulledAt: pulledAt.toISOString(),
      attendee: pack.attendee,
    });
  });
}
