import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirBusyError, dataDirLockPath, lockDataDir, makeDataDir } from "./dataDir.ts";

const freshDir = () => mkdtempSync(join(tmpdir(), "th-lock-"));
/** The PID of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

describe("DATA_DIR", () => {
  it("is created for its owner only, whatever the umask", () => {
    const dir = join(freshDir(), "nested", "data");
    const umask = process.umask(0o022);
    try {
      expect(makeDataDir(dir)).toBeNull();
    } finally {
      process.umask(umask);
    }
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it("warns about an existing directory others can enter, and leaves it as it is", () => {
    const dir = freshDir();
    chmodSync(dir, 0o755);
    expect(makeDataDir(dir)).toMatch(/open to other users \(mode 755\)/);
    expect(statSync(dir).mode & 0o777).toBe(0o755);
  });
});

describe("DATA_DIR lock", () => {
  it("is held by one process at a time, and free again once released", () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(readFileSync(dataDirLockPath(dir), "utf8")).toMatch(new RegExp(`^${process.pid}\\n`));
    expect(() => lockDataDir(dir)).toThrow(DataDirBusyError);
    lock.release();
    expect(existsSync(dataDirLockPath(dir))).toBe(false);
    lockDataDir(dir).release();
  });

  it("refuses a lock held by another live process, naming it", () => {
    const dir = freshDir();
    writeFileSync(dataDirLockPath(dir), `${process.ppid}\nx\n`);
    let error: unknown;
    try {
      lockDataDir(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataDirBusyError);
    expect((error as DataDirBusyError).pid).toBe(process.ppid);
    expect((error as Error).message).toContain(`in use by process ${process.ppid}`);
    expect(readFileSync(dataDirLockPath(dir), "utf8")).toBe(`${process.ppid}\nx\n`);
  });

  it("replaces a lock left by a crashed process, or by a previous life of this PID", () => {
    for (const pid of [deadPid(), process.pid]) {
      const dir = freshDir();
      writeFileSync(dataDirLockPath(dir), `${pid}\nold\n`);
      const lock = lockDataDir(dir);
      expect(readFileSync(dataDirLockPath(dir), "utf8")).not.toContain("old");
      lock.release();
    }
  });

  it("never deletes a lock it no longer owns", () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    writeFileSync(dataDirLockPath(dir), `${process.ppid}\nsomeone else\n`);
    lock.release();
    expect(readFileSync(dataDirLockPath(dir), "utf8")).toContain("someone else");
  });
});
