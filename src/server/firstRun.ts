import { sql } from "drizzle-orm";
import { createStaffUser, hasAdmin } from "./admin/users.ts";
import { newPassword } from "./auth/tokens.ts";
import { seedDemo } from "./demo/seed.ts";
import type { Db, Store } from "./store/db.ts";

/** Arbitrary constant shared by every server starting on the same database. */
const FIRST_RUN_LOCK_ID = 727_271_016;

/**
 * Fills a fresh database: the demo events (when asked) and an admin account with a random
 * password, which it returns (null when an admin exists already). Several servers starting
 * together on one PostgreSQL database check-then-insert the same rows: the advisory lock
 * lets one fill it, and the others (READ COMMITTED: every statement sees what committed
 * before it) then find it filled. The lock ends with the transaction.
 */
export async function fillFreshDatabase(
  store: Store,
  options: { seedDemo: boolean },
): Promise<string | null> {
  return store.db.transaction(async (tx) => {
    if (store.engine === "postgres") {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${FIRST_RUN_LOCK_ID})`);
    }
    const db = tx as unknown as Db;
    if (options.seedDemo) await seedDemo(db);
    if (await hasAdmin(db)) return null;
    const password = newPassword();
    await createStaffUser(db, { username: "admin", password, role: "admin" });
    return password;
  });
}
