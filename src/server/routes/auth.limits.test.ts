import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffUser } from "../admin/users.ts";
import { createApp } from "../app.ts";
import { setPassword } from "../auth/changePassword.ts";
import { countAttempt, loginLimits } from "../auth/rateLimit.ts";
import { cookiesFrom, engines, jsonPost, openTestApp, testConfig } from "../testing/testStore.ts";

describe.each(engines)("sign-in limits and password change on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  beforeAll(async () => {
    t = await openTestApp(engine);
    for (const username of ["btc", "doimk", "khoa"]) {
      await createStaffUser(t.store.db, { username, password: "mat-khau-cu-1", role: "organiser" });
    }
  });
  afterAll(() => t.store.close());

  const login = (
    username: string,
    password: string,
    ip: string,
    app: { request: typeof t.app.request } = t.app,
  ) =>
    app.request("/api/auth/login", {
      ...jsonPost({ username, password }),
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
    });

  it("locks a username after 5 attempts, from any address, with Retry-After", async () => {
    for (let i = 0; i < loginLimits.username.max; i++) {
      expect((await login("khoa", "sai", `10.1.0.${i}`)).status).toBe(401);
    }
    // Even the right password, from yet another address, waits now.
    const locked = await login("KHOA", "mat-khau-cu-1", "10.1.1.1");
    expect(locked.status).toBe(429);
    expect(await locked.json()).toMatchObject({ error: { code: "rate_limited" } });
    const retryAfter = Number(locked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(loginLimits.username.windowMs / 1000);
    expect(locked.headers.get("set-cookie")).toBeNull();
  });

  it("limits one address across usernames, counted in the database shared by processes", async () => {
    // Two app instances over one database stand for two server processes.
    const second = createApp(t.store, testConfig);
    for (let i = 0; i < loginLimits.ip.max; i++) {
      const app = i % 2 ? second : t.app;
      expect((await login(`nobody${i}`, "sai", "10.2.0.1", app)).status).toBe(401);
    }
    const blocked = await login("btc", "mat-khau-cu-1", "10.2.0.1", second);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await login("btc", "mat-khau-cu-1", "10.2.0.2")).status).toBe(200);
  });

  it("forgets a username's failures after a successful sign-in", async () => {
    for (let i = 0; i < loginLimits.username.max - 1; i++) {
      expect((await login("btc", "sai", `10.3.0.${i}`)).status).toBe(401);
    }
    expect((await login("btc", "mat-khau-cu-1", "10.3.1.0")).status).toBe(200);
    for (let i = 0; i < loginLimits.username.max - 1; i++) {
      expect((await login("btc", "sai", `10.3.2.${i}`)).status).toBe(401);
    }
    expect((await login("btc", "mat-khau-cu-1", "10.3.3.0")).status).toBe(200);
  });

  it("starts a new window once the old one has passed", async () => {
    const start = new Date("2030-01-01T00:00:00Z");
    const limit = { max: 2, windowMs: 60_000 };
    expect((await countAttempt(t.store.db, "test:w", limit, start)).attempts).toBe(1);
    const inside = await countAttempt(
      t.store.db,
      "test:w",
      limit,
      new Date(start.getTime() + 59_000),
    );
    expect(inside).toEqual({ attempts: 2, resetAt: new Date(start.getTime() + 60_000) });
    const after = await countAttempt(
      t.store.db,
      "test:w",
      limit,
      new Date(start.getTime() + 60_000),
    );
    expect(after.attempts).toBe(1);
  });

  it("counts concurrent attempts exactly", async () => {
    const limit = { max: 100, windowMs: 60_000 };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => countAttempt(t.store.db, "test:burst", limit)),
    );
    expect(results.map((r) => r.attempts).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it("changes the own password, and signs out the account's other devices", async () => {
    const phone = cookiesFrom(await login("doimk", "mat-khau-cu-1", "10.4.0.1"));
    const laptop = cookiesFrom(await login("doimk", "mat-khau-cu-1", "10.4.0.2"));
    const change = (body: unknown, cookie = laptop) =>
      t.app.request("/api/auth/password", {
        ...jsonPost(body, cookie),
        headers: { "content-type": "application/json", cookie, "x-forwarded-for": "10.4.0.2" },
      });

    const wrong = await change({ currentPassword: "sai", newPassword: "mat-khau-moi-2" });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: { code: "wrong_password" } });
    const short = await change({ currentPassword: "mat-khau-cu-1", newPassword: "ngan" });
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ error: { code: "validation_failed" } });
    const same = await change({ currentPassword: "mat-khau-cu-1", newPassword: "mat-khau-cu-1" });
    expect(same.status).toBe(400);
    expect(await same.json()).toMatchObject({ error: { code: "same_password" } });
    const anonymous = await t.app.request(
      "/api/auth/password",
      jsonPost({ currentPassword: "mat-khau-cu-1", newPassword: "mat-khau-moi-2" }),
    );
    expect(anonymous.status).toBe(401);
    // Nothing changed so far.
    expect((await login("doimk", "mat-khau-cu-1", "10.4.0.3")).status).toBe(200);

    const done = await change({ currentPassword: "mat-khau-cu-1", newPassword: "mat-khau-moi-2" });
    expect(done.status).toBe(200);
    expect((await login("doimk", "mat-khau-cu-1", "10.4.0.4")).status).toBe(401);
    expect((await login("doimk", "mat-khau-moi-2", "10.4.0.5")).status).toBe(200);
    expect((await t.app.request("/api/me", { headers: { cookie: laptop } })).status).toBe(200);
    expect((await t.app.request("/api/me", { headers: { cookie: phone } })).status).toBe(401);
  });

  it("forgets a username's failures once a password change proves the current one", async () => {
    await createStaffUser(t.store.db, {
      username: "gocu",
      password: "mat-khau-cu-1",
      role: "organiser",
    });
    const cookie = cookiesFrom(await login("gocu", "mat-khau-cu-1", "10.6.0.1"));
    const change = (currentPassword: string, newPassword: string) =>
      t.app.request("/api/auth/password", {
        ...jsonPost({ currentPassword, newPassword }, cookie),
        headers: { "content-type": "application/json", cookie, "x-forwarded-for": "10.6.0.1" },
      });
    // Slips while changing it: one short of the limit…
    for (let i = 0; i < loginLimits.username.max - 1; i++) {
      expect((await change("sai", "mat-khau-moi-2")).status).toBe(400);
    }
    // …then the right current password: the change goes through and the count is gone,
    // so a slip at the next sign-in is an ordinary refusal, not a lock-out.
    expect((await change("mat-khau-cu-1", "mat-khau-moi-2")).status).toBe(200);
    expect((await login("gocu", "sai", "10.6.0.2")).status).toBe(401);
    expect((await login("gocu", "mat-khau-moi-2", "10.6.0.3")).status).toBe(200);
  });

  it("lifts a lock-out when the password is reset", async () => {
    const id = await createStaffUser(t.store.db, {
      username: "quenmk",
      password: "mat-khau-cu-1",
      role: "organiser",
    });
    for (let i = 0; i < loginLimits.username.max; i++) {
      expect((await login("quenmk", "sai", `10.7.0.${i}`)).status).toBe(401);
    }
    expect((await login("quenmk", "mat-khau-cu-1", "10.7.1.0")).status).toBe(429);
    // What `reset-password` does for a colleague who forgot it and locked themselves out.
    await setPassword(t.store.db, id, "mat-khau-moi-2");
    expect((await login("quenmk", "mat-khau-moi-2", "10.7.1.1")).status).toBe(200);
  });

  it("does not take a tampered session cookie", async () => {
    const cookie = cookiesFrom(await login("btc", "mat-khau-cu-1", "10.5.0.1"));
    const token = cookie.split("=")[1]!;
    const tampered = `th_staff=${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect((await t.app.request("/api/me", { headers: { cookie: tampered } })).status).toBe(401);
    expect((await t.app.request("/api/events", { headers: { cookie: tampered } })).status).toBe(
      401,
    );
  });
});
