import { describe, expect, it } from "vitest";
import type { DoorPack } from "../../../shared/api.ts";
import { decodeBase45, encodeBase45 } from "../../../shared/base45.ts";
import { toBase64Url } from "../../../shared/bytes.ts";
import { currentSessionCode, newSessionSecret } from "../../../shared/sessionCode.ts";
import { newTicketKeyPair, signTicket } from "../../../shared/ticket.ts";
import {
  createRepeatFilter,
  deviceLabel,
  type KnownCheckin,
  verdictFor,
  verdictForPerson,
} from "./verdict.ts";

const eventId = "01890000-0000-7000-8000-00000000e001";
const otherEventId = "01890000-0000-7000-8000-00000000e002";
const an = "01890000-0000-7000-8000-0000000a0001";
const binh = "01890000-0000-7000-8000-0000000a0002";
const keys = newTicketKeyPair();
const otherKeys = newTicketKeyPair();
const list = { id: "01890000-0000-7000-8000-00000000c001", reentry: false };

const pack: DoorPack = {
  event: { id: eventId, slug: "demo", title: "Hội nghị" },
  keys: [{ keyId: 1, publicKey: toBase64Url(keys.publicKey) }],
  revoked: [{ attendeeId: binh, issuedAt: 1_750_000_000 }],
  attendees: [
    { id: an, name: "Nguyễn Văn An", unit: "Sở Nội vụ", ticket: "active", issuedAt: 1_750_000_100 },
    { id: binh, name: "Trần Thị Bình", unit: "Sở Y tế", ticket: "active", issuedAt: 1_750_000_200 },
  ],
  serverTime: "2026-12-01T00:00:00.000Z",
};
const ticket = (attendeeId: string, issuedAt: number, secret = keys.secretKey, event = eventId) =>
  signTicket({ eventId: event, attendeeId, issuedAt, keyId: 1 }, secret);
const valid = ticket(an, 1_750_000_100);

describe("door verdicts", () => {
  it("paints a valid ticket green with the person", () => {
    const verdict = verdictFor(valid, pack, list, []);
    expect(verdict).toMatchObject({
      kind: "valid",
      attendee: { name: "Nguyễn Văn An" },
      code: valid,
    });
  });

  it("paints a ticket already checked in amber with the first time and phone", () => {
    const known: KnownCheckin[] = [
      {
        attendeeId: an,
        listId: list.id,
        at: "2026-12-01T01:12:00.000Z",
        deviceId: "may-2",
        annulled: false,
      },
      {
        attendeeId: an,
        listId: list.id,
        at: "2026-12-01T01:30:00.000Z",
        deviceId: "may-1",
        annulled: false,
      },
    ];
    expect(verdictFor(valid, pack, list, known)).toMatchObject({
      kind: "already",
      first: { deviceId: "may-2", at: "2026-12-01T01:12:00.000Z" },
    });
    // Annulled scans and other lists do not count; re-entry lists admit again.
    const annulled = known.map((k) => ({ ...k, annulled: true }));
    expect(verdictFor(valid, pack, list, annulled).kind).toBe("valid");
    expect(verdictFor(valid, pack, { id: "other", reentry: false }, known).kind).toBe("valid");
    expect(verdictFor(valid, pack, { ...list, reentry: true }, known)).toMatchObject({
      kind: "valid",
      reentry: true,
    });
  });

  it("paints every bad code red with its reason", () => {
    const bytes = decodeBase45(valid);
    const cases: [string, string][] = [
      ["https://example.vn/dang-ky", "not_a_ticket"],
      ["WIFI:S:Hoi truong;T:WPA;P:12345678;;", "not_a_ticket"],
      ["xin chào", "not_a_ticket"],
      ["", "not_a_ticket"],
      [valid.slice(0, 120), "not_a_ticket"],
      [ticket(an, 1_750_000_100, otherKeys.secretKey), "bad_signature"],
      [ticket(an, 1_750_000_100, otherKeys.secretKey, otherEventId), "wrong_event"],
      [ticket(binh, 1_750_000_000), "revoked"],
      [ticket("01890000-0000-7000-8000-0000000a0099", 1), "unknown_attendee"],
      [encodeBase45(Uint8Array.of(2, ...bytes.subarray(1))), "unsupported_version"],
      [
        signTicket({ eventId, attendeeId: an, issuedAt: 1, keyId: 9 }, keys.secretKey),
        "unknown_key",
      ],
      [currentSessionCode(newSessionSecret(), list.id, Date.now()).qr, "session_code"],
    ];
    for (const [text, reason] of cases) {
      expect(verdictFor(text, pack, list, []), text).toEqual({
        kind: "invalid",
        reason,
        name: null,
      });
    }
  });

  // ~700 Ed25519 verifications: seconds on a busy machine, hence its own timeout.
  it("rejects every single-bit flip of a real ticket", { timeout: 60_000 }, () => {
    const bytes = decodeBase45(valid);
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const flipped = bytes.slice();
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      const verdict = verdictFor(encodeBase45(flipped), pack, list, []);
      expect(verdict.kind, `bit ${bit}`).toBe("invalid");
    }
  });

  it("admits a person picked by name, amber when already in", () => {
    const person = pack.attendees[0]!;
    expect(verdictForPerson(person, list, [])).toMatchObject({ kind: "valid", code: null });
    const known = [
      { attendeeId: an, listId: list.id, at: "x", deviceId: "may-1", annulled: false },
    ];
    expect(verdictForPerson(person, list, known).kind).toBe("already");
  });

  it("does not process the same code again within 3 seconds", () => {
    const fresh = createRepeatFilter(3000);
    expect(fresh("A", 0)).toBe(true);
    expect(fresh("A", 2999)).toBe(false);
    expect(fresh("B", 3000)).toBe(true);
    expect(fresh("A", 3001)).toBe(true);
    expect(fresh("A", 7000)).toBe(true);
  });
});

describe("the device an amber verdict names", () => {
  const devices = { "uuid-of-phone-a": 1, "uuid-of-phone-b": 2 };

  it("names door phones by their number, this phone as this one", () => {
    expect(deviceLabel("uuid-of-phone-b", devices, "this")).toEqual({ kind: "door", n: 2 });
    expect(deviceLabel("this", devices, "this")).toEqual({ kind: "this" });
  });

  it("tells an attendee's own phone from a pack that predates phone numbers", () => {
    expect(deviceLabel("uuid-of-attendee-phone", devices, "this")).toEqual({ kind: "self" });
    expect(deviceLabel("uuid-of-phone-a", undefined, "this")).toEqual({ kind: "unknown" });
  });
});
