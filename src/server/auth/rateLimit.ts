import { and, eq, like, lt, or, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import type { Db } from "../store/db.ts";
import { loginAttempts } from "../store/schema.ts";
import { fromLocalPeer, peerAddress } from "./proxy.ts";
import { normalizeUsername } from "./username.ts";

/**
 * A throttle on failed sign-ins (OWASP's authentication guidance): `free` failures pass
 * untouched; after them each further attempt must wait a delay that doubles with every
 * failure, from `baseDelayMs` up to `maxDelayMs` — a growing delay, never a lock that
 * outlasts it. Failures are forgotten `forgetAfterMs` after the last one.
 */
export interface Throttle {
  free: number;
  baseDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * Sign-in throttles, each counting failures only (a correct password never adds):
 * - `pair`: one username from one address — the guessing this stops. Failures from one
 *   address never slow the same username down from another address, so strangers cannot
 *   lock a colleague out.
 * - `address`: one address across usernames — spraying. Loose, since a whole hall shares
 *   one NAT address: a few dozen junk requests there slow no one.
 */
export const loginThrottles = {
  pair: { free: 5, baseDelayMs: SECOND, maxDelayMs: 15 * MINUTE, forgetAfterMs: 15 * MINUTE },
  address: { free: 100, baseDelayMs: SECOND, maxDelayMs: 5 * MINUTE, forgetAfterMs: 15 * MINUTE },
} satisfies Record<string, Throttle>;

/** How long after its last failure the next attempt must wait, given `failures` so far. */
export function delayAfter(failures: number, throttle: Throttle): number {
  if (failures < throttle.free) return 0;
  const doublings = Math.min(failures - throttle.free, 30);
  return Math.min(throttle.baseDelayMs * 2 ** doublings, throttle.maxDelayMs);
}

/** The counter keys of an address, and of a username from that address. */
export function throttleKeys(ip: string, username: string) {
  return {
    address: `ip:${ip}`,
    pair: `${usernamePrefix(username)}ip:${ip}`,
  };
}

/** The start of every pair key of a username (to clear them all on a password reset). */
const usernamePrefix = (username: string) => `user:${normalizeUsername(username)}|`;

/**
 * Milliseconds the next attempt under `key` must still wait (0: none). The row's
 * `windowStart` is the time of the last failure, `attempts` the failures since the count
 * was last forgotten.
 */
export async function waitFor(db: Db, key: string, throttle: Throttle, now: Date): Promise<number> {
  const [row] = await db.select().from(loginAttempts).where(eq(loginAttempts.key, key));
  if (!row) return 0;
  const last = new Date(row.windowStart).getTime();
  if (now.getTime() - last >= throttle.forgetAfterMs) return 0;
  return Math.max(0, last + delayAfter(row.attempts, throttle) - now.getTime());
}

/**
 * Counts one failure under `key`; returns the failures counted. One upsert, so concurrent
 * failures from several server processes sharing PostgreSQL count exactly.
 */
export async function recordFailure(
  db: Db,
  key: string,
  throttle: Throttle,
  now: Date,
): Promise<number> {
  const cutoff = sql`${new Date(now.getTime() - throttle.forgetAfterMs).toISOString()}::timestamptz`;
  const stale = sql`${loginAttempts.windowStart} <= ${cutoff}`;
  const [row] = await db
    .insert(loginAttempts)
    .values({ key, windowStart: now, attempts: 1 })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        attempts: sql`CASE WHEN ${stale} THEN 1 ELSE ${loginAttempts.attempts} + 1 END`,
        windowStart: sql`${now.toISOString()}::timestamptz`,
      },
    })
    .returning();
  if (!row) throw new Error("login_attempts upsert returned nothing");
  return row.attempts;
}

/**
 * Throws 429 with Retry-After when the address, or this username from this address, must
 * still wait after earlier failures. Reads only: the attempt counts once it has failed.
 */
export async function checkThrottle(db: Db, ip: string, username: string, now = new Date()) {
  const keys = throttleKeys(ip, username);
  const wait = Math.max(
    await waitFor(db, keys.pair, loginThrottles.pair, now),
    await waitFor(db, keys.address, loginThrottles.address, now),
  );
  if (wait <= 0) return;
  const retryAfter = Math.max(1, Math.ceil(wait / SECOND));
  throw new ApiError(429, "rate_limited", `too many failed sign-ins; retry in ${retryAfter} s`, {
    "Retry-After": String(retryAfter),
  });
}

/** Counts a failed sign-in (or wrong current password) for the pair and the address. */
export async function countFailure(db: Db, ip: string, username: string, now = new Date()) {
  const keys = throttleKeys(ip, username);
  await recordFailure(db, keys.pair, loginThrottles.pair, now);
  await recordFailure(db, keys.address, loginThrottles.address, now);
}

/** After a correct password: forgets this address's failures and this username's from it. */
export async function clearFailures(db: Db, ip: string, username: string): Promise<void> {
  const keys = throttleKeys(ip, username);
  await db
    .delete(loginAttempts)
    .where(or(eq(loginAttempts.key, keys.pair), eq(loginAttempts.key, keys.address)));
}

/** Forgets a username's failures from every address (its password was reset). */
export async function clearUsername(db: Db, username: string): Promise<void> {
  const prefix = usernamePrefix(username).replace(/[\\%_]/g, (ch) => `\\${ch}`);
  await db.delete(loginAttempts).where(and(like(loginAttempts.key, `${prefix}%`)));
}

/** Deletes counters forgotten long ago; called with the session purge. */
export async function purgeLoginAttempts(db: Db, now = new Date()): Promise<void> {
  const longest = Math.max(...Object.values(loginThrottles).map((t) => t.forgetAfterMs));
  await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.windowStart, new Date(now.getTime() - longest)));
}

/**
 * The client's address: the socket's peer, or — when the peer is a proxy on this host —
 * the last address the proxy added to X-Forwarded-For (earlier entries are the client's
 * own claims and could be forged). `app.request()` in tests has no socket and is treated
 * like a local proxy.
 */
export function clientIp(c: Context<AppEnv>): string {
  const peer = peerAddress(c);
  const forwarded = c.req.header("x-forwarded-for");
  if (fromLocalPeer(c) && forwarded) {
    const last = forwarded.split(",").at(-1)?.trim();
    if (last) return last;
  }
  return peer ?? "unknown";
}
