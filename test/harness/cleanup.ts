import { type ChildProcess, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

/**
 * What a test run leaves behind if nobody cleans it: child processes (servers, browsers)
 * and temporary directories (Chromium profiles, th-data-*). Everything the harness starts
 * is registered here and ended when the test ends, and, if the run itself is interrupted
 * or fails (SIGINT, SIGTERM, an uncaught error, the worker exiting), when this process
 * exits. Cleanup never throws: a failure to remove a directory is not a product failure.
 */
const processes = new Set<ChildProcess>();
const directories = new Set<string>();

/** Kills a detached child's whole process group (the child and its helpers). */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** Removes a directory, retrying while Chromium's helpers finish writing; never throws. */
export function removeDirectory(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  } catch (error) {
    // A directory a crashed helper still writes to: `rm -rf` as a last resort.
    if (spawnSync("rm", ["-rf", dir]).status !== 0) {
      console.error(`harness: could not remove ${dir}: ${String(error)}`);
    }
  }
  directories.delete(dir);
}

/** Ends this child (its process group) if it is still running when this process exits. */
export function trackProcess(child: ChildProcess): void {
  installHandlers();
  processes.add(child);
  child.once("exit", () => processes.delete(child));
}

/** Removes this directory when this process exits, unless removed before. */
export function trackDirectory(dir: string): void {
  installHandlers();
  directories.add(dir);
}

/** Synchronously ends every tracked child and removes every tracked directory. */
export function cleanUpNow(): void {
  for (const child of processes) killGroup(child);
  processes.clear();
  for (const dir of [...directories]) removeDirectory(dir);
}

let installed = false;
function installHandlers(): void {
  if (installed) return;
  installed = true;
  process.once("exit", cleanUpNow);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    // Only when nobody else handles the signal would Node exit by default; keep that
    // behaviour (exit with 128 + signal) after cleaning up.
    process.once(signal, () => {
      cleanUpNow();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}
