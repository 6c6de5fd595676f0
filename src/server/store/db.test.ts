import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openStore } from "./db.ts";

describe.skipIf(!process.env.TEST_DATABASE_URL)("migrations on PostgreSQL", () => {
  it("two processes starting together both migrate safely under the advisory lock", async () => {
    const base = process.env.TEST_DATABASE_URL!;
    const name = `th_lock_${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(base);
      url.pathname = `/${name}`;
      const stores = await Promise.all(
        [1, 2, 3].map(() => openStore({ databaseUrl: url.toString() })),
      );
      const check = new pg.Client({ connectionString: url.toString() });
      await check.connect();
      const { rows } = await check.query(
        "SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations",
      );
      await check.end();
      // Every migration of the journal applied exactly once, however many processes raced.
      const journal = JSON.parse(
        readFileSync(new URL("./migrations/meta/_journal.json", import.meta.url), "utf8"),
      ) as { entries: unknown[] };
      expect(rows[0].n).toBe(journal.entries.length);
      await Promise.all(stores.map((s) => s.close()));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
