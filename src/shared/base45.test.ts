import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Base45Error, decodeBase45, encodeBase45 } from "./base45.ts";
import { fromBase64Url, toBase64Url } from "./bytes.ts";

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const text = (bytes: Uint8Array) => String.fromCharCode(...bytes);

describe("Base45 (RFC 9285)", () => {
  it("matches the RFC's examples", () => {
    const examples: [string, string][] = [
      ["AB", "BB8"],
      ["Hello!!", "%69 VD92EX0"],
      ["base-45", "UJCLQE7W581"],
      ["ietf!", "QED8WEX0"],
      ["", ""],
    ];
    for (const [plain, encoded] of examples) {
      expect(encodeBase45(ascii(plain))).toBe(encoded);
      expect(text(decodeBase45(encoded))).toBe(plain);
    }
  });

  it("round-trips any bytes through the QR alphanumeric alphabet", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = encodeBase45(bytes);
        expect(encoded).toMatch(/^[0-9A-Z $%*+\-./:]*$/);
        expect(decodeBase45(encoded)).toEqual(bytes);
      }),
    );
  });

  it("refuses what no bytes encode to", () => {
    for (const bad of ["GGW", "A", "ABCD", "ab", "BB8\n", "ZZ", "é12"]) {
      expect(() => decodeBase45(bad), bad).toThrow(Base45Error);
    }
  });
});

describe("base64url", () => {
  it("matches RFC 4648's examples and round-trips any bytes", () => {
    const examples: [string, string][] = [
      ["", ""],
      ["f", "Zg"],
      ["fo", "Zm8"],
      ["foo", "Zm9v"],
      ["foobar", "Zm9vYmFy"],
      ["\xfb\xff\xbf", "-_-_"],
    ];
    for (const [plain, encoded] of examples) {
      expect(toBase64Url(ascii(plain))).toBe(encoded);
      expect(text(fromBase64Url(encoded))).toBe(plain);
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
    expect(() => fromBase64Url("ab+c")).toThrow();
    expect(() => fromBase64Url("a")).toThrow();
  });
});
