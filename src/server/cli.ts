import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { runAdminCommand, usage } from "./admin/commands.ts";
import { adminSocketPath, sendAdminCommand } from "./admin/socket.ts";
import { readEnv } from "./env.ts";
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
  let result = env.databaseUrl ? null : await sendAdminCommand(adminSocketPath(env.dataDir), argv);
  if (!result) {
    mkdirSync(env.dataDir, { recursive: true });
    const store = await openStore({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
    try {
      result = await runAdminCommand(argv, { store, publicUrl: env.publicUrl });
    } finally {
      await store.close();
    }
  }
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return result.code;
}

process.exitCode = await main(process.argv.slice(2));
