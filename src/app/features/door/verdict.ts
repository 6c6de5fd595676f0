import type { DoorPack } from "../../../shared/api.ts";
import { readSessionCodeQr } from "../../../shared/sessionCode.ts";
import { doorPackVerifier, type TicketRejection, verifyTicket } from "../../../shared/ticket.ts";

/** A check-in the door phone knows of: its own scans and those synced to it. */
export interface KnownCheckin {
  attendeeId: string;
  listId: string;
  at: string;
  deviceId: string;
  /** Annulled ones do not count. */
  annulled: boolean;
}

export type RedReason = TicketRejection | "not_a_ticket" | "session_code" | "unknown_attendee";

/** What the door shows for one scanned code. */
export type Verdict =
  | {
      kind: "valid";
      attendee: DoorPack["attendees"][number];
      /** The ticket text as scanned, for the scan op (null when picked by name). */
      code: string | null;
      /** True when the list allows re-entry and the person was already in. */
      reentry: boolean;
    }
  | {
      kind: "already";
      attendee: DoorPack["attendees"][number];
      code: string | null;
      first: KnownCheckin;
    }
  | { kind: "invalid"; reason: RedReason; name: string | null };

/**
 * The verdict for a scanned text, offline: ticket checks (shape, event, key, signature,
 * revocation) against the door pack, then who it is, then whether this list already has
 * them in. Never throws: anything not ours is "invalid" with a reason.
 */
export function verdictFor(
  text: string,
  pack: DoorPack,
  list: { id: string; reentry: boolean },
  known: readonly KnownCheckin[],
): Verdict {
  if (readSessionCodeQr(text)) return { kind: "invalid", reason: "session_code", name: null };
  const check = verifyTicket(text, doorPackVerifier(pack));
  if (!check.ok) {
    const reason: RedReason = check.reason === "malformed" ? "not_a_ticket" : check.reason;
    return { kind: "invalid", reason, name: null };
  }
  const attendee = pack.attendees.find((a) => a.id === check.claims.attendeeId);
  if (!attendee) return { kind: "invalid", reason: "unknown_attendee", name: null };
  return admit(attendee, text, list, known);
}

/** The verdict for a person picked by name (manual check-in). */
export function verdictForPerson(
  attendee: DoorPack["attendees"][number],
  list: { id: string; reentry: boolean },
  known: readonly KnownCheckin[],
): Verdict {
  return admit(attendee, null, list, known);
}

function admit(
  attendee: DoorPack["attendees"][number],
  code: string | null,
  list: { id: string; reentry: boolean },
  known: readonly KnownCheckin[],
): Verdict {
  const first = known
    .filter((k) => k.attendeeId === attendee.id && k.listId === list.id && !k.annulled)
    .sort((a, b) => a.at.localeCompare(b.at))[0];
  if (!first) return { kind: "valid", attendee, code, reentry: false };
  if (list.reentry) return { kind: "valid", attendee, code, reentry: true };
  return { kind: "already", attendee, code, first };
}

/**
 * Drops a code seen again within `windowMs` (the camera keeps seeing the same ticket):
 * returns true when the code should be processed now.
 */
export function createRepeatFilter(windowMs = 3000) {
  let last: { text: string; at: number } | null = null;
  return (text: string, now: number): boolean => {
    if (last && last.text === text && now - last.at < windowMs) return false;
    last = { text, at: now };
    return true;
  };
}

/** Who made a check-in, as the amber verdict names it. */
export type DeviceLabel =
  | { kind: "this" }
  | { kind: "door"; n: number }
  | { kind: "self" }
  | { kind: "unknown" };

/**
 * Door phones by the number the server gave them ("máy 2", in order of first sync). Every
 * door phone with a synced scan has one, so a synced scan without one is an attendee's
 * self check-in on a session list; a pack saved before numbers existed knows none.
 */
export function deviceLabel(
  deviceId: string,
  devices: Record<string, number> | undefined,
  thisDevice: string,
): DeviceLabel {
  if (deviceId === thisDevice) return { kind: "this" };
  const n = devices?.[deviceId];
  if (n !== undefined) return { kind: "door", n };
  return devices ? { kind: "self" } : { kind: "unknown" };
}
