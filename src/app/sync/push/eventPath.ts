import type { AppDb } from "../../db/db.ts";

/**
 * The `:slug` of an event's push URL: its slug when the device holds its pack, else its id
 * (a door phone may hold only a door pack; the route takes either).
 */
export async function eventPath(db: AppDb, eventId: string): Promise<string> {
  return (await db.packs.get(eventId))?.slug ?? eventId;
}
