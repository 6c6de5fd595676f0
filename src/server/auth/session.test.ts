import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffUser } from "../admin/users.ts";
import { seedDemo } from "../demo/seed.ts";
import { type attendees, authSessions } from "../store/schema.ts";
import { demoAttendees, inviteToken } from "../testing/contentFixtures.ts";
import { cookiesFrom, engines, jsonPost, openTestApp } from "../testing/testStore.ts";
import { sessionPolicy } from "./session.ts";
import { hashToken } from "./tokens.ts";

/** What `@hono/node-server` passes as the env of a request from `address`. */
const fromPeer = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

describe.each(engines)("sessions on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let people: (typeof attendees.$inferSelect)[];

  const login = (headers: Record<string, string> = {}, env?: object) =>
    t.app.request(
      "/api/auth/login",
      {
        ...jsonPost({ username: "btc", password: "mat-khau-btc" }),
        headers: { "content-type": "application/json", ...headers },
      },
      env,
    );
  const redeem = async (person: (typeof attendees.$inferSelect)[][number], cookie?: string) => {
    const token = await inviteToken(t.store.db, person);
    return t.app.request("/api/invites/redeem", jsonPost({ token }, cookie));
  };
  const status = async (cookie: string) =>
    (await t.app.request("/api/me", { headers: { cookie } })).status;
  /** The stored session behind a cookie header's cookie of that kind. */
  const sessionOf = (cookie: string, kind: keyof typeof sessionPolicy) => {
    const token = new RegExp(`${sessionPolicy[kind].cookie}=([^;]+)`).exec(cookie)![1]!;
    return eq(authSessions.tokenHash, hashToken(token));
  };

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    people = await demoAttendees(t.store);
    await createStaffUser(t.store.db, {
      username: "btc",
      password: "mat-khau-btc",
      role: "organiser",
    });
  });
  afterAll(() => t.store.close());

  it("staff sign-out leaves the attendee sign-in of the same device alone", async () => {
    const attendee = cookiesFrom(await redeem(people[1]!));
    const staff = cookiesFrom(await login());
    const both = `${staff}; ${attendee}`;
    const logout = await t.app.request("/api/auth/logout", jsonPost({}, both));
    expect(logout.status).toBe(200);
    const cleared = logout.headers.getSetCookie().map((c) => c.split("=")[0]);
    expect(cleared).toEqual([sessionPolicy.staff.cookie]);
    // The staff session is gone; the attendee one still answers as that attendee.
    expect(await status(staff)).toBe(401);
    expect(
      await (await t.app.request("/api/me", { headers: { cookie: both } })).json(),
    ).toMatchObject({ kind: "attendee", attendee: { id: people[1]!.id } });
  });

  it("ends a session idle for longer than its idle timeout", async () => {
    for (const [kind, cookie] of [
      ["staff", cookiesFrom(await login())],
      ["attendee", cookiesFrom(await redeem(people[2]!))],
    ] as const) {
      expect(await status(cookie)).toBe(200);
      const idleSince = new Date(Date.now() - sessionPolicy[kind].idleMs - 60_000);
      await t.store.db
        .update(authSessions)
        .set({ lastSeenAt: idleSince })
        .where(sessionOf(cookie, kind));
      expect({ kind, status: await status(cookie) }).toEqual({ kind, status: 401 });
    }
  });

  it("slides a used session's idle window, at most once a minute", async () => {
    for (const [kind, cookie] of [
      ["staff", cookiesFrom(await login())],
      ["attendee", cookiesFrom(await redeem(people[4]!))],
    ] as const) {
      const lastSeen = async () =>
        (
          await t.store.db
            .select({ at: authSessions.lastSeenAt })
            .from(authSessions)
            .where(sessionOf(cookie, kind))
        )[0]!.at.getTime();
      // Used two hours ago, well inside the idle window: this request slides it to now.
      const twoHoursAgo = Date.now() - 2 * 3600_000;
      await t.store.db
        .update(authSessions)
        .set({ lastSeenAt: new Date(twoHoursAgo) })
        .where(sessionOf(cookie, kind));
      const before = Date.now();
      expect(await status(cookie)).toBe(200);
      const slid = await lastSeen();
      expect({ kind, slid: slid >= before - 1000 }).toEqual({ kind, slid: true });
      // Ten seconds ago is under a minute: the next request leaves the row alone.
      const tenSecondsAgo = new Date(Date.now() - 10_000);
      await t.store.db
        .update(authSessions)
        .set({ lastSeenAt: tenSecondsAgo })
        .where(sessionOf(cookie, kind));
      expect(await status(cookie)).toBe(200);
      expect(await lastSeen()).toBe(tenSecondsAgo.getTime());
    }
  });

  it("ends a session past its absolute lifetime, however recently it was used", async () => {
    for (const [kind, cookie] of [
      ["staff", cookiesFrom(await login())],
      ["attendee", cookiesFrom(await redeem(people[3]!))],
    ] as const) {
      expect(await status(cookie)).toBe(200);
      await t.store.db
        .update(authSessions)
        .set({ expiresAt: new Date(Date.now() - 60_000), lastSeenAt: new Date() })
        .where(sessionOf(cookie, kind));
      expect({ kind, status: await status(cookie) }).toEqual({ kind, status: 401 });
    }
  });

  it("marks the staff cookie Secure behind a local TLS proxy, and only then", async () => {
    const https = { "x-forwarded-proto": "https" };
    const cases: [string, Record<string, string>, object | undefined, boolean][] = [
      ["no socket (tests), plain HTTP", {}, undefined, false],
      ["local proxy says https", https, fromPeer("127.0.0.1"), true],
      ["local IPv6 proxy says https", https, fromPeer("::1"), true],
      ["local proxy says http", { "x-forwarded-proto": "http" }, fromPeer("127.0.0.1"), false],
      // A client talking to the server directly could write the header itself.
      ["remote peer claims https", https, fromPeer("203.0.113.7"), false],
    ];
    for (const [what, headers, env, secure] of cases) {
      const response = await login(headers, env);
      expect(response.status).toBe(200);
      const cookie = response.headers.get("set-cookie") ?? "";
      expect({ what, secure: /;\s*Secure/i.test(cookie) }).toEqual({ what, secure });
    }
  });
});
