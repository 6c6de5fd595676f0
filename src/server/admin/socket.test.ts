import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Store } from "../store/db.ts";
import { openTestStore } from "../testing/testStore.ts";
import {
  adminSocketAnswers,
  adminSocketPath,
  listenAdminSocket,
  sendAdminCommand,
} from "./socket.ts";

/** Leaves a socket file nobody listens on, as a server killed by SIGKILL does. */
function staleSocket(path: string) {
  const script = `require("node:net").createServer().listen(${JSON.stringify(path)}, () => process.kill(process.pid, "SIGKILL"))`;
  spawnSync(process.execPath, ["-e", script]);
  expect(statSync(path).isSocket()).toBe(true);
}

describe("admin socket", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore("pglite");
  });
  afterAll(() => store.close());

  it("relays a command to the server process and its answer back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "th-sock-"));
    const path = adminSocketPath(dir);
    const server = await listenAdminSocket(path, { store, publicUrl: "http://th.test" });
    try {
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(await sendAdminCommand(path, ["list-events"])).toEqual({
        code: 0,
        stdout: "[]\n",
        stderr: "",
      });
      const bad = await sendAdminCommand(path, ["nope"]);
      expect(bad?.code).toBe(2);
    } finally {
      server.close();
    }
  });

  it("is owner-only from the moment it exists, even under an open umask", async () => {
    const path = adminSocketPath(mkdtempSync(join(tmpdir(), "th-sock-")));
    const modes: number[] = [];
    const listen = Server.prototype.listen;
    const spy = vi.spyOn(Server.prototype, "listen").mockImplementation(function (
      this: Server,
      ...args: unknown[]
    ) {
      const result = (listen as (...a: unknown[]) => Server).apply(this, args);
      modes.push(statSync(path).mode & 0o777);
      return result;
    });
    const umask = process.umask(0);
    let server: Server | undefined;
    try {
      server = await listenAdminSocket(path, { store, publicUrl: "x" });
    } finally {
      process.umask(umask);
      spy.mockRestore();
    }
    server.close();
    expect(modes).toEqual([0o600]);
  });

  it("reports no server when the socket is missing or stale, and replaces a stale one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "th-sock-"));
    const path = adminSocketPath(dir);
    expect(await sendAdminCommand(path, ["list-events"])).toBeNull();
    staleSocket(path);
    expect(await adminSocketAnswers(path)).toBe(false);
    expect(await sendAdminCommand(path, ["list-events"])).toBeNull();
    const server = await listenAdminSocket(path, { store, publicUrl: "x" });
    try {
      expect((await sendAdminCommand(path, ["list-events"]))?.code).toBe(0);
    } finally {
      await new Promise((r) => server.close(r));
    }
    expect(existsSync(path)).toBe(false);
  });

  it("never takes over a socket a running server answers on", async () => {
    const path = adminSocketPath(mkdtempSync(join(tmpdir(), "th-sock-")));
    const running = await listenAdminSocket(path, { store, publicUrl: "x" });
    try {
      await expect(listenAdminSocket(path, { store, publicUrl: "x" })).rejects.toThrow(
        /already answers/,
      );
      expect((await sendAdminCommand(path, ["list-events"]))?.code).toBe(0);
    } finally {
      running.close();
    }
  });
});
