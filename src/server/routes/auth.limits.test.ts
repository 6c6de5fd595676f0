import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffUser } from "../admin/users.ts";
import { createApp } from "../app.ts";
import { setPassword } from "../auth/changePassword.ts";
import {
  checkThrottle,
  clearFailures,
  countFailure,
  delayAfter,
  loginThrottles,
  recordFailure,
} from "../auth/rateLimit.ts";
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

  it("never lets failures from one address block the right password from another", async () => {
    // A stranger guesses at khoa from 10.1.0.1 until throttled there…
    let last = 0;
    for (let i = 0; i < loginThrottles.pair.free + 2 && last !== 429; i++) {
      last = (await login("khoa", "sai", "10.1.0.1")).status;
    }
    const throttled = await login("khoa", "mat-khau-cu-1", "10.1.0.1");
    expect(throttled.status).toBe(429);
    expect(await throttled.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(throttled.headers.get("set-cookie")).toBeNull();
    // …and khoa signs in from their own phone, even typing the name in capitals.
    expect((await login("KHOA", "mat-khau-cu-1", "10.1.1.1")).status).toBe(200);
    // Dozens of scrypt hashes, one at a time (hashQueue): slow on a busy machine.
  }, 300_000);

  it("lets a hall behind one address sign in after dozens of junk attempts from it", async () => {
    // Two app instances over one database stand for two server processes.
    const second = createApp(t.store, testConfig);
    for (let i = 0; i < 30; i++) {
      const app = i % 2 ? second : t.app;
      expect((await login(`nobody${i}`, "sai", "10.2.0.1", app)).status).toBe(401);
    }
    expect((await login("btc", "mat-khau-cu-1", "10.2.0.1", second)).status).toBe(200);
    // Dozens of scrypt hashes, one at a time (hashQueue): slow on a busy machine.
  }, 300_000);

  it("counts only failures: many sign-ins from one address are never slowed", async () => {
    for (let i = 0; i < loginThrottles.pair.free + 3; i++) {
      expect((await login("btc", "mat-khau-cu-1", "10.3.0.1")).status).toBe(200);
    }
    expect((await login("btc", "sai", "10.3.0.1")).status).toBe(401);
    // Dozens of scrypt hashes, one at a time (hashQueue): slow on a busy machine.
  }, 300_000);

  it("grows the delay with each failure, then forgets (clock injected)", async () => {
    const db = t.store.db;
    const t0 = new Date("2030-01-01T00:00:00Z").getTime();
    const at = (ms: number) => new Date(t0 + ms);
    const retryAfter = async (ms: number) => {
      try {
        await checkThrottle(db, "10.8.0.1", "ai-do", at(ms));
        return 0;
      } catch (error) {
        expect(error).toMatchObject({ status: 429, code: "rate_limited" });
        return Number((error as { headers: Record<string, string> }).headers["Retry-After"]);
      }
    };
    for (let i = 0; i < loginThrottles.pair.free - 1; i++) {
      await countFailure(db, "10.8.0.1", "ai-do", at(0));
    }
    expect(await retryAfter(0)).toBe(0);
    // From the free allowance on, each failure doubles the wait: 1 s, 2 s, 4 s…
    const waits: number[] = [];
    let now = 0;
    for (let i = 0; i < 4; i++) {
      await countFailure(db, "10.8.0.1", "ai-do", at(now));
      waits.push(await retryAfter(now));
      expect(await retryAfter(now + waits[i]! * 1000)).toBe(0);
      now += waits[i]! * 1000;
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    expect(delayAfter(1000, loginThrottles.pair)).toBe(loginThrottles.pair.maxDelayMs);
    // Another address and the same name from it: untouched; the same name in another form: the same.
    expect(await checkThrottle(db, "10.8.0.2", "ai-do", at(now - 1))).toBeUndefined();
    await countFailure(db, "10.8.0.1", "AI-DO", at(now));
    expect(await retryAfter(now)).toBeGreaterThan(8);
    // Long enough after the last failure, the count is forgotten.
    expect(await retryAfter(now + loginThrottles.pair.forgetAfterMs)).toBe(0);
  });

  it("throttles an address that fails far more than a hall would (clock injected)", async () => {
    const db = t.store.db;
    const now = new Date("2030-02-01T00:00:00Z");
    for (let i = 0; i < loginThrottles.address.free; i++) {
      await countFailure(db, "10.9.0.1", `spray${i}`, now);
    }
    await expect(checkThrottle(db, "10.9.0.1", "someone-new", now)).rejects.toMatchObject({
      status: 429,
    });
    // A correct password from that address (proved elsewhere) clears the address's count.
    await clearFailures(db, "10.9.0.1", "someone-new");
    expect(await checkThrottle(db, "10.9.0.1", "someone-new", now)).toBeUndefined();
  });

  it("clears the address's count at a successful sign-in (clock injected)", async () => {
    const db = t.store.db;
    const now = new Date("2030-03-01T00:00:00Z");
    for (let i = 0; i < loginThrottles.pair.free; i++) {
      await countFailure(db, "10.10.0.1", "quen", now);
    }
    await expect(checkThrottle(db, "10.10.0.1", "quen", now)).rejects.toMatchObject({
      status: 429,
    });
    await clearFailures(db, "10.10.0.1", "quen");
    expect(await checkThrottle(db, "10.10.0.1", "quen", now)).toBeUndefined();
  });

  it("counts concurrent failures exactly", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        recordFailure(t.store.db, "test:burst", loginThrottles.pair, new Date()),
      ),
    );
    expect(results.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
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
    for (let i = 0; i < loginThrottles.pair.free - 1; i++) {
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
    const now = new Date();
    for (let i = 0; i < loginThrottles.pair.free + 3; i++) {
      await countFailure(t.store.db, "10.7.0.1", "quenmk", now);
    }
    expect((await login("quenmk", "mat-khau-cu-1", "10.7.0.1")).status).toBe(429);
    // What `reset-password` does for a colleague who forgot it and locked themselves out.
    await setPassword(t.store.db, id, "mat-khau-moi-2");
    expect((await login("quenmk", "mat-khau-moi-2", "10.7.0.1")).status).toBe(200);
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
