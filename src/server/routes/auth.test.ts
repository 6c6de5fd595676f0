import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffUser } from "../admin/users.ts";
import { cookiesFrom, engines, jsonPost, openTestApp } from "../testing/testStore.ts";

describe.each(engines)("staff sign-in on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  beforeAll(async () => {
    t = await openTestApp(engine);
    await createStaffUser(t.store.db, {
      username: "btc",
      password: "mật-khẩu-dài",
      role: "organiser",
    });
  });
  afterAll(() => t.store.close());

  const login = (username: string, password: string) =>
    t.app.request("/api/auth/login", jsonPost({ username, password }));

  it("signs in, tells who is signed in, and signs out", async () => {
    const response = await login("btc", "mật-khẩu-dài");
    expect(response.status).toBe(200);
    const cookie = cookiesFrom(response);
    expect(response.headers.get("set-cookie")).toMatch(/th_staff=.+HttpOnly.*SameSite=Strict/);
    const me = await t.app.request("/api/me", { headers: { cookie } });
    expect(await me.json()).toMatchObject({
      kind: "staff",
      user: { username: "btc", role: "organiser" },
    });
    await t.app.request("/api/auth/logout", jsonPost({}, cookie));
    expect((await t.app.request("/api/me", { headers: { cookie } })).status).toBe(401);
  });

  it("answers a wrong password and an unknown user alike", async () => {
    const wrong = await login("btc", "sai");
    const unknown = await login("nobody", "sai");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("validates the body", async () => {
    const response = await t.app.request("/api/auth/login", jsonPost({ username: "btc" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "validation_failed" } });
  });
});
