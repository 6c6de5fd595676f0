import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema.ts";

/** The Drizzle database, whichever engine is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Store {
  db: Db;
  engine: "pglite" | "postgres";
  /**
   * The sync push's transactions (issue 9): on PostgreSQL a connection of their own, so a
   * group commit never waits in the pool's queue behind the reads of a herd of requests
   * arriving meanwhile (sign-in, event); on PGlite the same `db`.
   */
  pushDb: Db;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));
/** Arbitrary constant shared by every process that migrates the same database. */
const MIGRATION_LOCK_ID = 727_271_015;

/**
 * Opens the store: PostgreSQL when `databaseUrl` is given, otherwise embedded PGlite in
 * `dataDir` (`undefined` keeps PGlite in memory, for tests). Runs pending migrations.
 */
export async function openStore(opts: {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
}): Promise<Store> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(opts.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Store> {
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite({ client, schema });
  // PGlite is single-process, so no lock is needed around migrations.
  await migratePglite(db, { migrationsFolder });
  return {
    db: db as unknown as Db,
    pushDb: db as unknown as Db,
    engine: "pglite",
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const closed = trackConnections(pool);
  // An idle client cut by the server (restart, failover, a forced DROP DATABASE) emits
  // "error" on the pool; unhandled, that would crash the process. The pool replaces it.
  pool.on("error", (error) => console.error(`PostgreSQL idle client: ${error.message}`));
  const lockClient = await pool.connect();
  try {
    // Two processes starting together both try to migrate: the advisory lock makes the
    // second wait, and then find nothing left to apply.
    await lockClient.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    await migratePg(drizzlePg({ client: lockClient, schema }) as never, { migrationsFolder });
  } finally {
    await lockClient.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => {});
    lockClient.release();
  }
  const db = drizzlePg({ client: pool, schema });
  // One group commit runs at a time per process (sync/groupCommit.ts): one connection.
  const pushPool = new pg.Pool({ connectionString: url, max: 1 });
  pushPool.on("error", (error) => console.error(`PostgreSQL idle client: ${error.message}`));
  const pushClosed = trackConnections(pushPool);
  return {
    db: db as unknown as Db,
    pushDb: drizzlePg({ client: pushPool, schema }) as unknown as Db,
    engine: "postgres",
    close: async () => {
      await Promise.all([endPool(pool, closed), endPool(pushPool, pushClosed)]);
    },
  };
}

/** One promise per connection the pool opens, settled when its socket has closed. */
function trackConnections(pool: pg.Pool): Set<Promise<void>> {
  const closed = new Set<Promise<void>>();
  pool.on("connect", (client) => {
    closed.add(new Promise((resolve) => client.once("end", () => resolve())));
  });
  return closed;
}

/**
 * `pool.end()` resolves once it has asked each connection to end, not once they have: a
 * caller dropping the database right after (tests, a failover script) would cut live
 * backends. Waiting for every socket to close makes "closed" mean closed.
 */
async function endPool(pool: pg.Pool, closed: Set<Promise<void>>): Promise<void> {
  await pool.end();
  await Promise.all(closed);
}
