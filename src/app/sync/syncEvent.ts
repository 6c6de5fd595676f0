import type { EventPack } from "../../shared/pack.ts";
import type { AppDb } from "../db/db.ts";
import { refreshTicket } from "../features/ticket/ticket.repo.ts";
import { pullPack } from "./pullPack.ts";

/**
 * One sync of an event: its pack, then, on a device signed in as one of its attendees,
 * the ticket, so that a reissued ticket reaches the phone before the attendee is at the
 * door, and a revoked one leaves it. The ticket is best effort: the stored one stays when
 * it cannot be fetched, and the next sync tries again.
 */
export async function syncEvent(
  db: AppDb,
  slug: string,
  onProgress?: (fraction: number) => void,
): Promise<EventPack> {
  const pack = await pullPack(db, slug, onProgress);
  if (pack.attendee) await refreshTicket(slug, db).catch(() => null);
  return pack;
}
