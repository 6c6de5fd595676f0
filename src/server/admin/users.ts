import { eq } from "drizzle-orm";
import { newId } from "../../shared/ids.ts";
import { hashPassword } from "../auth/password.ts";
import type { Db } from "../store/db.ts";
import { staffUsers } from "../store/schema.ts";

export type StaffRoleName = "admin" | "organiser" | "trainer";

export class UserExistsError extends Error {
  override name = "UserExistsError";
}

/** Creates a staff account; throws UserExistsError when the username is taken. */
export async function createStaffUser(
  db: Db,
  input: { username: string; password: string; role: StaffRoleName },
): Promise<string> {
  const id = newId();
  const inserted = await db
    .insert(staffUsers)
    .values({
      id,
      username: input.username,
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
