import type {
  AttendanceSummary,
  CheckinList,
  CreateCheckinListBody,
  ReviewItem,
} from "../../../shared/checkin.ts";
import { CHECKIN_REVIEW } from "../../../shared/checkin.ts";
import type { EventPack } from "../../../shared/pack.ts";
import { type AppDb, db as appDb } from "../../db/db.ts";
import { apiFetch, postJson } from "../../sync/api.ts";
import { enqueue } from "../../sync/enqueue.ts";

const base = (slug: string) => `/api/events/${encodeURIComponent(slug)}`;

/** Present/absent per list and unit (phones only for organisers). */
export async function fetchSummary(slug: string): Promise<AttendanceSummary> {
  return (await apiFetch(`${base(slug)}/checkin/summary`)).json();
}

/**
 * Tickets admitted twice, for organisers and admins; null when the server refuses (a
 * trainer of the event): the screen then hides what only managers may do.
 */
export async function fetchReview(slug: string): Promise<ReviewItem[] | null> {
  try {
    return (await (await apiFetch(`${base(slug)}/checkin/review`)).json()) as ReviewItem[];
  } catch {
    return null;
  }
}

/** The event's check-in lists and its sessions (to make a list per session). */
export async function fetchLists(
  slug: string,
): Promise<{ lists: CheckinList[]; sessions: { id: string; title: string }[]; eventId: string }> {
  const [lists, pack] = await Promise.all([
    apiFetch(`${base(slug)}/checkin/lists`).then((r) => r.json() as Promise<CheckinList[]>),
    apiFetch(`${base(slug)}/pack`).then((r) => r.json() as Promise<EventPack>),
  ]);
  return {
    lists,
    sessions: pack.sessions.map((s) => ({ id: s.id, title: s.title })),
    eventId: pack.event.id,
  };
}

/** Creates a check-in list (organisers). */
export function createCheckinList(slug: string, body: CreateCheckinListBody): Promise<CheckinList> {
  return postJson(`${base(slug)}/checkin/lists`, body);
}

/** Deletes a list from the screens (its scans stay on the server). */
export async function deleteCheckinList(slug: string, id: string): Promise<void> {
  await apiFetch(`${base(slug)}/checkin/lists/${id}`, { method: "DELETE" });
}

/** The organiser's decision on a ticket admitted twice, queued as a "checkin.review" op. */
export async function decideReview(
  eventId: string,
  payload:
    | { scanId: string; decision: "confirm" }
    | { scanId: string; decision: "annul"; reason: string },
  db: AppDb = appDb,
): Promise<void> {
  await db.transaction("rw", db.outbox, (tx) =>
    enqueue(tx, { kind: CHECKIN_REVIEW, eventId, payload }),
  );
}

/** The CSV export's address (a plain download link). */
export const exportHref = (slug: string) => `${base(slug)}/checkin/export?format=csv`;
