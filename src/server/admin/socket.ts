import { chmodSync, rmSync } from "node:fs";
import { createConnection, createServer, type Server } from "node:net";
import { join } from "node:path";
import { type CommandContext, type CommandResult, runAdminCommand } from "./commands.ts";

/**
 * PGlite allows one process per data directory, so while the server runs, the admin CLI
 * hands its command to the server over this Unix socket instead of opening the directory.
 * Protocol: one JSON line `{"argv": [...]}` in, one JSON CommandResult line out.
 */
export function adminSocketPath(dataDir: string): string {
  return join(dataDir, "admin.sock");
}

/** Listens on the admin socket, readable and writable by the owner only. */
export function listenAdminSocket(path: string, ctx: CommandContext): Promise<Server> {
  rmSync(path, { force: true });
  const server = createServer((socket) => {
    let input = "";
    socket.setEncoding("utf8");
    socket.on("data", async (chunk) => {
      input += chunk;
      if (!input.includes("\n")) return;
      let result: CommandResult;
      try {
        const { argv } = JSON.parse(input) as { argv: unknown };
        if (!Array.isArray(argv) || !argv.every((a) => typeof a === "string"))
          throw new Error("bad request");
        result = await runAdminCommand(argv, ctx);
      } catch {
        result = { code: 2, stdout: "", stderr: "malformed admin request\n" };
      }
      socket.end(`${JSON.stringify(result)}\n`);
    });
    socket.on("error", () => socket.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    // umask-independent: restrict the socket before anyone can connect.
    server.listen(path, () => {
      chmodSync(path, 0o600);
      resolve(server);
    });
  });
}

/**
 * Sends a command to a running server. Resolves null when no server listens there (no
 * socket, or a stale one left by a crash), so the caller opens the database itself.
 */
export function sendAdminCommand(path: string, argv: string[]): Promise<CommandResult | null> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    let output = "";
    socket.setEncoding("utf8");
    socket.on("connect", () => socket.write(`${JSON.stringify({ argv })}\n`));
    socket.on("data", (chunk) => {
      output += chunk;
    });
    socket.on("end", () => {
      try {
        resolve(JSON.parse(output) as CommandResult);
      } catch {
        reject(new Error("the server answered the admin socket with garbage"));
      }
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ECONNREFUSED") resolve(null);
      else reject(error);
    });
  });
}
