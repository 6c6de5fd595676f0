import { randomBytes } from "node:crypto";
import {
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

/**
 * Creates DATA_DIR readable by its owner only: the database in it holds password hashes,
 * session tokens and signing keys. An existing directory is left as it is (it may be a
 * mount point shared on purpose); the answer is a warning when others can enter it.
 */
export function makeDataDir(dataDir: string): string | null {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const mode = statSync(dataDir).mode & 0o777;
  return mode & 0o077
    ? `warning: ${dataDir} is open to other users (mode ${mode.toString(8)}); chmod 700 it`
    : null;
}

export function dataDirLockPath(dataDir: string): string {
  return join(dataDir, "server.lock");
}

/** Thrown when another live process (a server or an admin command) has DATA_DIR open. */
export class DataDirBusyError extends Error {
  override name = "DataDirBusyError";
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `${dataDir} is in use by process ${pid} (a server or an admin command). ` +
        `If no such process runs, delete ${dataDirLockPath(dataDir)}.`,
    );
  }
}

export interface DataDirLock {
  release(): void;
}

/** Lock files this process holds: its own PID in a lock file is stale unless listed here. */
const held = new Set<string>();

/**
 * Takes DATA_DIR for this process alone, or throws DataDirBusyError. PGlite corrupts a
 * data directory that two processes open, and has no lock of its own. The lock file holds
 * the owner's PID, so a lock left by a crashed process is recognised and replaced.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = dataDirLockPath(dataDir);
  const content = `${process.pid}\n${randomBytes(8).toString("hex")}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, content)) return holdLock(path, content);
    const found = readOrNull(path);
    if (found === null) continue;
    const pid = Number(/^(\d+)\n/.exec(found)?.[1] ?? Number.NaN);
    if (Number.isInteger(pid) && isAlive(pid, path)) throw new DataDirBusyError(dataDir, pid);
    removeStale(path, found);
  }
  throw new Error(`could not lock ${dataDir}: the lock file keeps changing`);
}

/** Creates the lock file complete or not at all: a reader never sees it half written. */
function tryCreate(path: string, content: string): boolean {
  const draft = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, content, { mode: 0o600 });
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

function holdLock(path: string, content: string): DataDirLock {
  held.add(path);
  const release = () => {
    process.off("exit", release);
    if (!held.delete(path)) return;
    if (readOrNull(path) === content) rmSync(path, { force: true });
  };
  // Also on a crash (uncaught error, process.exit); a SIGKILL leaves a stale lock instead.
  process.on("exit", release);
  return { release };
}

function isAlive(pid: number, path: string): boolean {
  // A restarted container often gets the PID its crashed predecessor had.
  if (pid === process.pid) return held.has(path);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Moves a stale lock aside rather than deleting it in place, so that of two processes
 * replacing it at once, neither deletes the fresh lock the other has just created.
 */
function removeStale(path: string, stale: string): void {
  const aside = `${path}.stale.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  try {
    if (readOrNull(aside) !== stale) linkSync(aside, path);
  } catch {
    // Yet another lock was created meanwhile: it stands, and the next attempt sees it.
  } finally {
    rmSync(aside, { force: true });
  }
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
