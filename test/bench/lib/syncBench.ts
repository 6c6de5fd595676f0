import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { v7 as uuidv7 } from "uuid";
import { openStore, type Store } from "../../../src/server/store/db.ts";
import type { Op } from "../../../src/shared/ops.ts";

/**
 * The PostgreSQL server the sync benchmarks use: BENCH_DATABASE_URL, else
 * TEST_DATABASE_URL. Each run creates its own database there and drops it after.
 */
export function benchPostgresUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
}

export const NO_POSTGRES =
  "no PostgreSQL given (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a server where a database may be created)";

/** A new database on the server of `base`; `drop()` removes it. */
export async function scratchDatabase(
  base: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `th_bench_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: base });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/**
 * A migrated store on either engine, as `npm start` opens it: PGlite in a data directory
 * on disk (in memory, its file system copies a growing table file whole each time it
 * outgrows its buffer: a fifth of an ingest run's time, which no server meets), or a
 * scratch PostgreSQL database. `close()` also removes the directory or drops the database.
 */
export async function openBenchStore(engine: "pglite" | "postgres"): Promise<Store> {
  if (engine === "pglite") {
    const dataDir = mkdtempSync(join(tmpdir(), "th-bench-pglite-"));
    const store = await openStore({ dataDir });
    return {
      ...store,
      async close() {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const scratch = await scratchDatabase(benchPostgresUrl()!);
  const store = await openStore({ databaseUrl: scratch.url });
  return {
    ...store,
    async close() {
      await store.close();
      await scratch.drop();
    },
  };
}

/** `n` "test.note" ops of an event, as a device sends them. */
export function noteOps(eventId: string, n: number, label: string): Op[] {
  const createdAt = new Date().toISOString();
  return Array.from({ length: n }, (_, i) => ({
    id: uuidv7(),
    kind: "test.note",
    eventId,
    payload: { text: `${label} ghi chú số ${i}` },
    createdAt,
    clockOffsetMs: 0,
  }));
}
