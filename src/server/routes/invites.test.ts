import { and, count, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getInviteSecret, signInvite } from "../auth/invite.ts";
import { seedDemo } from "../demo/seed.ts";
import { attendees, authSessions, events } from "../store/schema.ts";
import { inviteToken } from "../testing/contentFixtures.ts";
import { cookiesFrom, engines, jsonPost, openTestApp } from "../testing/testStore.ts";

describe.each(engines)("invite links on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let attendee: typeof attendees.$inferSelect;
  let token: string;

  const redeem = (body: unknown) => t.app.request("/api/invites/redeem", jsonPost(body));
  const sessionCount = async () =>
    (await t.store.db.select({ n: count() }).from(authSessions))[0]!.n;

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    const [demo] = await t.store.db.select().from(events).where(eq(events.slug, "demo"));
    [attendee] = (await t.store.db
      .select()
      .from(attendees)
      .where(eq(attendees.eventId, demo!.id))
      .limit(1)) as [typeof attendees.$inferSelect];
    token = await inviteToken(t.store.db, attendee);
  });
  afterAll(() => t.store.close());

  it("signs the device in with an HttpOnly, SameSite=Strict cookie", async () => {
    const response = await redeem({ token });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      event: { slug: "demo" },
      attendee: { id: attendee.id },
    });
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^th_attendee=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/);
    const me = await t.app.request("/api/me", { headers: { cookie: cookiesFrom(response) } });
    expect(await me.json()).toEqual({
      kind: "attendee",
      attendee: { id: attendee.id, name: attendee.name },
      event: { slug: "demo" },
    });
  });

  it("marks the cookie Secure behind TLS", async () => {
    // Issue 4: a second device needs the organiser's permission.
    await t.store.db.update(attendees).set({ maxDevices: 2 }).where(eq(attendees.id, attendee.id));
    const response = await t.app.request("/api/invites/redeem", {
      ...jsonPost({ token }),
      headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
    });
    expect(response.headers.get("set-cookie")).toMatch(/Secure/);
  });

  it("refuses damaged, expired and revoked links without signing in", async () => {
    const before = await sessionCount();
    const flipped = token.slice(0, 20) + (token[20] === "A" ? "B" : "A") + token.slice(21);
    const cases: [unknown, number, string][] = [
      [{ token: "not a token!" }, 400, "invite_malformed"],
      [{ token: token.slice(0, -4) }, 400, "invite_malformed"],
      [{ token: flipped }, 400, "invite_malformed"],
      [{}, 400, "validation_failed"],
    ];
    const secret = await getInviteSecret(t.store.db);
    const expired = signInvite(secret, {
      attendeeId: attendee.id,
      inviteVersion: attendee.inviteVersion,
      expiresAt: new Date(Date.now() - 1000),
    });
    cases.push([{ token: expired }, 410, "invite_expired"]);
    const stale = signInvite(secret, {
      attendeeId: attendee.id,
      inviteVersion: attendee.inviteVersion + 1,
      expiresAt: new Date(Date.now() + 60_000),
    });
    cases.push([{ token: stale }, 410, "invite_revoked"]);
    const stranger = signInvite(secret, {
      attendeeId: "01890000-0000-7000-8000-000000000000",
      inviteVersion: 1,
      expiresAt: new Date(Date.now() + 60_000),
    });
    cases.push([{ token: stranger }, 404, "not_found"]);
    for (const [body, status, code] of cases) {
      const response = await redeem(body);
      expect({ body, status: response.status }).toEqual({ body, status });
      expect(await response.json()).toMatchObject({ error: { code } });
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    expect(await sessionCount()).toBe(before);
  });

  /** Other people of the event whose invite opens on one device only. */
  const onePhoneEach = () =>
    and(
      eq(attendees.eventId, attendee.eventId),
      eq(attendees.maxDevices, 1),
      ne(attendees.id, attendee.id),
    );

  it("ends the previous attendee's session when another invite is redeemed on the device", async () => {
    const [first, second] = (await t.store.db
      .select()
      .from(attendees)
      .where(onePhoneEach())
      .orderBy(attendees.id)
      .offset(0)
      .limit(2)) as [typeof attendees.$inferSelect, typeof attendees.$inferSelect];
    const devicesOf = async (person: typeof attendees.$inferSelect) =>
      (
        await t.store.db
          .select({ n: count() })
          .from(authSessions)
          .where(eq(authSessions.attendeeId, person.id))
      )[0]!.n;
    const asFirst = cookiesFrom(await redeem({ token: await inviteToken(t.store.db, first) }));
    expect(await devicesOf(first)).toBe(1);

    // A shared phone: the second person opens their own link on it.
    const asSecond = await t.app.request(
      "/api/invites/redeem",
      jsonPost({ token: await inviteToken(t.store.db, second) }, asFirst),
    );
    expect(asSecond.status).toBe(200);
    expect(await devicesOf(first)).toBe(0);
    expect(await devicesOf(second)).toBe(1);
    expect((await t.app.request("/api/me", { headers: { cookie: asFirst } })).status).toBe(401);
    // The first person's own phone may now sign in: no slot is held by the shared one.
    expect((await redeem({ token: await inviteToken(t.store.db, first) })).status).toBe(200);
  });

  it("keeps the device's sign-in when redeeming another invite is refused", async () => {
    const [person, full] = (await t.store.db
      .select()
      .from(attendees)
      .where(onePhoneEach())
      .orderBy(attendees.id)
      .offset(2)
      .limit(2)) as [typeof attendees.$inferSelect, typeof attendees.$inferSelect];
    const device = cookiesFrom(await redeem({ token: await inviteToken(t.store.db, person) }));
    expect((await redeem({ token: await inviteToken(t.store.db, full) })).status).toBe(200);
    const refused = await t.app.request(
      "/api/invites/redeem",
      jsonPost({ token: await inviteToken(t.store.db, full) }, device),
    );
    expect(refused.status).toBe(409);
    expect(
      await (await t.app.request("/api/me", { headers: { cookie: device } })).json(),
    ).toMatchObject({ kind: "attendee", attendee: { id: person.id } });
  });

  it("refuses a body that is not JSON or not labelled as JSON", async () => {
    const plain = await t.app.request("/api/invites/redeem", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ token }),
    });
    expect(plain.status).toBe(415);
    expect(await plain.json()).toMatchObject({ error: { code: "unsupported_media_type" } });
    const broken = await t.app.request("/api/invites/redeem", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{token:",
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: "invalid_json" } });
  });
});
