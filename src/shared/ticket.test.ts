import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase45, encodeBase45 } from "./base45.ts";
import { toBase64Url } from "./bytes.ts";
import {
  newTicketKeyPair,
  readTicketClaims,
  signTicket,
  TICKET_BYTES,
  type TicketClaims,
  type TicketVerifier,
  verifyTicket,
} from "./ticket.ts";

const uuid = fc.uuid().map((u) => u.toLowerCase());
const claimsArb = fc.record({
  eventId: uuid,
  attendeeId: uuid,
  issuedAt: fc.integer({ min: 0, max: 0xffffffff }),
  keyId: fc.integer({ min: 0, max: 0xffff }),
});

const keys = newTicketKeyPair();
const eventId = "01890000-0000-7000-8000-00000000e001";
const claims: TicketClaims = {
  eventId,
  attendeeId: "01890000-0000-7000-8000-0000000a0001",
  issuedAt: 1_750_000_000,
  keyId: 3,
};
const verifier: TicketVerifier = {
  eventId,
  keys: [{ keyId: 3, publicKey: keys.publicKey }],
  revoked: [],
};
const valid = signTicket(claims, keys.secretKey);

describe("ticket codec", () => {
  it("round-trips any claims through sign and verify (fast-check)", () => {
    fc.assert(
      fc.property(claimsArb, (c) => {
        const code = signTicket(c, keys.secretKey);
        expect(code).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
        const check = verifyTicket(code, {
          eventId: c.eventId,
          keys: [{ keyId: c.keyId, publicKey: toBase64Url(keys.publicKey) }],
          revoked: [],
        });
        expect(check).toEqual({ ok: true, claims: c });
      }),
      { numRuns: 60 },
    );
  });

  it("keeps the space a code may start with (found by fast-check: never trim a scan)", () => {
    // Bytes 01 05 encode as " " first: an event id starting with 05.
    const spaced = { ...claims, eventId: "05890000-0000-7000-8000-00000000e001" };
    const code = signTicket(spaced, keys.secretKey);
    expect(code.startsWith(" ")).toBe(true);
    expect(verifyTicket(code, { ...verifier, eventId: spaced.eventId }).ok).toBe(true);
  });

  it("fits a QR code in alphanumeric mode: 103 bytes, 155 characters", () => {
    expect(decodeBase45(valid)).toHaveLength(TICKET_BYTES);
    expect(valid).toHaveLength(155);
  });

  it("rejects every single-bit flip of the signed bytes", () => {
    const bytes = decodeBase45(valid);
    let rejected = 0;
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const flipped = bytes.slice();
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      const check = verifyTicket(encodeBase45(flipped), verifier);
      if (!check.ok) rejected++;
      else throw new Error(`bit ${bit} flipped and still accepted`);
    }
    expect(rejected).toBe(TICKET_BYTES * 8);
  });

  it("rejects every single-bit flip of the scanned text", () => {
    for (let i = 0; i < valid.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const char = String.fromCharCode(valid.charCodeAt(i) ^ (1 << bit));
        const check = verifyTicket(valid.slice(0, i) + char + valid.slice(i + 1), verifier);
        expect({ i, bit, ok: check.ok }).toEqual({ i, bit, ok: false });
      }
    }
  });

  it("rejects truncated and extended codes as malformed", () => {
    for (let length = 0; length < valid.length; length++) {
      expect(verifyTicket(valid.slice(0, length), verifier)).toEqual({
        ok: false,
        reason: "malformed",
      });
    }
    expect(verifyTicket(`${valid}00`, verifier).ok).toBe(false);
    expect(verifyTicket("not a ticket", verifier)).toEqual({ ok: false, reason: "malformed" });
  });

  it("rejects a ticket of another event, even one signed with the same key", () => {
    const other = signTicket(
      { ...claims, eventId: "01890000-0000-7000-8000-00000000e002" },
      keys.secretKey,
    );
    expect(verifyTicket(other, verifier)).toEqual({ ok: false, reason: "wrong_event" });
  });

  it("rejects a ticket signed by another key, or with an unknown key id", () => {
    const stranger = newTicketKeyPair();
    expect(verifyTicket(signTicket(claims, stranger.secretKey), verifier)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
    expect(verifyTicket(signTicket({ ...claims, keyId: 4 }, keys.secretKey), verifier)).toEqual({
      ok: false,
      reason: "unknown_key",
    });
  });

  it("accepts tickets of an older key after rotation while its key is listed", () => {
    const next = newTicketKeyPair();
    const rotated: TicketVerifier = {
      ...verifier,
      keys: [...verifier.keys, { keyId: 4, publicKey: next.publicKey }],
    };
    expect(verifyTicket(valid, rotated).ok).toBe(true);
    expect(verifyTicket(signTicket({ ...claims, keyId: 4 }, next.secretKey), rotated).ok).toBe(
      true,
    );
  });

  it("rejects a revoked ticket but accepts its reissue", () => {
    const revoked: TicketVerifier = {
      ...verifier,
      revoked: [{ attendeeId: claims.attendeeId, issuedAt: claims.issuedAt }],
    };
    expect(verifyTicket(valid, revoked)).toEqual({ ok: false, reason: "revoked" });
    const reissued = signTicket({ ...claims, issuedAt: claims.issuedAt + 1 }, keys.secretKey);
    expect(verifyTicket(reissued, revoked).ok).toBe(true);
  });

  it("rejects an unknown format version before anything else", () => {
    const bytes = decodeBase45(valid);
    bytes[0] = 2;
    expect(verifyTicket(encodeBase45(bytes), verifier)).toEqual({
      ok: false,
      reason: "unsupported_version",
    });
    expect(readTicketClaims(valid)).toMatchObject({ version: 1, ...claims });
  });
});
