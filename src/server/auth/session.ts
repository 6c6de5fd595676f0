import { and, eq, gt, lt } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../http/context.ts";
import type { Db } from "../store/db.ts";
import { attendees, authSessions, staffUsers } from "../store/schema.ts";
import { isTls } from "./proxy.ts";
import { hashToken, newToken } from "./tokens.ts";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Cookie name, idle timeout and absolute lifetime of each kind of sign-in. */
export const sessionPolicy = {
  staff: { cookie: "th_staff", idleMs: 12 * HOUR, absoluteMs: 7 * DAY },
  // An attendee's phone must keep working through a multi-day event with no network.
  attendee: { cookie: "th_attendee", idleMs: 30 * DAY, absoluteMs: 90 * DAY },
} as const;

type Kind = keyof typeof sessionPolicy;

/** Stores a new session and sets its cookie (Secure when the request came over TLS). */
export async function startSession(
  c: Context<AppEnv>,
  kind: Kind,
  subject: { staffUserId?: string; attendeeId?: string },
  /** Issue 4: the transaction to insert in, when the caller holds one. */
  db: Db = c.var.store.db,
): Promise<void> {
  const policy = sessionPolicy[kind];
  const token = newToken();
  const now = Date.now();
  await db.insert(authSessions).values({
    tokenHash: hashToken(token),
    kind,
    staffUserId: subject.staffUserId ?? null,
    attendeeId: subject.attendeeId ?? null,
    expiresAt: new Date(now + policy.absoluteMs),
  });
  setCookie(c, policy.cookie, token, {
    httpOnly: true,
    sameSite: "Strict",
    secure: isTls(c),
    path: "/",
    maxAge: Math.floor(policy.absoluteMs / 1000),
  });
}

/** Deletes the session behind the request's cookie of that kind, and the cookie. */
export async function endSession(c: Context<AppEnv>, kind: Kind): Promise<void> {
  const token = getCookie(c, sessionPolicy[kind].cookie);
  if (token) {
    await c.var.store.db.delete(authSessions).where(eq(authSessions.tokenHash, hashToken(token)));
  }
  deleteCookie(c, sessionPolicy[kind].cookie, { path: "/" });
}

/**
 * The idle window slides at most once a minute per session (the windows are hours and
 * days long): a device that pushes, pulls and follows the feed every few seconds does
 * not write its session row on every request, and requests that share one sign-in (a
 * door phone's burst, a herd of pushes) do not queue on that row's lock (issue 9).
 */
const TOUCH_EVERY_MS = 60_000;

/** The conditions of a live session of `kind` for `token`. */
function liveSession(kind: Kind, token: string, now: Date) {
  const idleFloor = new Date(now.getTime() - sessionPolicy[kind].idleMs);
  return and(
    eq(authSessions.tokenHash, hashToken(token)),
    eq(authSessions.kind, kind),
    gt(authSessions.expiresAt, now),
    gt(authSessions.lastSeenAt, idleFloor),
  );
}

/** Slides a live session's idle window when it was last slid over a minute ago. */
async function touch(db: Db, kind: Kind, token: string, lastSeenAt: Date, now: Date) {
  if (now.getTime() - lastSeenAt.getTime() < TOUCH_EVERY_MS) return;
  await db
    .update(authSessions)
    .set({ lastSeenAt: now })
    .where(and(liveSession(kind, token, now), lt(authSessions.lastSeenAt, now)));
}

const usableToken = (token: string | undefined): token is string => !!token && token.length <= 100;

/** Middleware: resolves the staff and attendee cookies into `c.var.staff` / `c.var.attendee`. */
export const loadPrincipals: MiddlewareHandler<AppEnv> = async (c, next) => {
  const db = c.var.store.db;
  const now = new Date();
  c.set("staff", null);
  c.set("attendee", null);
  const staffToken = getCookie(c, sessionPolicy.staff.cookie);
  if (usableToken(staffToken)) {
    // One statement: the live session and its user.
    const [found] = await db
      .select({ user: staffUsers, lastSeenAt: authSessions.lastSeenAt })
      .from(authSessions)
      .innerJoin(staffUsers, eq(staffUsers.id, authSessions.staffUserId))
      .where(liveSession("staff", staffToken, now));
    if (found) {
      await touch(db, "staff", staffToken, found.lastSeenAt, now);
      const user = found.user;
      c.set("staff", { kind: "staff", id: user.id, username: user.username, role: user.role });
    }
  }
  const attendeeToken = getCookie(c, sessionPolicy.attendee.cookie);
  if (usableToken(attendeeToken)) {
    const [found] = await db
      .select({ person: attendees, lastSeenAt: authSessions.lastSeenAt })
      .from(authSessions)
      .innerJoin(attendees, eq(attendees.id, authSessions.attendeeId))
      .where(liveSession("attendee", attendeeToken, now));
    if (found) {
      await touch(db, "attendee", attendeeToken, found.lastSeenAt, now);
      const person = found.person;
      c.set("attendee", {
        kind: "attendee",
        id: person.id,
        eventId: person.eventId,
        name: person.name,
      });
    }
  }
  await next();
};

/** Removes expired sessions; called at start-up and then hourly. */
export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(authSessions).where(lt(authSessions.expiresAt, new Date()));
}
