import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase45, encodeBase45 } from "../../shared/base45.ts";
import {
  newTicketKeyPair,
  signTicket,
  TICKET_BYTES,
  type TicketClaims,
  type TicketVerifier,
  verifyTicket,
} from "../../shared/ticket.ts";
import { nativeSignatureCheck } from "./signatureCheck.ts";

const keys = newTicketKeyPair();
const other = newTicketKeyPair();
const eventId = "01890000-0000-7000-8000-00000000e001";
const claims: TicketClaims = {
  eventId,
  attendeeId: "01890000-0000-7000-8000-0000000a0001",
  issuedAt: 1_750_000_000,
  keyId: 3,
};
const verifier = (publicKey: Uint8Array): TicketVerifier => ({
  eventId,
  keys: [{ keyId: 3, publicKey }],
  revoked: [],
});
const valid = signTicket(claims, keys.secretKey);

/** Both checks' verdicts on one code: the phones' (noble) and the server's (OpenSSL). */
function verdicts(code: string, publicKey = keys.publicKey) {
  return [
    verifyTicket(code, verifier(publicKey)),
    verifyTicket(code, verifier(publicKey), nativeSignatureCheck),
  ];
}

/** The group order of Ed25519: s and s + L verify alike unless `s < L` is enforced. */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;

describe("the server's native signature check", () => {
  it("accepts what the phones accept", () => {
    for (const check of verdicts(valid)) expect(check).toMatchObject({ ok: true, claims });
  });

  it("refuses what the phones refuse: any flipped bit of a ticket, another event's key", () => {
    for (const check of verdicts(valid, other.publicKey)) {
      expect(check).toEqual({ ok: false, reason: "bad_signature" });
    }
    const bytes = decodeBase45(valid);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TICKET_BYTES * 8 - 1 }), (bit) => {
        const flipped = Uint8Array.from(bytes);
        flipped[bit >> 3]! ^= 1 << (bit & 7);
        const [phone, server] = verdicts(encodeBase45(flipped));
        expect(server).toEqual(phone);
        expect(server!.ok).toBe(false);
      }),
      { seed: 20_261_202, numRuns: 200 },
    );
  });

  it("refuses a non-canonical signature (s + L), as the phones' strict check does", () => {
    const bytes = decodeBase45(valid);
    const sBytes = bytes.subarray(TICKET_BYTES - 32);
    let s = 0n;
    for (let i = 31; i >= 0; i--) s = (s << 8n) | BigInt(sBytes[i]!);
    let malleable = s + L;
    for (let i = 0; i < 32; i++) {
      sBytes[i] = Number(malleable & 0xffn);
      malleable >>= 8n;
    }
    for (const check of verdicts(encodeBase45(bytes))) {
      expect(check).toEqual({ ok: false, reason: "bad_signature" });
    }
  });
});
