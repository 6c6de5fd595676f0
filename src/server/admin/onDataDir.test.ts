import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataDir } from "../store/dataDir.ts";
import { openStore, type Store } from "../store/db.ts";
import type { CommandResult } from "./commands.ts";
import { missingDefaultDatabase, runOnDataDir } from "./onDataDir.ts";
import { adminSocketPath, listenAdminSocket } from "./socket.ts";

const done: CommandResult = { code: 0, stdout: "ran here\n", stderr: "" };

describe("admin command on DATA_DIR", () => {
  it("never opens the directory while another process holds it without a socket", async () => {
    const dir = mkdtempSync(join(tmpdir(), "th-cli-"));
    const lock = lockDataDir(dir);
    let opened = false;
    try {
      const result = await runOnDataDir(
        dir,
        ["list-events"],
        async () => {
          opened = true;
          return done;
        },
        { waitMs: 0 },
      );
      expect(opened).toBe(false);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(`process ${process.pid} has .* open .*try again in a moment`),
      );
    } finally {
      lock.release();
    }
  });

  it("waits for a starting server to free the directory, then opens it under the lock", async () => {
    const dir = mkdtempSync(join(tmpdir(), "th-cli-"));
    const lock = lockDataDir(dir);
    // Stands in for the other process going away while the command waits.
    setTimeout(() => lock.release(), 50);
    const result = await runOnDataDir(
      dir,
      ["list-events"],
      async (store: Store) => {
        expect(store.engine).toBe("pglite");
        // Held by this command now: a server starting meanwhile would be refused.
        expect(() => lockDataDir(dir)).toThrow(/in use/);
        return done;
      },
      { waitMs: 600_000, pollMs: 5 },
    );
    expect(result).toEqual(done);
    lockDataDir(dir).release();
  });

  it("hands the command to the server once its socket answers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "th-cli-"));
    const store = await openStore({});
    const server = await listenAdminSocket(adminSocketPath(dir), { store, publicUrl: "x" });
    const lock = lockDataDir(dir);
    try {
      const result = await runOnDataDir(dir, ["list-events"], async () => done, { waitMs: 0 });
      expect(result).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
    } finally {
      lock.release();
      server.close();
      await store.close();
    }
  });
});

describe("admin command without DATA_DIR (issue 13)", () => {
  it("says that the default directory holds no database, naming DATA_DIR and DATABASE_URL", () => {
    const dir = mkdtempSync(join(tmpdir(), "th-cli-"));
    const result = missingDefaultDatabase(join(dir, "data"));
    expect(result?.code).toBe(1);
    expect(result?.stderr).toContain(join(dir, "data"));
    expect(result?.stderr).toMatch(/DATA_DIR.*\n.*DATA_DIR.*DATABASE_URL/);
  });

  it("lets the command run where a database exists", async () => {
    const dir = mkdtempSync(join(tmpdir(), "th-cli-"));
    const store = await openStore({ dataDir: dir });
    await store.close();
    expect(missingDefaultDatabase(dir)).toBeNull();
  });
});
