import type { PublicCheckinList } from "../../../shared/checkin.ts";
import { apiFetch } from "../../sync/api.ts";

/**
 * The event's self check-in lists kept on the device. A few titles and ids per event, so
 * localStorage: the check-in screen and the quiz screens read them with no network, and
 * the event sync (syncEvent.ts) keeps them fresh, so that an attendee who never opened
 * the check-in screen online can still type a session code in a hall with no network, and
 * a quiz that opens "after check-in" knows which session a scanned code was for.
 */
const listsKey = (slug: string) => `th.checkin-sessions:${slug}`;

/** The lists the device kept for the event; none when it never fetched them. */
export function storedSessionLists(slug: string): PublicCheckinList[] {
  try {
    const lists: unknown = JSON.parse(localStorage.getItem(listsKey(slug)) ?? "[]");
    return Array.isArray(lists) ? (lists as PublicCheckinList[]) : [];
  } catch {
    // An unreadable copy counts as none: the next sync writes a good one.
    return [];
  }
}

/**
 * Fetches the sessions that take self check-in and keeps them on the device. Throws
 * (NetworkError, ApiRequestError) when they cannot be fetched; the kept copy stays.
 */
export async function refreshSessionLists(slug: string): Promise<PublicCheckinList[]> {
  const response = await apiFetch(`/api/events/${encodeURIComponent(slug)}/checkin/sessions`);
  const lists = (await response.json()) as PublicCheckinList[];
  localStorage.setItem(listsKey(slug), JSON.stringify(lists));
  return lists;
}

/** The sessions that take self check-in: fetched when online, else the last ones kept. */
export async function selfCheckinLists(slug: string): Promise<PublicCheckinList[]> {
  return refreshSessionLists(slug).catch(() => storedSessionLists(slug));
}
