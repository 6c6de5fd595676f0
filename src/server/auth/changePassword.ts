import { and, eq, ne } from "drizzle-orm";
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import type { ChangePasswordBody } from "../../shared/api.ts";
import type { AppEnv, StaffPrincipal } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import type { Db } from "../store/db.ts";
import { authSessions, staffUsers } from "../store/schema.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import {
  checkThrottle,
  clearFailures,
  clearUsername,
  clientIp,
  countFailure,
} from "./rateLimit.ts";
import { sessionPolicy } from "./session.ts";
import { hashToken } from "./tokens.ts";

/**
 * Changes the signed-in staff member's password after checking the current one (counted
 * like a sign-in, so a stolen session cannot guess it), and signs out their other devices.
 * Once the current password has proved right, the username's count is cleared, as at a
 * successful sign-in, so typing slips while changing it do not lock the account.
 */
export async function changeOwnPassword(
  c: Context<AppEnv>,
  staff: StaffPrincipal,
  body: ChangePasswordBody,
): Promise<void> {
  const db = c.var.store.db;
  const ip = clientIp(c);
  await checkThrottle(db, ip, staff.username);
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, staff.id));
  if (!user || !(await verifyPassword(body.currentPassword, user.passwordHash))) {
    await countFailure(db, ip, staff.username);
    throw new ApiError(400, "wrong_password", "the current password is wrong");
  }
  await clearFailures(db, ip, staff.username);
  if (body.newPassword === body.currentPassword) {
    throw new ApiError(400, "same_password", "the new password must differ from the current one");
  }
  const token = getCookie(c, sessionPolicy.staff.cookie) ?? "";
  await setPassword(db, staff.id, body.newPassword, hashToken(token));
}

/**
 * Stores a new password hash and ends every session of the account except `keepTokenHash`
 * (the device that made the change), in one transaction. It also lifts a sign-in lock-out
 * of the username: an administrator resetting a locked-out colleague's password means them
 * to sign in with it now, not after the window has passed.
 */
export async function setPassword(
  db: Db,
  staffUserId: string,
  password: string,
  keepTokenHash?: string,
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .update(staffUsers)
      .set({ passwordHash })
      .where(eq(staffUsers.id, staffUserId))
      .returning({ username: staffUsers.username });
    if (user) await clearUsername(tx as unknown as Db, user.username);
    await tx
      .delete(authSessions)
      .where(
        keepTokenHash
          ? and(
              eq(authSessions.staffUserId, staffUserId),
              ne(authSessions.tokenHash, keepTokenHash),
            )
          : eq(authSessions.staffUserId, staffUserId),
      );
  });
}
