import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/server/store/db.ts";
import { countTestEffects as countIn } from "../../src/server/testing/testOpKinds.ts";
import { trackDirectory } from "./cleanup.ts";
import { type RunningServer, startServer } from "./server.ts";

/**
 * Starts the real server in its own process, like startServer(), with the TEST-ONLY op
 * kinds "test.note" / "test.staffNote" registered (test/harness/syncServerEntry.ts): each
 * applied op inserts one row into `sync_test_effects` (no unique key: a double apply shows).
 * Same options as startServer; `env.DATABASE_URL` runs it on PostgreSQL.
 */
export function startSyncServer(options: Parameters<typeof startServer>[0] = {}) {
  // The data directory outlives stop(): countTestEffects reads it once the server is
  // stopped (a directory startServer makes itself goes with stop()). Removed at exit.
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "th-data-"));
  if (!options.dataDir) trackDirectory(dataDir);
  return startServer({ ...options, dataDir, entry: "test/harness/syncServerEntry.ts" });
}

/**
 * How many effect rows each op id has, read from the server's database: on PostgreSQL at
 * any time; on PGlite only once the server is stopped (it holds the data directory).
 */
export async function countTestEffects(server: RunningServer): Promise<Map<string, number>> {
  const store = await openStore({
    databaseUrl: server.env.DATABASE_URL || undefined,
    dataDir: server.env.DATABASE_URL ? undefined : server.dataDir,
  });
  try {
    return await countIn(store.db);
  } catch (error) {
    // No op applied yet: the table is created on first use.
    if (/sync_test_effects/.test(String((error as { cause?: unknown }).cause ?? error))) {
      return new Map();
    }
    throw error;
  } finally {
    await store.close();
  }
}

/** Signs in as the first-run `admin` (password from the data directory); its cookie. */
export async function adminCookie(server: RunningServer, passwordDir = server.dataDir) {
  const file = readFileSync(join(passwordDir, "admin-password.txt"), "utf8");
  const password = /password: (\S+)/.exec(file)?.[1];
  if (!password) throw new Error(`no admin password in ${passwordDir}`);
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "127.0.0.1" },
    body: JSON.stringify({ username: "admin", password }),
  });
  if (!response.ok) throw new Error(`admin login answered ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
