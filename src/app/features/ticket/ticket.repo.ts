import type { AttendeeTicket } from "../../../shared/api.ts";
import { type AppDb, db as appDb, type StoredTicket } from "../../db/db.ts";
import { ApiRequestError, apiFetch } from "../../sync/api.ts";

/** The attendee's ticket for an event as stored on the device; null when there is none. */
export async function getTicket(slug: string, db: AppDb = appDb): Promise<StoredTicket | null> {
  const event = await db.events.where("slug").equals(slug).first();
  if (!event) return null;
  return (await db.tickets.get(event.id)) ?? null;
}

/**
 * Fetches the attendee's ticket and keeps it on the device for offline use. When the server
 * says the ticket was revoked, the stored copy is deleted so the phone no longer shows it;
 * on a network error the stored copy stays as it is.
 */
export async function refreshTicket(slug: string, db: AppDb = appDb): Promise<StoredTicket | null> {
  try {
    const response = await apiFetch(`/api/events/${encodeURIComponent(slug)}/ticket`);
    const ticket = (await response.json()) as AttendeeTicket;
    const stored: StoredTicket = { ...ticket, savedAt: new Date().toISOString() };
    await db.tickets.put(stored);
    return stored;
  } catch (error) {
    if (error instanceof ApiRequestError && error.code === "no_ticket") {
      const event = await db.events.where("slug").equals(slug).first();
      if (event) await db.tickets.delete(event.id);
      return null;
    }
    throw error;
  }
}
