import { describe, expect, it } from "vitest";
import {
  currentSessionCode,
  newSessionSecret,
  readSessionCodeQr,
  SESSION_CODE_WINDOW_MS,
  sessionCodeAt,
  sessionCodeQr,
  sessionWindow,
  verifySessionCode,
} from "./sessionCode.ts";

const listA = "01890000-0000-7000-8000-00000000a001";
const listB = "01890000-0000-7000-8000-00000000b001";
const secretA = newSessionSecret();
const secretB = newSessionSecret();
/** 08:30 on a training morning, server time. */
const shownAt = Date.parse("2026-12-01T01:30:10.000Z");

describe("session codes", () => {
  it("gives six digits that change with the 30-second window", () => {
    const code = currentSessionCode(secretA, listA, shownAt);
    expect(code.digits).toMatch(/^\d{6}$/);
    expect(code.changesAt - shownAt).toBeGreaterThan(0);
    expect(code.changesAt - shownAt).toBeLessThanOrEqual(SESSION_CODE_WINDOW_MS);
    // Over 40 windows the code is not stuck on one value.
    const seen = new Set(
      Array.from({ length: 40 }, (_, i) => sessionCodeAt(secretA, listA, code.window + i)),
    );
    expect(seen.size).toBeGreaterThan(30);
  });

  it("validates within one window either side of the corrected device time", () => {
    const { digits } = currentSessionCode(secretA, listA, shownAt);
    const window = SESSION_CODE_WINDOW_MS;
    for (const delta of [0, -window, window, 29_000]) {
      expect(verifySessionCode(secretA, listA, digits, shownAt + delta)).toBe(true);
    }
    // Two windows later (a forwarded photo) it no longer validates.
    expect(verifySessionCode(secretA, listA, digits, shownAt + 2 * window)).toBe(false);
    expect(verifySessionCode(secretA, listA, digits, shownAt - 2 * window)).toBe(false);
    expect(verifySessionCode(secretA, listA, digits, shownAt + 3600_000)).toBe(false);
  });

  it("allows for a device clock hours off once its measured offset corrects it", () => {
    const { digits } = currentSessionCode(secretA, listA, shownAt);
    for (const offsetMs of [3 * 3600_000, -5 * 3600_000, 7 * 60_000]) {
      // The attendee's phone reads server time minus the offset; the server adds it back.
      const deviceTime = shownAt - offsetMs;
      expect(verifySessionCode(secretA, listA, digits, deviceTime)).toBe(false);
      expect(verifySessionCode(secretA, listA, digits, deviceTime + offsetMs)).toBe(true);
    }
  });

  it("rejects another session's code, another secret and anything not six digits", () => {
    const a = currentSessionCode(secretA, listA, shownAt);
    const b = currentSessionCode(secretB, listB, shownAt);
    expect(a.digits).not.toBe(b.digits);
    expect(verifySessionCode(secretA, listA, b.digits, shownAt)).toBe(false);
    expect(verifySessionCode(secretB, listA, a.digits, shownAt)).toBe(false);
    // Same secret, other list: the list id is under the MAC too.
    expect(sessionCodeAt(secretA, listB, a.window)).not.toBe(a.digits);
    for (const bad of ["", "12345", "1234567", "12345a", " 123456", "١٢٣٤٥٦"]) {
      expect(verifySessionCode(secretA, listA, bad, shownAt)).toBe(false);
    }
    expect(verifySessionCode(secretA, listA, a.digits, Number.NaN)).toBe(false);
  });

  it("reads its own QR text back and nothing else", () => {
    const code = currentSessionCode(secretA, listA, shownAt);
    expect(readSessionCodeQr(code.qr)).toEqual({ listId: listA, digits: code.digits });
    expect(code.qr).toBe(sessionCodeQr(listA, code.digits));
    for (const other of [
      "https://example.vn",
      "WIFI:S:Hoi truong;T:WPA;P:12345678;;",
      `THS1:${listA}:12345`,
      `THS1:not-a-uuid:123456`,
      "NCFOXN%TSMAHN-H",
    ]) {
      expect(readSessionCodeQr(other)).toBeNull();
    }
  });

  it("numbers windows from the unix epoch", () => {
    expect(sessionWindow(0)).toBe(0);
    expect(sessionWindow(SESSION_CODE_WINDOW_MS - 1)).toBe(0);
    expect(sessionWindow(SESSION_CODE_WINDOW_MS)).toBe(1);
  });
});
