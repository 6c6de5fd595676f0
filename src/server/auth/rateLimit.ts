import { lt, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import type { Db } from "../store/db.ts";
import { loginAttempts } from "../store/schema.ts";
import { fromLocalPeer, peerAddress } from "./proxy.ts";

/** A fixed-window limit: at most `max` attempts per `windowMs`. */
export interface Limit {
  max: number;
  windowMs: number;
}

const MINUTE = 60_000;

/**
 * Sign-in limits. Per IP is looser than per username: a conference hall shares one
 * address, while one account being guessed at is the attack this stops. A successful
 * sign-in clears its username's count (not its IP's).
 */
export const loginLimits = {
  ip: { max: 30, windowMs: 15 * MINUTE },
  username: { max: 5, windowMs: 15 * MINUTE },
} satisfies Record<string, Limit>;

/**
 * Counts one attempt under `key` and returns the count in the current window and when the
 * window ends. One upsert, so concurrent requests from several server processes sharing
 * PostgreSQL count exactly (the row lock serialises them).
 */
export async function countAttempt(
  db: Db,
  key: string,
  limit: Limit,
  now = new Date(),
): Promise<{ attempts: number; resetAt: Date }> {
  const cutoff = sql`${new Date(now.getTime() - limit.windowMs).toISOString()}::timestamptz`;
  const start = sql`${now.toISOString()}::timestamptz`;
  const stale = sql`${loginAttempts.windowStart} <= ${cutoff}`;
  const [row] = await db
    .insert(loginAttempts)
    .values({ key, windowStart: now, attempts: 1 })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        attempts: sql`CASE WHEN ${stale} THEN 1 ELSE ${loginAttempts.attempts} + 1 END`,
        windowStart: sql`CASE WHEN ${stale} THEN ${start} ELSE ${loginAttempts.windowStart} END`,
      },
    })
    .returning();
  if (!row) throw new Error("login_attempts upsert returned nothing");
  return {
    attempts: row.attempts,
    resetAt: new Date(new Date(row.windowStart).getTime() + limit.windowMs),
  };
}

/** Forgets the attempts under `key` (after a successful sign-in). */
export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.delete(loginAttempts).where(sql`${loginAttempts.key} = ${key}`);
}

/** Deletes counters whose window ended long ago; called with the session purge. */
export async function purgeLoginAttempts(db: Db, now = new Date()): Promise<void> {
  const longest = Math.max(...Object.values(loginLimits).map((l) => l.windowMs));
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

/**
 * Counts a sign-in attempt for the request's IP and for `username`; throws 429 with
 * Retry-After (seconds) when either is over its limit.
 */
export async function limitLogin(c: Context<AppEnv>, username: string): Promise<void> {
  const db = c.var.store.db;
  const now = new Date();
  const checks = [
    await countAttempt(db, `ip:${clientIp(c)}`, loginLimits.ip, now).then((r) => ({
      ...r,
      max: loginLimits.ip.max,
    })),
    await countAttempt(db, usernameKey(username), loginLimits.username, now).then((r) => ({
      ...r,
      max: loginLimits.username.max,
    })),
  ];
  const over = checks.filter((check) => check.attempts > check.max);
  if (over.length === 0) return;
  const resetAt = Math.max(...over.map((check) => check.resetAt.getTime()));
  const retryAfter = Math.max(1, Math.ceil((resetAt - now.getTime()) / 1000));
  throw new ApiError(429, "rate_limited", `too many sign-in attempts; retry in ${retryAfter} s`, {
    "Retry-After": String(retryAfter),
  });
}

/** The counter key of a username, case- and form-insensitive like a person types it. */
export function usernameKey(username: string): string {
  return `user:${username.normalize("NFC").trim().toLowerCase()}`;
}
