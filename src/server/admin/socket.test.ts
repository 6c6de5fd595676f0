import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../store/db.ts";
import { openTestStore } from "../testing/testStore.ts";
import { adminSocketPath, listenAdminSocket, sendAdminCommand } from "./socket.ts";

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

  it("reports no server when the socket is missing or stale", async () => {
    const dir = mkdtempSync(join(tmpdir(), "th-sock-"));
    expect(await sendAdminCommand(adminSocketPath(dir), ["list-events"])).toBeNull();
    const server = await listenAdminSocket(adminSocketPath(dir), { store, publicUrl: "x" });
    await new Promise((r) => server.close(r));
    writeFileSync(join(dir, "other"), "");
    expect(await sendAdminCommand(adminSocketPath(dir), ["list-events"])).toBeNull();
  });
});
