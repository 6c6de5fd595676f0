import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { randomBytes } from "@noble/hashes/utils.js";
import { fromBase64Url, toBase64Url, uuidToBytes } from "./bytes.ts";

/**
 * Session codes (DESIGN §4, issue 10): the code a trainer shows full screen so that
 * attendees can check themselves in to one session. Six digits that change every 30 s,
 * an HMAC-SHA256 (truncated as in RFC 4226) over the list id and the window number with
 * the list's own secret, which only staff devices hold. The server checks a code against
 * the attendee device's time corrected by its clock offset, give or take one window, so a
 * photo forwarded later does not validate.
 *
 * The QR carries the list id too, so scanning it picks the session: "THS1:<listId>:<digits>".
 */
export const SESSION_CODE_WINDOW_MS = 30_000;
/** How many windows either side of the device's corrected time still validate. */
export const SESSION_CODE_TOLERANCE = 1;
const DOMAIN = Uint8Array.from("TH-SESSION", (char) => char.charCodeAt(0));
const QR_PREFIX = "THS1:";

/** A new per-list secret (32 random bytes, base64url). */
export function newSessionSecret(): string {
  return toBase64Url(randomBytes(32));
}

/** The window a time (unix ms) falls in. */
export function sessionWindow(atMs: number): number {
  return Math.floor(atMs / SESSION_CODE_WINDOW_MS);
}

/** The six digits of one list's code in one window. */
export function sessionCodeAt(secret: string, listId: string, window: number): string {
  const message = new Uint8Array(DOMAIN.length + 16 + 8);
  message.set(DOMAIN);
  message.set(uuidToBytes(listId), DOMAIN.length);
  new DataView(message.buffer).setBigUint64(DOMAIN.length + 16, BigInt(window));
  const mac = hmac(sha256, fromBase64Url(secret), message);
  const offset = mac[mac.length - 1]! & 0x0f;
  const value = new DataView(mac.buffer, mac.byteOffset + offset, 4).getUint32(0) & 0x7fffffff;
  return String(value % 1_000_000).padStart(6, "0");
}

/** The code shown at a time (unix ms), and when it changes next. */
export function currentSessionCode(
  secret: string,
  listId: string,
  nowMs: number,
): { digits: string; qr: string; window: number; changesAt: number } {
  const window = sessionWindow(nowMs);
  const digits = sessionCodeAt(secret, listId, window);
  return {
    digits,
    qr: sessionCodeQr(listId, digits),
    window,
    changesAt: (window + 1) * SESSION_CODE_WINDOW_MS,
  };
}

/** The QR text of a code. */
export function sessionCodeQr(listId: string, digits: string): string {
  return `${QR_PREFIX}${listId}:${digits}`;
}

const QR_PATTERN = /^THS1:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):(\d{6})$/;

/** Reads a scanned session-code QR; null when the text is not one. */
export function readSessionCodeQr(text: string): { listId: string; digits: string } | null {
  const match = QR_PATTERN.exec(text.trim());
  return match ? { listId: match[1]!, digits: match[2]! } : null;
}

/** True when `digits` look like a session code (six digits). */
export function isSessionDigits(digits: string): boolean {
  return /^\d{6}$/.test(digits);
}

/**
 * Whether `digits` were the list's code within `tolerance` windows of `atMs` (the device's
 * corrected time). Compares every candidate, so timing does not tell which window matched.
 */
export function verifySessionCode(
  secret: string,
  listId: string,
  digits: string,
  atMs: number,
  tolerance = SESSION_CODE_TOLERANCE,
): boolean {
  if (!isSessionDigits(digits) || !Number.isFinite(atMs)) return false;
  const center = sessionWindow(atMs);
  let ok = false;
  for (let w = center - tolerance; w <= center + tolerance; w++) {
    if (w < 0) continue;
    if (sessionCodeAt(secret, listId, w) === digits) ok = true;
  }
  return ok;
}
