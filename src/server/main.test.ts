import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningServer, runTs, startServer } from "../../test/harness/server.ts";

// The real process: start-up, the admin CLI beside it, restart, and clean shutdown.
describe("server process", () => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop("SIGKILL");
  });

  it("starts on a fresh data dir, prints the URL, an admin password once, and a demo invite", async () => {
    server = await startServer();
    const out = server.output();
    expect(out).toContain(`http://localhost:${server.port}`);
    const password = /password: (\S+)/.exec(out)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    const file = join(server.dataDir, "admin-password.txt");
    expect(readFileSync(file, "utf8")).toContain(password);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(out).toMatch(new RegExp(`${server.url}/i/[A-Za-z0-9_-]{55}`));
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password }),
    });
    expect(login.status).toBe(200);
  });

  it("lets the admin CLI work through the running server's socket", async () => {
    const result = await server!.admin(
      "invite-link",
      "--event",
      "demo",
      "--attendee",
      "0941777631",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/i\/[A-Za-z0-9_-]{55}\n$/);
    const bad = await server!.admin("no-such-command");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Usage");
  });

  it("finishes cleanly on SIGTERM, and a second start reuses the data without a new password", async () => {
    const { dataDir, port } = server!;
    expect(await server!.stop("SIGTERM")).toBe(0);
    expect(server!.output()).toContain("stopped cleanly");
    // With no server, the CLI opens the data directory itself.
    const offline = await runTs("src/server/cli.ts", ["list-attendees", "--event", "demo"], {
      DATA_DIR: dataDir,
      DATABASE_URL: "",
    });
    expect(offline.code).toBe(0);
    expect(JSON.parse(offline.stdout)).toHaveLength(40);

    server = await startServer({ dataDir, port });
    expect(server.output()).not.toContain("password:");
    expect(existsSync(join(dataDir, "admin-password.txt"))).toBe(true);
    const events = await server.admin("list-events");
    expect(JSON.parse(events.stdout)).toHaveLength(3);
  });
});
