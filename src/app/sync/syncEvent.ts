import type { EventPack } from "../../shared/pack.ts";
import type { AppDb } from "../db/db.ts";
import { refreshSessionLists } from "../features/checkin/sessionLists.ts";
import { refreshQuizzes } from "../features/quiz/refreshQuizzes.ts";
import { refreshTicket } from "../features/ticket/ticket.repo.ts";
import { pullPack } from "./pullPack.ts";

/**
 * One sync of an event: its pack, then, on a device signed in as one of its attendees,
 * what the attendee needs in a hall with no network, fetched side by side:
 * - the ticket, so that a reissued ticket reaches the phone before the attendee is at the
 *   door, and a revoked one leaves it;
 * - the attendee's quizzes (and the scores of their synced attempts), so that the quiz
 *   list shows offline even if it was never opened online, and a quiz that opens on
 *   check-in can open with no network;
 * - the sessions that take self check-in, so that a session code can be typed offline
 *   and a scanned one is known as that session's.
 * Each of these is best effort: the stored copy stays when it cannot be fetched, and the
 * next sync tries again.
 */
export async function syncEvent(
  db: AppDb,
  slug: string,
  onProgress?: (fraction: number) => void,
): Promise<EventPack> {
  const pack = await pullPack(db, slug, onProgress);
  if (pack.attendee) {
    await Promise.all([
      refreshTicket(slug, db).catch(() => null),
      refreshQuizzes(slug, db).catch(() => null),
      refreshSessionLists(slug).catch(() => null),
    ]);
  }
  return pack;
}
