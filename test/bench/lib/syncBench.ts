import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { v7 as uuidv7 } from "uuid";
import type { EventRow } from "../../../src/server/auth/access.ts";
import { seedDemo } from "../../../src/server/demo/seed.ts";
import { openStore, type Store } from "../../../src/server/store/db.ts";
import { attendees, events } from "../../../src/server/store/schema.ts";
import { newId } from "../../../src/shared/ids.ts";
import type { Op } from "../../../src/shared/ops.ts";
import { describeSamples, median, round } from "./stats.ts";
import type { Figure, Skip } from "./types.ts";

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

/** `use` on a bench store (openBenchStore) with the demo event; the store goes after. */
export async function withDemoStore<T>(
  engine: "pglite" | "postgres",
  use: (store: Store, event: EventRow) => Promise<T>,
): Promise<T> {
  const store = await openBenchStore(engine);
  try {
    await seedDemo(store.db);
    const [event] = await store.db.select().from(events).limit(1);
    return await use(store, event!);
  } finally {
    await store.close();
  }
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

/**
 * A sync benchmark's figures: `${name}-pglite`, then `${name}-postgres` when a PostgreSQL
 * server is given (else a skip saying so).
 */
export async function onEachEngine(
  name: string,
  measure: (engine: "pglite" | "postgres") => Promise<Figure>,
): Promise<Array<Figure | Skip>> {
  const results: Array<Figure | Skip> = [await measure("pglite")];
  if (benchPostgresUrl()) results.push(await measure("postgres"));
  else results.push({ name: `${name}-postgres`, skipped: NO_POSTGRES });
  return results;
}

/**
 * A figure in ms: `once` after one warm-up run — the route and the statements' plans
 * warm, as a server that has been up all morning — then `runs` times, each logged; the
 * median, against `budgetMs`. `note` says what was measured, given the median.
 */
export async function timedFigure(
  name: string,
  budgetMs: number,
  runs: number,
  once: () => Promise<number>,
  log: (line: string) => void,
  note: (value: number) => string,
): Promise<Figure> {
  await once();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    samples.push(await once());
    log(`${name}: run ${run + 1}/${runs}: ${round(samples[run]!, 0)} ms`);
  }
  const value = round(median(samples), 0);
  return {
    name,
    value,
    unit: "ms",
    budget: { max: budgetMs },
    runs,
    samples: samples.map((s) => round(s, 0)),
    note: `${note(value)}; ${describeSamples(samples, "ms")}`,
  };
}

/** `n` new attendees of an event, of one unit. */
export function addAttendees(db: Store["db"], eventId: string, n: number, unit: string) {
  return db
    .insert(attendees)
    .values(
      Array.from({ length: n }, (_, i) => ({
        id: newId(),
        eventId,
        name: `Học viên ${i + 1}`,
        unit,
      })),
    )
    .returning();
}
