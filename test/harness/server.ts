import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { killGroup, removeDirectory, trackDirectory, trackProcess } from "./cleanup.ts";

export const repoRoot = resolve(import.meta.dirname, "../..");

export interface CommandOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolvePort(address.port) : reject(),
      );
    });
  });
}

/** Preloaded into the processes started here: they stop when the test process goes. */
const exitWithParent = join(import.meta.dirname, "exitWithParent.mjs");

/**
 * Spawns `node --import tsx <entry>` in its own process group (so that the whole group can
 * be ended), with stdin a pipe whose end tells it that the test process has gone, and
 * registers it to be killed if this process exits first.
 */
function spawnTs(entry: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", exitWithParent, entry, ...args],
    {
      cwd: repoRoot,
      env: { ...process.env, ...env, TH_EXIT_WITH_PARENT: "1" },
      detached: true,
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  trackProcess(child);
  return child;
}

/** Runs a TypeScript entry point of the repo with tsx and collects its output. */
export function runTs(
  entry: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<CommandOutput> {
  return new Promise((resolveRun) => {
    const child = spawnTs(entry, args, env);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d) => {
      stdout += d;
    });
    child.stderr?.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (code) => resolveRun({ code: code ?? -1, stdout, stderr }));
  });
}

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** Everything the server printed so far. */
  output: () => string;
  /** `npm run admin -- …` against this server's data. */
  admin: (...args: string[]) => Promise<CommandOutput>;
  /**
   * Sends SIGTERM and waits for the process to exit; resolves its exit code. A data
   * directory the harness created is removed then (one given in `options` is the caller's).
   */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/**
 * A data directory a server filled once and stopped cleanly (see test/e2e/globalSetup.ts):
 * a fresh PGlite directory costs initdb, every migration and the demo seed — 10–20 s on a
 * busy 2-core machine, past 90 s twice in CI — while a copy of this one costs a fraction
 * of a second and is otherwise the same first-run database, admin password file included.
 */
export const DATA_TEMPLATE_ENV = "TH_DATA_TEMPLATE";

/** Copies the template into `dataDir`, leaving out what only a running server holds. */
function copyDataTemplate(template: string, dataDir: string): void {
  cpSync(template, dataDir, {
    recursive: true,
    filter: (source) => !/(admin\.sock|\.lock)$/.test(source),
  });
}

/**
 * Starts `src/server/main.ts` (the real server, serving the built `dist/`) on a free port
 * with its own data directory — a copy of TH_DATA_TEMPLATE when one is set — and waits
 * until /api/health answers.
 */
export async function startServer(
  options: {
    dataDir?: string;
    port?: number;
    env?: NodeJS.ProcessEnv;
    /** Another entry point that runs main.ts (e.g. test/harness/syncServerEntry.ts). */
    entry?: string;
  } = {},
): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "th-data-"));
  if (ownDataDir) trackDirectory(dataDir);
  // The template is a demo-seeded PGlite directory: not for a server asked for another.
  const template = process.env[DATA_TEMPLATE_ENV];
  const firstRunAsTemplate = !options.env?.SEED_DEMO && !options.env?.DATABASE_URL;
  if (ownDataDir && template && existsSync(template) && firstRunAsTemplate) {
    copyDataTemplate(template, dataDir);
  }
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    PUBLIC_URL: url,
    DATABASE_URL: "",
    ...options.env,
  };
  const child = spawnTs(options.entry ?? "src/server/main.ts", [], env);
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));

  // A fresh PGlite data directory (initdb, migrations, the demo seed with its password
  // hashes) took over 90 s to start twice in CI while two browser files and Lighthouse
  // shared 2 cores; 170 s stays inside the e2e hooks' 180 s.
  const deadline = Date.now() + 170_000;
  for (;;) {
    if (child.exitCode !== null) {
      if (ownDataDir) removeDirectory(dataDir);
      throw new Error(`server exited early:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      // The banner is printed once the demo invite is signed; wait for it as well.
      if (response.ok && output.includes("Tập huấn is running")) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      killGroup(child);
      await exited;
      if (ownDataDir) removeDirectory(dataDir);
      throw new Error(`server did not start within 170 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    url,
    port,
    dataDir,
    env,
    output: () => output,
    admin: (...args) => runTs("src/server/cli.ts", args, env),
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      // Anything the server itself started (none today) goes with it.
      killGroup(child);
      if (ownDataDir) removeDirectory(dataDir);
      return code;
    },
  };
}
