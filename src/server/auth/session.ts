import { and, eq, lt, sql } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv, AttendeePrincipal, StaffPrincipal } from "../http/context.ts";
import { BatchLoader } from "../store/batchLoader.ts";
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

/**
 * The conditions of the live sessions of `kind` among the token hashes `hashes`, with
 * placeholders (values: liveSessionValues), for prepared statements: every request reads
 * its session, and prepared once the read takes 0.1 ms on PostgreSQL where building and
 * planning it each time took 0.5.
 */
function liveSessions(kind: Kind) {
  return and(
    sql`${authSessions.tokenHash} = ANY(${sql.placeholder("hashes")}::text[])`,
    eq(authSessions.kind, kind),
    sql`${authSessions.expiresAt} > ${sql.placeholder("now")}::timestamptz`,
    sql`${authSessions.lastSeenAt} > ${sql.placeholder("idleFloor")}::timestamptz`,
  );
}

/** The placeholder values of liveSessions: `now` and the idle floor as ISO timestamps. */
function liveSessionValues(kind: Kind, hashes: string[]) {
  const now = Date.now();
  return {
    hashes,
    now: new Date(now).toISOString(),
    idleFloor: new Date(now - sessionPolicy[kind].idleMs).toISOString(),
  };
}

/** A live session as a request needs it: who, and when the idle window last slid. */
interface Found<P> {
  principal: P;
  lastSeenAt: Date;
}

/**
 * The session reads and idle-window slides of one database, batched (store/batchLoader.ts):
 * the requests of a herd (issue 9) read their sessions in one query, whether they share
 * one sign-in or each has its own, and slide their windows in one statement.
 */
interface SessionLoaders {
  staff: BatchLoader<string, Found<StaffPrincipal>>;
  attendee: BatchLoader<string, Found<AttendeePrincipal>>;
  touch: Record<Kind, BatchLoader<string, true>>;
}

const loaders = new WeakMap<Db, SessionLoaders>();

/** A session read's rows by token hash, each person made a principal. */
function byToken<W, P>(
  rows: { tokenHash: string; lastSeenAt: Date; who: W }[],
  principal: (who: W) => P,
): Map<string, Found<P>> {
  return new Map(
    rows.map(({ tokenHash, lastSeenAt, who }) => [
      tokenHash,
      { principal: principal(who), lastSeenAt },
    ]),
  );
}

function sessionLoaders(db: Db): SessionLoaders {
  let found = loaders.get(db);
  if (found) return found;
  const touch = (kind: Kind) => {
    const slide = db
      .update(authSessions)
      .set({ lastSeenAt: sql`${sql.placeholder("now")}::timestamptz` })
      .where(
        and(
          liveSessions(kind),
          sql`${authSessions.lastSeenAt} < ${sql.placeholder("now")}::timestamptz`,
          // A slide is bookkeeping: its commit need not wait for the disk (a crash may
          // lose it; the session then idles from the slide before). A constant condition,
          // run once before the rows, sets that for this statement's transaction only.
          sql`(SELECT set_config('synchronous_commit', 'off', true)) IS NOT NULL`,
        ),
      )
      .prepare(`th_session_touch_${kind}`);
    return new BatchLoader<string, true>(async (hashes) => {
      await slide.execute(liveSessionValues(kind, hashes));
      return new Map();
    });
  };
  // Only what a request needs of the person (never the password hash), prepared once.
  const staffRead = db
    .select({
      tokenHash: authSessions.tokenHash,
      lastSeenAt: authSessions.lastSeenAt,
      who: { id: staffUsers.id, username: staffUsers.username, role: staffUsers.role },
    })
    .from(authSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, authSessions.staffUserId))
    .where(liveSessions("staff"))
    .prepare("th_session_staff");
  const attendeeRead = db
    .select({
      tokenHash: authSessions.tokenHash,
      lastSeenAt: authSessions.lastSeenAt,
      who: { id: attendees.id, eventId: attendees.eventId, name: attendees.name },
    })
    .from(authSessions)
    .innerJoin(attendees, eq(attendees.id, authSessions.attendeeId))
    .where(liveSessions("attendee"))
    .prepare("th_session_attendee");
  found = {
    staff: new BatchLoader(async (hashes) =>
      byToken(await staffRead.execute(liveSessionValues("staff", hashes)), (who) => ({
        kind: "staff" as const,
        ...who,
      })),
    ),
    attendee: new BatchLoader(async (hashes) =>
      byToken(await attendeeRead.execute(liveSessionValues("attendee", hashes)), (who) => ({
        kind: "attendee" as const,
        ...who,
      })),
    ),
    touch: { staff: touch("staff"), attendee: touch("attendee") },
  };
  loaders.set(db, found);
  return found;
}

/** Slides a live session's idle window when it was last slid over a minute ago. */
async function touch(db: Db, kind: Kind, tokenHash: string, lastSeenAt: Date) {
  if (Date.now() - lastSeenAt.getTime() < TOUCH_EVERY_MS) return;
  await sessionLoaders(db).touch[kind].load(tokenHash);
}

const usableToken = (token: string | undefined): token is string => !!token && token.length <= 100;

/** Middleware: resolves the staff and attendee cookies into `c.var.staff` / `c.var.attendee`. */
export const loadPrincipals: MiddlewareHandler<AppEnv> = async (c, next) => {
  const db = c.var.store.db;
  c.set("staff", null);
  c.set("attendee", null);
  const staffToken = getCookie(c, sessionPolicy.staff.cookie);
  if (usableToken(staffToken)) {
    const hash = hashToken(staffToken);
    const found = await sessionLoaders(db).staff.load(hash);
    if (found) {
      await touch(db, "staff", hash, found.lastSeenAt);
      c.set("staff", found.principal);
    }
  }
  const attendeeToken = getCookie(c, sessionPolicy.attendee.cookie);
  if (usableToken(attendeeToken)) {
    const hash = hashToken(attendeeToken);
    const found = await sessionLoaders(db).attendee.load(hash);
    if (found) {
      await touch(db, "attendee", hash, found.lastSeenAt);
      c.set("attendee", found.principal);
    }
  }
  await next();
};

/** Removes expired sessions; called at start-up and then hourly. */
export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(authSessions).where(lt(authSessions.expiresAt, new Date()));
}
