import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { ChangePasswordBody, LoginBody, type Me } from "../../shared/api.ts";
import { changeOwnPassword } from "../auth/changePassword.ts";
import { requireStaff } from "../auth/guards.ts";
import { dummyHash, verifyPassword } from "../auth/password.ts";
import { checkThrottle, clearFailures, clientIp, countFailure } from "../auth/rateLimit.ts";
import { endSession, startSession } from "../auth/session.ts";
import { normalizeUsername } from "../auth/username.ts";
import { readJson } from "../http/body.ts";
import type { AppEnv } from "../http/context.ts";
import { ApiError, unauthenticated } from "../http/errors.ts";
import { events, staffUsers } from "../store/schema.ts";

/** Staff sign-in with username and password; attendees sign in through invites.ts. */
export const authRoutes = new Hono<AppEnv>()
  .post("/login", async (c) => {
    const body = await readJson(c, LoginBody);
    const db = c.var.store.db;
    const username = normalizeUsername(body.username);
    const ip = clientIp(c);
    // Only failures count (OWASP): a throttled pair or address waits; a correct password
    // never adds. Parallel guesses are bounded by the hashing queue (auth/hashQueue.ts).
    await checkThrottle(db, ip, username);
    const [user] = await db.select().from(staffUsers).where(eq(staffUsers.username, username));
    // Verify against a dummy hash for unknown users so the timing does not tell them apart.
    const ok = await verifyPassword(body.password, user?.passwordHash ?? (await dummyHash));
    if (!user || !ok) {
      await countFailure(db, ip, username);
      throw new ApiError(401, "invalid_credentials", "wrong username or password");
    }
    await clearFailures(db, ip, username);
    await startSession(c, "staff", { staffUserId: user.id });
    return c.json({ user: { id: user.id, username: user.username, role: user.role } });
  })
  // POST /api/auth/password: a signed-in staff member changes their own password.
  .post("/password", async (c) => {
    const staff = requireStaff(c);
    const body = await readJson(c, ChangePasswordBody);
    await changeOwnPassword(c, staff, body);
    return c.json({ ok: true });
  })
  // Staff sign-out only: an organiser who is also an attendee keeps their attendee sign-in
  // (and ticket) on the same device.
  .post("/logout", async (c) => {
    await endSession(c, "staff");
    return c.json({ ok: true });
  });

/** GET /api/me: who the cookies sign in (staff first). */
export const meRoutes = new Hono<AppEnv>().get("/", async (c) => {
  const { staff, attendee } = c.var;
  if (staff) {
    const me: Me = {
      kind: "staff",
      user: { id: staff.id, username: staff.username, role: staff.role },
    };
    return c.json(me);
  }
  if (attendee) {
    const [event] = await c.var.store.db
      .select({ slug: events.slug })
      .from(events)
      .where(eq(events.id, attendee.eventId));
    const me: Me = {
      kind: "attendee",
      attendee: { id: attendee.id, name: attendee.name },
      event: { slug: event?.slug ?? "" },
    };
    return c.json(me);
  }
  throw unauthenticated();
});
