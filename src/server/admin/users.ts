import { and, eq } from "drizzle-orm";
import { newId } from "../../shared/ids.ts";
import { hashPassword } from "../auth/password.ts";
import { normalizeUsername } from "../auth/username.ts";
import type { Db } from "../store/db.ts";
import { eventGrants, events, staffUsers } from "../store/schema.ts";

export type StaffRoleName = "admin" | "organiser" | "trainer";

export class UserExistsError extends Error {
  override name = "UserExistsError";
}

/**
 * Creates a staff account under its normalised username (auth/username.ts); throws
 * UserExistsError when that is taken, in any case or Unicode form.
 */
export async function createStaffUser(
  db: Db,
  input: { username: string; password: string; role: StaffRoleName },
): Promise<string> {
  const id = newId();
  const inserted = await db
    .insert(staffUsers)
    .values({
      id,
      username: normalizeUsername(input.username),
      passwordHash: await hashPassword(input.password),
      role: input.role,
    })
    .onConflictDoNothing()
    .returning({ id: staffUsers.id });
  if (inserted.length === 0) throw new UserExistsError(`user ${input.username} exists already`);
  return id;
}

/** True when at least one admin account exists. */
export async function hasAdmin(db: Db): Promise<boolean> {
  const rows = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(eq(staffUsers.role, "admin"))
    .limit(1);
  return rows.length > 0;
}

/** Thrown by grant/reset-password when the username or event does not exist. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/**
 * Gives a staff member a role on one event, replacing any role they had there; role
 * "none" removes their access. Admins need no grant (their role is global).
 */
export async function grantEventRole(
  db: Db,
  input: { username: string; eventSlug: string; role: "organiser" | "trainer" | "none" },
): Promise<{ adminAlready: boolean }> {
  const [user] = await db
    .select()
    .from(staffUsers)
    .where(eq(staffUsers.username, normalizeUsername(input.username)));
  if (!user) throw new NotFoundError(`no user ${input.username}`);
  const [event] = await db.select().from(events).where(eq(events.slug, input.eventSlug));
  if (!event) throw new NotFoundError(`no event with slug ${input.eventSlug}`);
  const key = and(eq(eventGrants.staffUserId, user.id), eq(eventGrants.eventId, event.id));
  if (input.role === "none") {
    await db.delete(eventGrants).where(key);
  } else {
    await db
      .insert(eventGrants)
      .values({ staffUserId: user.id, eventId: event.id, role: input.role })
      .onConflictDoUpdate({
        target: [eventGrants.staffUserId, eventGrants.eventId],
        set: { role: input.role },
      });
  }
  return { adminAlready: user.role === "admin" };
}

/** The id of a staff account by username; throws NotFoundError. */
export async function staffUserId(db: Db, username: string): Promise<string> {
  const [user] = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(eq(staffUsers.username, normalizeUsername(username)));
  if (!user) throw new NotFoundError(`no user ${username}`);
  return user.id;
}
