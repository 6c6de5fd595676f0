import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffUser, UserExistsError } from "../admin/users.ts";
import { staffUsers } from "../store/schema.ts";
import { engines, jsonPost, openTestApp } from "../testing/testStore.ts";
import { normalizeUsername } from "./username.ts";

const migration = readFileSync(
  new URL("../store/migrations/0003_i12_hardening.sql", import.meta.url),
  "utf8",
);

/** Issue 12 item 8: one account per name, whatever its case or Unicode form. */
describe.each(engines)("normalised usernames on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(() => t.store.close());

  const login = (username: string, password: string) =>
    t.app.request("/api/auth/login", {
      ...jsonPost({ username, password }),
      headers: { "content-type": "application/json", "x-forwarded-for": "10.20.0.1" },
    });

  it("signs in with the NFD or upper-case form of a name, and refuses a second account under it", async () => {
    await createStaffUser(t.store.db, {
      username: "Đức",
      password: "mat-khau-duc-1",
      role: "trainer",
    });
    const nfd = "ĐỨC".normalize("NFD");
    expect(nfd).not.toBe("ĐỨC");
    for (const form of [nfd, "ĐỨC", " đức ", "đức".normalize("NFD")]) {
      const response = await login(form, "mat-khau-duc-1");
      expect({ form, status: response.status }).toEqual({ form, status: 200 });
      expect(await response.json()).toMatchObject({ user: { username: "đức" } });
    }
    await expect(
      createStaffUser(t.store.db, { username: nfd, password: "khac-hoan-toan", role: "admin" }),
    ).rejects.toBeInstanceOf(UserExistsError);
  });

  it("migrates existing names to their normal form, renaming later duplicates deterministically", async () => {
    // Rows as an older version wrote them: the folded index did not exist yet.
    await t.store.db.execute(sql`DROP INDEX staff_users_username_folded`);
    await t.store.db.execute(sql`DELETE FROM staff_users`);
    const rows: [string, string, string][] = [
      ["00000000-0000-7000-8000-000000000003", "Admin", "2025-01-03"],
      ["00000000-0000-7000-8000-000000000001", "ADMIN", "2025-01-01"],
      ["00000000-0000-7000-8000-000000000002", "admin", "2025-01-02"],
      ["00000000-0000-7000-8000-000000000004", "ĐỨC".normalize("NFD"), "2025-01-01"],
      ["00000000-0000-7000-8000-000000000005", "lan", "2025-01-01"],
    ];
    for (const [id, username, created] of rows) {
      await t.store.db.insert(staffUsers).values({
        id,
        username,
        passwordHash: "x",
        role: "trainer",
        createdAt: new Date(created),
      });
    }
    for (const statement of migration.split("--> statement-breakpoint")) {
      await t.store.db.execute(sql.raw(statement));
    }
    const after = await t.store.db
      .select({ id: staffUsers.id, username: staffUsers.username })
      .from(staffUsers)
      .orderBy(staffUsers.id);
    expect(after.map((r) => r.username)).toEqual(["admin", "admin-2", "admin-3", "đức", "lan"]);
    for (const { username } of after) expect(normalizeUsername(username)).toBe(username);
  });
});
