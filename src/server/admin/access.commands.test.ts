import { beforeAll, describe, expect, it } from "vitest";
import { useAdminTestApp } from "../testing/adminTestApp.ts";
import { cookiesFrom, engines, jsonPost } from "../testing/testStore.ts";

describe.each(engines)("grant and reset-password commands on %s", (engine) => {
  const t = useAdminTestApp(engine);
  const { run } = t;
  const login = async (username: string, password: string) =>
    t.app.request("/api/auth/login", jsonPost({ username, password }));
  const eventsOf = async (cookie: string) =>
    (
      (await (await t.app.request("/api/events", { headers: { cookie } })).json()) as {
        events: { slug: string; role: string }[];
      }
    ).events.map((e) => `${e.slug}:${e.role}`);

  beforeAll(async () => {
    await run(
      "create-user",
      "--username",
      "lan",
      "--password",
      "mat-khau-lan",
      "--role",
      "organiser",
    );
  });

  it("grant gives, changes and removes a role on one event", async () => {
    const cookie = cookiesFrom(await login("lan", "mat-khau-lan"));
    expect(await eventsOf(cookie)).toEqual([]);
    expect(await run("grant", "--username", "lan", "--event", "demo", "--role", "trainer")).toEqual(
      {
        code: 0,
        stdout: "lan is now trainer of demo\n",
        stderr: "",
      },
    );
    expect(await eventsOf(cookie)).toEqual(["demo:trainer"]);
    await run("grant", "--username", "lan", "--event", "demo", "--role", "organiser");
    expect(await eventsOf(cookie)).toEqual(["demo:organiser"]);
    await run("grant", "--username", "lan", "--event", "da-nang-2013", "--role", "trainer");
    expect((await eventsOf(cookie)).sort()).toEqual(["da-nang-2013:trainer", "demo:organiser"]);
    const removed = await run("grant", "--username", "lan", "--event", "demo", "--role", "none");
    expect(removed.stdout).toBe("removed lan from demo\n");
    expect(await eventsOf(cookie)).toEqual(["da-nang-2013:trainer"]);
  });

  it("grant refuses unknown users, unknown events and bad roles", async () => {
    const noUser = await run(
      "grant",
      "--username",
      "ghost",
      "--event",
      "demo",
      "--role",
      "trainer",
    );
    expect(noUser).toMatchObject({ code: 1, stdout: "", stderr: "no user ghost\n" });
    const noEvent = await run("grant", "--username", "lan", "--event", "nope", "--role", "trainer");
    expect(noEvent).toMatchObject({ code: 1, stderr: "no event with slug nope\n" });
    for (const role of ["admin", "king", ""]) {
      const bad = await run("grant", "--username", "lan", "--event", "demo", "--role", role);
      expect({ role, code: bad.code }).toEqual({ role, code: 2 });
      expect(bad.stderr).toContain("Usage: npm run admin");
    }
  });

  it("reset-password sets a given or random password and signs the user out", async () => {
    const before = cookiesFrom(await login("lan", "mat-khau-lan"));
    const given = await run(
      "reset-password",
      "--username",
      "lan",
      "--password",
      "mat-khau-moi-lan",
    );
    expect(given).toEqual({ code: 0, stdout: "password of lan changed\n", stderr: "" });
    expect((await t.app.request("/api/me", { headers: { cookie: before } })).status).toBe(401);
    expect((await login("lan", "mat-khau-lan")).status).toBe(401);
    expect((await login("lan", "mat-khau-moi-lan")).status).toBe(200);

    const random = await run("reset-password", "--username", "lan");
    const match = /^new password for lan: (\S{20})\n$/.exec(random.stdout);
    expect(match).not.toBeNull();
    expect((await login("lan", match![1]!)).status).toBe(200);

    expect(await run("reset-password", "--username", "ghost")).toMatchObject({ code: 1 });
    const short = await run("reset-password", "--username", "lan", "--password", "ngan");
    expect(short.code).toBe(2);
    expect((await run("reset-password")).code).toBe(2);
  });
});

describe.each(engines)("rotate-ticket-key on %s", (engine) => {
  const { run } = useAdminTestApp(engine);

  it("adds a key with the next id, per event", async () => {
    expect(await run("rotate-ticket-key", "--event", "demo")).toEqual({
      code: 0,
      stdout: "event demo now signs new tickets with key 1\n",
      stderr: "",
    });
    expect((await run("rotate-ticket-key", "--event", "demo")).stdout).toContain("key 2");
    expect((await run("rotate-ticket-key", "--event", "da-nang-2013")).stdout).toContain("key 1");
    expect(await run("rotate-ticket-key", "--event", "nope")).toMatchObject({ code: 1 });
    expect((await run("rotate-ticket-key")).code).toBe(2);
  });
});
