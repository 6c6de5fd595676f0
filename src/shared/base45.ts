/**
 * Base45 (RFC 9285): bytes as text in the 45-character QR alphanumeric alphabet, so a QR
 * code can use its denser alphanumeric mode. Strict: any string that is not the canonical
 * encoding of some bytes is refused, so one text corresponds to exactly one byte string.
 * (The npm `base45` packages accept out-of-range groups and need Node's Buffer.)
 */
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
const VALUE = new Map([...ALPHABET].map((char, index) => [char, index]));

export class Base45Error extends Error {
  override name = "Base45Error";
}

/** Encodes bytes as Base45 text. */
export function encodeBase45(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const n = bytes[i]! * 256 + bytes[i + 1]!;
    out += ALPHABET[n % 45]! + ALPHABET[Math.floor(n / 45) % 45]! + ALPHABET[Math.floor(n / 2025)]!;
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1]!;
    out += ALPHABET[n % 45]! + ALPHABET[Math.floor(n / 45)]!;
  }
  return out;
}

/** Decodes Base45 text; throws Base45Error on a bad character, length or group value. */
export function decodeBase45(text: string): Uint8Array {
  if (text.length % 3 === 1) throw new Base45Error("Base45 text cannot have length 3k+1");
  const values = Array.from(text, (char) => {
    const value = VALUE.get(char);
    if (value === undefined)
      throw new Base45Error(`not a Base45 character: ${JSON.stringify(char)}`);
    return value;
  });
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < values.length; i += 3) {
    if (i + 2 < values.length) {
      const n = values[i]! + values[i + 1]! * 45 + values[i + 2]! * 2025;
      if (n > 0xffff) throw new Base45Error("Base45 group out of range");
      out[o++] = n >> 8;
      out[o++] = n & 0xff;
    } else {
      const n = values[i]! + values[i + 1]! * 45;
      if (n > 0xff) throw new Base45Error("Base45 group out of range");
      out[o++] = n;
    }
  }
  return out;
}
