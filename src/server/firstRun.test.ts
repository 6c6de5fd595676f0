import { randomBytes } from "node:crypto";
import { count, eq } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { fillFreshDatabase } from "./firstRun.ts";
import { openStore, type Store } from "./store/db.ts";
import { events, staffUsers } from "./store/schema.ts";
import { openTestStore } from "./testing/testStore.ts";

async function tally(store: Store) {
  const [admins] = await store.db
    .select({ n: count() })
    .from(staffUsers)
    .where(eq(staffUsers.role, "admin"));
  const [demo] = await store.db.select({ n: count() }).from(events).where(eq(events.slug, "demo"));
  const [all] = await store.db.select({ n: count() }).from(events);
  return { admins: admins?.n, demo: demo?.n, events: all?.n };
}

describe("first run", () => {
  it("seeds the demo and creates the admin once; a restart changes nothing", async () => {
    const store = await openTestStore("pglite");
    try {
      expect(await fillFreshDatabase(store, { seedDemo: true })).toMatch(/^[A-Za-z0-9]{20}$/);
      expect(await fillFreshDatabase(store, { seedDemo: true })).toBeNull();
      expect(await tally(store)).toEqual({ admins: 1, demo: 1, events: 3 });
    } finally {
      await store.close();
    }
  });

  it("leaves the demo out when asked", async () => {
    const store = await openTestStore("pglite");
    try {
      await fillFreshDatabase(store, { seedDemo: false });
      expect(await tally(store)).toEqual({ admins: 1, demo: 0, events: 0 });
    } finally {
      await store.close();
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    "lets servers started together on one fresh PostgreSQL database all succeed",
    async () => {
      const base = process.env.TEST_DATABASE_URL!;
      const name = `th_test_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(base);
      url.pathname = `/${name}`;
      const stores = await Promise.all(
        [1, 2, 3].map(() => openStore({ databaseUrl: url.toString() })),
      );
      try {
        const passwords = await Promise.all(
          stores.map((store) => fillFreshDatabase(store, { seedDemo: true })),
        );
        expect(passwords.filter((p) => p !== null)).toHaveLength(1);
        expect(await tally(stores[0]!)).toEqual({ admins: 1, demo: 1, events: 3 });
      } finally {
        await Promise.all(stores.map((store) => store.close()));
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});
