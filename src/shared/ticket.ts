import * as ed from "@noble/ed25519";
import { sha512 } from "@noble/hashes/sha2.js";
import { decodeBase45, encodeBase45 } from "./base45.ts";
import { bytesToUuid, fromBase64Url, uuidToBytes } from "./bytes.ts";

/**
 * The ticket QR codec (DESIGN §4) — the only code that encodes or verifies tickets, used
 * by the server (signing) and by door phones (verifying offline).
 *
 * Layout, 103 bytes, then Base45 (155 characters, QR alphanumeric mode):
 *   [version 1 B = 1][event UUID 16 B][attendee UUID 16 B][issuedAt u32 BE, unix s]
 *   [keyId u16 BE][Ed25519 signature 64 B over "TH-TICKET" + the first 39 bytes]
 * The prefix keeps a ticket signature from ever being valid as any other signed message.
 */
export const TICKET_VERSION = 1;
const PAYLOAD_LENGTH = 1 + 16 + 16 + 4 + 2;
const SIGNATURE_LENGTH = 64;
export const TICKET_BYTES = PAYLOAD_LENGTH + SIGNATURE_LENGTH;
const DOMAIN = Uint8Array.from("TH-TICKET", (char) => char.charCodeAt(0));

// Synchronous SHA-512 from @noble/hashes: WebCrypto (the async default) is missing on
// pages served over plain HTTP, such as a door phone on the venue's LAN.
ed.hashes.sha512 = sha512;

export interface TicketClaims {
  eventId: string;
  attendeeId: string;
  /** Unix seconds; a reissued ticket has a later one. */
  issuedAt: number;
  keyId: number;
}

/** Why a ticket was refused; the scanner translates each. */
export type TicketRejection =
  | "malformed"
  | "unsupported_version"
  | "wrong_event"
  | "unknown_key"
  | "bad_signature"
  | "revoked";

export type TicketCheck =
  | { ok: true; claims: TicketClaims }
  | { ok: false; reason: TicketRejection };

/** What a door phone holds to verify an event's tickets with no network. */
export interface TicketVerifier {
  eventId: string;
  /** Public keys (32 bytes, or base64url of them) by key id, old ones included. */
  keys: { keyId: number; publicKey: Uint8Array | string }[];
  revoked: { attendeeId: string; issuedAt: number }[];
}

function signedMessage(payload: Uint8Array): Uint8Array {
  const message = new Uint8Array(DOMAIN.length + payload.length);
  message.set(DOMAIN);
  message.set(payload, DOMAIN.length);
  return message;
}

/** The 39-byte payload of a ticket. */
export function encodeTicketPayload(claims: TicketClaims): Uint8Array {
  if (!Number.isInteger(claims.issuedAt) || claims.issuedAt < 0 || claims.issuedAt > 0xffffffff) {
    throw new RangeError("issuedAt must be unix seconds within u32");
  }
  if (!Number.isInteger(claims.keyId) || claims.keyId < 0 || claims.keyId > 0xffff) {
    throw new RangeError("keyId must be within u16");
  }
  const payload = new Uint8Array(PAYLOAD_LENGTH);
  const view = new DataView(payload.buffer);
  payload[0] = TICKET_VERSION;
  payload.set(uuidToBytes(claims.eventId), 1);
  payload.set(uuidToBytes(claims.attendeeId), 17);
  view.setUint32(33, claims.issuedAt);
  view.setUint16(37, claims.keyId);
  return payload;
}

/** Signs a ticket with the event's 32-byte Ed25519 secret key; returns its Base45 text. */
export function signTicket(claims: TicketClaims, secretKey: Uint8Array): string {
  const payload = encodeTicketPayload(claims);
  const signature = ed.sign(signedMessage(payload), secretKey);
  const bytes = new Uint8Array(TICKET_BYTES);
  bytes.set(payload);
  bytes.set(signature, PAYLOAD_LENGTH);
  return encodeBase45(bytes);
}

/** A new Ed25519 key pair for an event. */
export function newTicketKeyPair(): { secretKey: Uint8Array; publicKey: Uint8Array } {
  return ed.keygen();
}

/** The public key of a secret key. */
export function ticketPublicKey(secretKey: Uint8Array): Uint8Array {
  return ed.getPublicKey(secretKey);
}

/**
 * Reads a ticket's claims without checking anything but its shape, e.g. to show whose
 * ticket a refused code claims to be. Null when it is not a ticket at all.
 */
export function readTicketClaims(code: string): (TicketClaims & { version: number }) | null {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase45(code);
  } catch {
    return null;
  }
  if (bytes.length !== TICKET_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    version: bytes[0]!,
    eventId: bytesToUuid(bytes.subarray(1, 17)),
    attendeeId: bytesToUuid(bytes.subarray(17, 33)),
    issuedAt: view.getUint32(33),
    keyId: view.getUint16(37),
  };
}

/** Checks an Ed25519 signature of `message` by `publicKey` (32 bytes); may throw on junk. */
export type SignatureCheck = (
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
) => boolean;

/** RFC 8032 strict verification in JavaScript (noble), for phones with no network. */
const strictCheck: SignatureCheck = (signature, message, publicKey) =>
  ed.verify(signature, message, publicKey, { zip215: false });

/**
 * Verifies a scanned ticket offline: shape, version, event, key, signature (RFC 8032
 * strict), then the revocation list. Never throws. Pass the text exactly as scanned:
 * Base45 includes the space, so a code may start with one — never trim it.
 * `checkSignature`: the server passes its native one (tickets/signatureCheck.ts).
 */
export function verifyTicket(
  code: string,
  verifier: TicketVerifier,
  checkSignature: SignatureCheck = strictCheck,
): TicketCheck {
  const claims = readTicketClaims(code);
  if (!claims) return { ok: false, reason: "malformed" };
  if (claims.version !== TICKET_VERSION) return { ok: false, reason: "unsupported_version" };
  if (claims.eventId !== verifier.eventId.toLowerCase())
    return { ok: false, reason: "wrong_event" };
  const key = verifier.keys.find((k) => k.keyId === claims.keyId);
  if (!key) return { ok: false, reason: "unknown_key" };
  const bytes = decodeBase45(code);
  let valid = false;
  try {
    const publicKey =
      typeof key.publicKey === "string" ? fromBase64Url(key.publicKey) : key.publicKey;
    valid = checkSignature(
      bytes.subarray(PAYLOAD_LENGTH),
      signedMessage(bytes.subarray(0, PAYLOAD_LENGTH)),
      publicKey,
    );
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: "bad_signature" };
  const revoked = verifier.revoked.some(
    (r) => r.attendeeId.toLowerCase() === claims.attendeeId && r.issuedAt === claims.issuedAt,
  );
  if (revoked) return { ok: false, reason: "revoked" };
  const { version: _version, ...rest } = claims;
  return { ok: true, claims: rest };
}

/** The verifier of a door pack (GET /api/events/:slug/door-pack). */
export function doorPackVerifier(pack: {
  event: { id: string };
  keys: TicketVerifier["keys"];
  revoked: TicketVerifier["revoked"];
}): TicketVerifier {
  return { eventId: pack.event.id, keys: pack.keys, revoked: pack.revoked };
}
