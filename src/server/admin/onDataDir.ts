import { setTimeout as sleep } from "node:timers/promises";
import { DataDirBusyError, type DataDirLock, lockDataDir } from "../store/dataDir.ts";
import { openStore, type Store } from "../store/db.ts";
import type { CommandResult } from "./commands.ts";
import { adminSocketPath, sendAdminCommand } from "./socket.ts";

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
