import { rmSync } from "node:fs";
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

/** True when a server accepts connections on the admin socket at `path`. */
export function adminSocketAnswers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection(path);
    socket.on("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/**
 * Listens on the admin socket, readable and writable by the owner only. A socket file left
 * by a crash is replaced; one that a running server answers on is never touched.
 */
export async function listenAdminSocket(path: string, ctx: CommandContext): Promise<Server> {
  if (await adminSocketAnswers(path)) {
    throw new Error(`a server already answers on ${path}: stop it first`);
  }
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
    // listen() creates the socket file synchronously: under this umask it is born 0600,
    // whatever the umask of the shell, so nobody else can ever connect.
    const umask = process.umask(0o177);
    try {
      server.listen(path, () => resolve(server));
    } finally {
      process.umask(umask);
    }
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
