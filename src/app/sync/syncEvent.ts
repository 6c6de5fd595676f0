import type { EventPack } from "../../shared/pack.ts";
import type { AppDb } from "../db/db.ts";
import { refreshTicket } from "../features/ticket/ticket.repo.ts";
import { pullPack } from "./pullPack.ts";

/** How long after an attendee's sync the decoder is fetched: out of the first load's way. */
const KEEP_DECODER_AFTER_MS = 10_000;
let decoderScheduled = false;

/**
 * Issue 10: an attendee's phone keeps the QR decoder for offline self check-in, fetched
 * in the background once it has synced (the first load stays light: the code and its
 * ~1 MB wasm come later, once per page, and only when the phone lacks them).
 */
function scheduleKeepDecoder(): void {
  if (decoderScheduled || typeof window === "undefined") return;
  decoderScheduled = true;
  setTimeout(() => {
    import("../features/scanner/keepDecoder.ts")
      .then((m) => m.keepDecoder())
      .then((kept) => {
        if (!kept) decoderScheduled = false;
      })
      .catch(() => {
        decoderScheduled = false;
      });
  }, KEEP_DECODER_AFTER_MS);
}

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
  if (pack.attendee) {
    await refreshTicket(slug, db).catch(() => null);
    scheduleKeepDecoder();
  }
  return pack;
}
