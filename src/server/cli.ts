import { resolve } from "node:path";
import { type CommandResult, runAdminCommand, usage } from "./admin/commands.ts";
import { missingDefaultDatabase, runOnDataDir } from "./admin/onDataDir.ts";
import { readEnv } from "./env.ts";
import { makeDataDir } from "./store/dataDir.ts";
import { openStore } from "./store/db.ts";

/**
 * `npm run admin -- <command>`: runs an admin command against DATABASE_URL, or against
 * DATA_DIR — through the running server's socket when there is one (see admin/socket.ts).
 */
async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "help") {
    process.stderr.write(usage);
    return argv.length === 0 ? 2 : 0;
  }
  // A relative --file is relative to where the admin typed it, not to the server's
  // directory: resolve it before the command may travel over the admin socket.
  argv = argv.map((arg, i) => (argv[i - 1] === "--file" ? resolve(arg) : arg));
  const env = readEnv();
  const ctx = { publicUrl: env.publicUrl, rosterMaxRows: env.rosterMaxRows };
  let result: CommandResult;
  if (env.databaseUrl) {
    const store = await openStore({ databaseUrl: env.databaseUrl });
    try {
      result = await runAdminCommand(argv, { ...ctx, store });
    } finally {
      await store.close();
    }
  } else if (!process.env.DATA_DIR && missingDefaultDatabase(env.dataDir)) {
    result = missingDefaultDatabase(env.dataDir)!;
  } else {
    const warning = makeDataDir(env.dataDir);
    if (warning) process.stderr.write(`${warning}\n`);
    result = await runOnDataDir(env.dataDir, argv, (store) =>
      runAdminCommand(argv, { ...ctx, store }),
    );
  }
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return result.code;
}

process.exitCode = await main(process.argv.slice(2));
