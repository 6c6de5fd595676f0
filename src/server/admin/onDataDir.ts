import { existsSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { DataDirBusyError, type DataDirLock, lockDataDir } from "../store/dataDir.ts";
import { openStore, type Store } from "../store/db.ts";
import type { CommandResult } from "./commands.ts";
import { adminSocketPath, sendAdminCommand } from "./socket.ts";

/**
 * Issue 13: an admin command run without DATA_DIR (so on the default ./data) where no
 * database was ever created is almost always run from the wrong directory, or meant for
 * DATABASE_URL: say so and fail, instead of creating an empty database and answering "[]".
 * Null when the directory holds a database (PGlite writes PG_VERSION in it).
 */
export function missingDefaultDatabase(dataDir: string): CommandResult | null {
  if (existsSync(join(dataDir, "PG_VERSION"))) return null;
  return {
    code: 1,
    stdout: "",
    stderr:
      `No database in ${dataDir} (the default data directory: DATA_DIR is not set).\n` +
      "Run the command from the directory the server runs in, or set DATA_DIR to the server's " +
      "data directory, or DATABASE_URL to its PostgreSQL database.\n",
  };
}

/**
 * Runs an admin command on DATA_DIR: through the running server's socket when one answers,
 * otherwise on the PGlite directory opened under the DATA_DIR lock. While another process
 * holds the lock (a server still starting, another command) it waits up to `waitMs` for
 * the socket or the lock, and never opens the directory beside that process.
 */
export async function runOnDataDir(
  dataDir: string,
  argv: string[],
  run: (store: Store) => Promise<CommandResult>,
  { waitMs = 20_000, pollMs = 250 } = {},
): Promise<CommandResult> {
  const socket = adminSocketPath(dataDir);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const relayed = await sendAdminCommand(socket, argv);
    if (relayed) return relayed;
    let lock: DataDirLock;
    try {
      lock = lockDataDir(dataDir);
    } catch (error) {
      if (!(error instanceof DataDirBusyError)) throw error;
      if (Date.now() >= deadline) {
        return {
          code: 1,
          stdout: "",
          stderr:
            `process ${error.pid} has ${dataDir} open but answers no admin commands yet ` +
            `(a server still starting, or another admin command): try again in a moment\n`,
        };
      }
      await sleep(pollMs);
      continue;
    }
    try {
      const store = await openStore({ dataDir });
      try {
        return await run(store);
      } finally {
        await store.close();
      }
    } finally {
      lock.release();
    }
  }
}
