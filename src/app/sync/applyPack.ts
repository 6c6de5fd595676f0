import type { EventPack } from "../../shared/pack.ts";
import type { AppDb } from "../db/db.ts";

/**
 * Writes a pulled pack into Dexie in one transaction, so the device never shows half a
 * pack. A full pack (since 0) replaces the event's content; a partial one updates and
 * deletes rows. Content is edited only on the server, so the server always wins.
 */
export async function applyPack(
  db: AppDb,
  pack: EventPack,
  pulledAt: Date = new Date(),
): Promise<void> {
  const eventId = pack.event.id;
  await db.transaction("rw", [db.events, db.sessions, db.materials, db.packs], async () => {
    if (pack.since === 0) {
      await db.sessions.where("eventId").equals(eventId).delete();
      await db.materials.where("eventId").equals(eventId).delete();
    }
    await db.events.put(pack.event);
    await db.sessions.bulkPut(pack.sessions);
    await db.materials.bulkPut(pack.materials);
    await db.sessions.bulkDelete(pack.deleted.sessions);
    await db.materials.bulkDelete(pack.deleted.materials);
    await db.packs.put({
      eventId,
      slug: pack.event.slug,
      version: pack.version,
      pulledAt: pulledAt.toISOString(),
      attendee: pack.attendee,
    });
  });
}
