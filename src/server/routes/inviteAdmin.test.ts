import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Badge, Invitation, StaffAttendeeList } from "../../shared/api.ts";
import { doorPackVerifier, verifyTicket } from "../../shared/ticket.ts";
import { runAdminCommand } from "../admin/commands.ts";
import { createStaffUser, grantEventRole } from "../admin/users.ts";
import { seedDemo } from "../demo/seed.ts";
import { attendees } from "../store/schema.ts";
import { demoAttendees } from "../testing/contentFixtures.ts";
import { cookiesFrom, engines, jsonPost, loginCookie, openTestApp } from "../testing/testStore.ts";

describe.each(engines)("invite links, devices, badges and privacy on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let organiser: string;
  let trainer: string;
  let people: (typeof attendees.$inferSelect)[];

  const login = (username: string) => loginCookie(t.app, username, `mat-khau-${username}`);
  const redeem = (url: string, cookie = "") =>
    t.app.request(
      "/api/invites/redeem",
      jsonPost({ token: url.split("/i/")[1] }, cookie || undefined),
    );
  const cli = async (...argv: string[]) =>
    (await runAdminCommand(argv, { store: t.store, publicUrl: "http://th.test" })).stdout.trim();
  const post = (path: string, cookie = organiser) => t.app.request(path, jsonPost({}, cookie));
  const json = async <T>(path: string, cookie = organiser) =>
    (await (await t.app.request(path, { headers: { cookie } })).json()) as T;

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    people = await demoAttendees(t.store);
    for (const [username, role] of [
      ["btc", "organiser"],
      ["gv", "trainer"],
    ] as const) {
      await createStaffUser(t.store.db, { username, password: `mat-khau-${username}`, role });
      await grantEventRole(t.store.db, { username, eventSlug: "demo", role });
    }
    organiser = await login("btc");
    trainer = await login("gv");
  });
  afterAll(() => t.store.close());

  it("allows one device per invite until the organiser allows a second", async () => {
    // people[0] is the demo attendee whose printed link may open on 3 devices: take another.
    const person = people[5]!;
    expect(person.maxDevices).toBe(1);
    const url = await cli("invite-link", "--event", "demo", "--attendee", person.id);
    const phone = await redeem(url);
    expect(phone.status).toBe(200);
    const phoneCookie = cookiesFrom(phone);
    // The same phone opening the link again is not a second device.
    expect((await redeem(url, phoneCookie)).status).toBe(200);
    const tablet = await redeem(url);
    expect(tablet.status).toBe(409);
    expect(await tablet.json()).toMatchObject({ error: { code: "device_limit" } });
    expect(tablet.headers.get("set-cookie")).toBeNull();

    const allow = await t.app.request(`/api/events/demo/attendees/${person.id}/devices`, {
      method: "PUT",
      headers: { cookie: organiser, "content-type": "application/json" },
      body: JSON.stringify({ maxDevices: 2 }),
    });
    expect(allow.status).toBe(200);
    expect((await redeem(url)).status).toBe(200);
    expect((await redeem(url)).status).toBe(409);
    const list = await json<StaffAttendeeList>("/api/events/demo/attendees");
    expect(list.attendees.find((a) => a.id === person.id)).toMatchObject({
      devices: 2,
      maxDevices: 2,
    });

    for (const body of [{ maxDevices: 0 }, { maxDevices: 9 }, { maxDevices: "2" }, {}]) {
      const bad = await t.app.request(`/api/events/demo/attendees/${person.id}/devices`, {
        method: "PUT",
        headers: { cookie: organiser, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect({ body, status: bad.status }).toEqual({ body, status: 400 });
    }
  });

  it("revokes and reissues invite links; the CLI prints the current one", async () => {
    const person = people[1]!;
    const oldUrl = await cli("invite-link", "--event", "demo", "--attendee", person.id);
    const device = cookiesFrom(await redeem(oldUrl));
    expect((await t.app.request("/api/me", { headers: { cookie: device } })).status).toBe(200);

    expect((await post(`/api/events/demo/attendees/${person.id}/invite/revoke`)).status).toBe(200);
    // The device is signed out and the old link no longer works.
    expect((await t.app.request("/api/me", { headers: { cookie: device } })).status).toBe(401);
    const stale = await redeem(oldUrl);
    expect(stale.status).toBe(410);
    expect(await stale.json()).toMatchObject({ error: { code: "invite_revoked" } });

    const reissued = await post(`/api/events/demo/attendees/${person.id}/invite/reissue`);
    const { url } = (await reissued.json()) as { url: string };
    expect(url).toMatch(/^http:\/\/th\.test\/i\/[A-Za-z0-9_-]{55}$/);
    expect((await redeem(url)).status).toBe(200);
    const fromCli = await cli("invite-link", "--event", "demo", "--attendee", person.id);
    expect((await redeem(fromCli, "")).status).toBe(409);
    expect((await redeem(oldUrl)).status).toBe(410);
  });

  it("prints invitations carrying each attendee's working link", async () => {
    const { invitations } = await json<{ invitations: Invitation[] }>(
      `/api/events/demo/invitations?ids=${people[2]!.id},${people[3]!.id}`,
    );
    expect(invitations.map((i) => i.id).sort()).toEqual([people[2]!.id, people[3]!.id].sort());
    const response = await redeem(invitations[0]!.url);
    expect(response.status).toBe(200);
  });

  it("prints badges for the whole roster, one unit, or a selection, each with a valid ticket", async () => {
    const all = (await json<{ badges: Badge[] }>("/api/events/demo/badges")).badges;
    expect(all).toHaveLength(people.length);
    const pack = doorPackVerifier(await json("/api/events/demo/door-pack"));
    for (const badge of all) {
      expect(verifyTicket(badge.code, pack)).toMatchObject({
        ok: true,
        claims: { attendeeId: badge.id },
      });
    }
    // Printing again gives the same tickets (nothing is reissued).
    const again = (await json<{ badges: Badge[] }>("/api/events/demo/badges")).badges;
    expect(again.map((b) => b.code)).toEqual(all.map((b) => b.code));

    const unit = "Sở Ngoại vụ";
    const ofUnit = (
      await json<{ badges: Badge[] }>(`/api/events/demo/badges?unit=${encodeURIComponent(unit)}`)
    ).badges;
    expect(ofUnit.length).toBe(people.filter((p) => p.unit === unit).length);
    expect(ofUnit.length).toBeGreaterThan(0);
    expect(new Set(ofUnit.map((b) => b.unit))).toEqual(new Set([unit]));

    // People with no unit are a group of their own (an empty `unit` means everyone).
    const unitless = [people[1]!, people[2]!];
    const setUnit = (id: string, value: string) =>
      t.store.db.update(attendees).set({ unit: value }).where(eq(attendees.id, id));
    for (const person of unitless) await setUnit(person.id, "");
    const noUnit = (await json<{ badges: Badge[] }>("/api/events/demo/badges?noUnit=1")).badges;
    expect(noUnit.map((b) => b.id).sort()).toEqual(unitless.map((p) => p.id).sort());
    const invitations = await json<{ invitations: Invitation[] }>(
      "/api/events/demo/invitations?noUnit=1",
    );
    expect(invitations.invitations).toHaveLength(unitless.length);
    const badFlag = await t.app.request("/api/events/demo/badges?noUnit=yes", {
      headers: { cookie: organiser },
    });
    expect(badFlag.status).toBe(400);
    for (const person of unitless) await setUnit(person.id, person.unit);

    const picked = (await json<{ badges: Badge[] }>(`/api/events/demo/badges?ids=${people[4]!.id}`))
      .badges;
    expect(picked.map((b) => b.name)).toEqual([people[4]!.name]);

    await post(`/api/events/demo/attendees/${people[4]!.id}/ticket/revoke`);
    const revoked = (
      await json<{ badges: Badge[] }>(`/api/events/demo/badges?ids=${people[4]!.id}`)
    ).badges;
    expect(revoked[0]!.code).toBe("");

    const bad = await t.app.request("/api/events/demo/badges?ids=not-a-uuid", {
      headers: { cookie: organiser },
    });
    expect(bad.status).toBe(400);
  });

  it("shows phones and e-mails to organisers only, never to trainers", async () => {
    const forOrganiser = await json<StaffAttendeeList>("/api/events/demo/attendees");
    expect(forOrganiser).toMatchObject({
      canSeeContacts: true,
      role: "organiser",
      event: { slug: "demo" },
    });
    expect(forOrganiser.attendees.find((a) => a.id === people[0]!.id)).toMatchObject({
      phone: people[0]!.phone,
      email: people[0]!.email,
    });
    const response = await t.app.request("/api/events/demo/attendees", {
      headers: { cookie: trainer },
    });
    const text = await response.text();
    const forTrainer = JSON.parse(text) as StaffAttendeeList;
    expect(forTrainer).toMatchObject({ canSeeContacts: false, role: "trainer" });
    expect(forTrainer.attendees).toHaveLength(people.length);
    for (const person of people) {
      if (person.phone) expect(text).not.toContain(person.phone.slice(3));
      if (person.email) expect(text).not.toContain(person.email);
    }
    expect(Object.keys(forTrainer.attendees[0]!)).not.toContain("phone");
  });
});
