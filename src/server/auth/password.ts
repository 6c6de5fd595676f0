import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { hashQueue } from "./hashQueue.ts";

/** OWASP's scrypt floor (N=2^17, r=8, p=1): 128 MiB and 0.25–0.6 s per hash here. */
export const PRODUCTION_COST = 2 ** 17;
/**
 * The cost of new hashes. Under Vitest (which sets VITEST in its workers; the servers the
 * tests start inherit it) 2^10: the suites create accounts and sign in thousands of times,
 * and at the real cost those hashes took most of `npm test`'s server and browser time —
 * what they test is the logic around the hash. password.test.ts checks that a process
 * without VITEST hashes at PRODUCTION_COST, and that a hash verifies at the cost it records.
 */
const N = process.env.VITEST ? 2 ** 10 : PRODUCTION_COST;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAXMEM = 256 * 1024 * 1024;

/** One scrypt derivation, run through the bounded hashQueue (may throw HashQueueFullError). */
function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return hashQueue.run(() => deriveNow(password, salt, n, r, p));
}

function deriveNow(
  password: string,
  salt: Buffer,
  n: number,
  r: number,
  p: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize("NFC"),
      salt,
      KEY_LENGTH,
      { N: n, r, p, maxmem: MAXMEM },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64url), parameters kept for upgrades. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return ["scrypt", N, R, P, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** Checks a password against a stored hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const key = await derive(password, Buffer.from(salt, "base64url"), +n, +r, +p);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of a random password, for comparing against when a username does not exist. */
export const dummyHash = hashPassword(randomBytes(16).toString("hex"));
