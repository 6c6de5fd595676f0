import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { Agent, get as httpGet } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, type RunningServer, runTs, startServer } from "../../test/harness/server.ts";

// The real process: start-up, the admin CLI beside it, restart, and clean shutdown.
describe("server process", () => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop("SIGKILL");
  });

  it("starts on a fresh data dir, prints the URL, an admin password once, and a demo invite", async () => {
    // A DATA_DIR that does not exist yet: the server creates it, for its owner only.
    server = await startServer({ dataDir: join(mkdtempSync(join(tmpdir(), "th-main-")), "data") });
    expect(statSync(server.dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(server.dataDir, "admin.sock")).mode & 0o777).toBe(0o600);
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

  it("refuses a second server on the same DATA_DIR and leaves the first one answering", async () => {
    const second = await runTs("src/server/main.ts", [], {
      ...server!.env,
      PORT: String(await freePort()),
    });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`A server is already running on ${server!.dataDir}`);
    expect((await server!.admin("list-events")).code).toBe(0);
  });

  it("refuses DATA_DIR while another process holds it, before opening anything", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "th-main-"));
    // A live process that is no server (this test): as a server still starting would be.
    writeFileSync(join(dataDir, "server.lock"), `${process.pid}\nheld\n`);
    const refused = await runTs("src/server/main.ts", [], {
      ...server!.env,
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`in use by process ${process.pid}`);
    expect(readdirSync(dataDir)).toEqual(["server.lock"]);
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

  it("stops cleanly on SIGTERM while a live feed reconnects on its kept-alive connection", async () => {
    const { dataDir, port, url } = server!;
    const password = readFileSync(join(dataDir, "admin-password.txt"), "utf8").match(
      /[A-Za-z0-9]{20}/,
    )?.[0];
    const login = await fetch(`${url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    // As a staff screen's EventSource: one kept-alive connection, and a new request for
    // the feed on it as soon as the stream ends.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    type Answer = { status: number; body: string; connection?: string };
    const feed = () => {
      let opened!: () => void;
      const open = new Promise<void>((resolve) => {
        opened = resolve;
      });
      const done = new Promise<Answer>((resolve, reject) => {
        const request = httpGet(
          `${url}/api/events/demo/changes`,
          { agent, headers: { cookie, accept: "text/event-stream" } },
          (response) => {
            opened();
            let body = "";
            response.setEncoding("utf8");
            response.on("data", (chunk: string) => {
              body += chunk;
            });
            response.on("end", () =>
              resolve({
                status: response.statusCode ?? 0,
                body,
                connection: response.headers.connection,
              }),
            );
          },
        );
        request.on("error", reject);
      });
      return { open, done };
    };
    const live = feed();
    await live.open;
    const stopped = server!.stop("SIGTERM");
    expect((await live.done).status).toBe(200);
    const again = await feed().done;
    expect(again.status).toBe(503);
    expect(JSON.parse(again.body)).toMatchObject({ error: { code: "unavailable" } });
    expect(again.connection).toBe("close");
    // Exit code 0: server.close() finished; the 10 s guard exits with 1.
    expect(await stopped).toBe(0);
    expect(server!.output()).toContain("stopped cleanly");
    agent.destroy();
    server = await startServer({ dataDir, port });
  });

  it("starts again after a crash left its lock and socket behind", async () => {
    const { dataDir, port } = server!;
    await server!.stop("SIGKILL");
    expect(existsSync(join(dataDir, "server.lock"))).toBe(true);
    expect(existsSync(join(dataDir, "admin.sock"))).toBe(true);
    server = await startServer({ dataDir, port });
    expect((await server.admin("list-events")).code).toBe(0);
  });
});
