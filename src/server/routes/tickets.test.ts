import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AttendeeTicket, DoorPack } from "../../shared/api.ts";
import { newId } from "../../shared/ids.ts";
import { doorPackVerifier, verifyTicket } from "../../shared/ticket.ts";
import { createStaffUser, grantEventRole } from "../admin/users.ts";
import { seedDemo } from "../demo/seed.ts";
import { attendees, eventKeys, events } from "../store/schema.ts";
import { inviteToken } from "../testing/contentFixtures.ts";
import { cookiesFrom, engines, jsonPost, loginCookie, openTestApp } from "../testing/testStore.ts";
import { countRevocations } from "../tickets/issue.ts";
import { rotateEventKey } from "../tickets/keys.ts";

describe.each(engines)("tickets on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let organiser: string;
  let demo: typeof events.$inferSelect;
  let other: typeof events.$inferSelect;
  let people: (typeof attendees.$inferSelect)[];

  const signIn = async (person: { id: string; inviteVersion: number }) => {
    const token = await inviteToken(t.store.db, person);
    return cookiesFrom(await t.app.request("/api/invites/redeem", jsonPost({ token })));
  };
  const get = (path: string, cookie: string) => t.app.request(path, { headers: { cookie } });
  const doorPack = async (slug = "demo") =>
    (await (await get(`/api/events/${slug}/door-pack`, organiser)).json()) as DoorPack;
  const myTicket = async (cookie: string) => get("/api/events/demo/ticket", cookie);

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    const all = await t.store.db.select().from(events);
    demo = all.find((e) => e.slug === "demo")!;
    other = all.find((e) => e.slug === "da-nang-2013")!;
    // Tests sign the same attendee in more than once, each time as a new device.
    await t.store.db.update(attendees).set({ maxDevices: 5 });
    people = await t.store.db.select().from(attendees).where(eq(attendees.eventId, demo.id));
    await createStaffUser(t.store.db, {
      username: "btc",
      password: "mat-khau-btc",
      role: "organiser",
    });
    await grantEventRole(t.store.db, { username: "btc", eventSlug: "demo", role: "organiser" });
    await grantEventRole(t.store.db, { username: "btc", eventSlug: other.slug, role: "organiser" });
    organiser = await loginCookie(t.app, "btc", "mat-khau-btc");
  });
  afterAll(() => t.store.close());

  it("gives an attendee their own signed ticket, which the door pack verifies", async () => {
    const cookie = await signIn(people[0]!);
    const response = await myTicket(cookie);
    expect(response.status).toBe(200);
    const ticket = (await response.json()) as AttendeeTicket;
    expect(ticket).toMatchObject({
      eventId: demo.id,
      attendeeId: people[0]!.id,
      name: people[0]!.name,
      unit: people[0]!.unit,
      keyId: 1,
    });
    const pack = await doorPack();
    expect(verifyTicket(ticket.code, doorPackVerifier(pack))).toEqual({
      ok: true,
      claims: { eventId: demo.id, attendeeId: people[0]!.id, issuedAt: ticket.issuedAt, keyId: 1 },
    });
    // Asking again gives the same ticket: nothing is reissued behind the attendee's back.
    expect(((await (await myTicket(cookie)).json()) as AttendeeTicket).code).toBe(ticket.code);
  });

  it("keeps private keys, phones and e-mails out of the door pack", async () => {
    const text = JSON.stringify(await doorPack());
    const [key] = await t.store.db.select().from(eventKeys).where(eq(eventKeys.eventId, demo.id));
    expect(text).toContain(key!.publicKey);
    expect(text).not.toContain(key!.privateKey);
    for (const person of people) {
      if (person.phone) expect(text).not.toContain(person.phone.slice(3));
      if (person.email) expect(text).not.toContain(person.email);
    }
    expect(Object.keys((await doorPack()).attendees[0]!).sort()).toEqual([
      "id",
      "issuedAt",
      "name",
      "ticket",
      "unit",
    ]);
  });

  it("reissuing revokes the old ticket; revoking leaves the attendee without one", async () => {
    const person = people[1]!;
    const cookie = await signIn(person);
    const first = (await (await myTicket(cookie)).json()) as AttendeeTicket;
    const reissue = await t.app.request(
      `/api/events/demo/attendees/${person.id}/ticket/reissue`,
      jsonPost({}, organiser),
    );
    expect(reissue.status).toBe(200);
    const second = (await (await myTicket(cookie)).json()) as AttendeeTicket;
    expect(second.issuedAt).toBeGreaterThan(first.issuedAt);
    let pack = await doorPack();
    expect(verifyTicket(first.code, doorPackVerifier(pack))).toEqual({
      ok: false,
      reason: "revoked",
    });
    expect(verifyTicket(second.code, doorPackVerifier(pack)).ok).toBe(true);
    expect(pack.attendees.find((a) => a.id === person.id)).toMatchObject({
      ticket: "active",
      issuedAt: second.issuedAt,
    });

    const revoke = await t.app.request(
      `/api/events/demo/attendees/${person.id}/ticket/revoke`,
      jsonPost({}, organiser),
    );
    expect(revoke.status).toBe(200);
    pack = await doorPack();
    expect(verifyTicket(second.code, doorPackVerifier(pack))).toEqual({
      ok: false,
      reason: "revoked",
    });
    expect(pack.attendees.find((a) => a.id === person.id)?.ticket).toBe("revoked");
    const gone = await myTicket(cookie);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ error: { code: "no_ticket" } });
  });

  it("rejects a ticket of another event at this event's door", async () => {
    const [stranger] = await t.store.db
      .insert(attendees)
      .values({ id: newId(), eventId: other.id, name: "Khách Đà Nẵng" })
      .returning();
    const cookie = await signIn(stranger!);
    const ticket = (await (
      await get(`/api/events/${other.slug}/ticket`, cookie)
    ).json()) as AttendeeTicket;
    expect(verifyTicket(ticket.code, doorPackVerifier(await doorPack(other.slug))).ok).toBe(true);
    expect(verifyTicket(ticket.code, doorPackVerifier(await doorPack()))).toEqual({
      ok: false,
      reason: "wrong_event",
    });
  });

  it("signs new tickets with a rotated key while old tickets still verify", async () => {
    const old = (await (await myTicket(await signIn(people[0]!))).json()) as AttendeeTicket;
    await rotateEventKey(t.store.db, demo.id);
    const fresh = (await (await myTicket(await signIn(people[2]!))).json()) as AttendeeTicket;
    expect(fresh.keyId).toBe(2);
    const pack = await doorPack();
    expect(pack.keys.map((k) => k.keyId)).toEqual([1, 2]);
    expect(verifyTicket(old.code, doorPackVerifier(pack)).ok).toBe(true);
    expect(verifyTicket(fresh.code, doorPackVerifier(pack)).ok).toBe(true);
  });

  it("answers unknown or foreign attendees and repeated revokes clearly", async () => {
    const post = (path: string) => t.app.request(path, jsonPost({}, organiser));
    for (const id of ["not-a-uuid", newId()]) {
      const response = await post(`/api/events/demo/attendees/${id}/ticket/reissue`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
    }
    const [foreign] = await t.store.db
      .select()
      .from(attendees)
      .where(eq(attendees.eventId, other.id));
    expect((await post(`/api/events/demo/attendees/${foreign!.id}/ticket/revoke`)).status).toBe(
      404,
    );
    const fresh = people[5]!;
    const none = await post(`/api/events/demo/attendees/${fresh.id}/ticket/revoke`);
    expect(none.status).toBe(404);
    expect(await none.json()).toMatchObject({ error: { code: "no_ticket" } });

    // Revoking twice (a double click, a retry after a lost answer) says the same and
    // records the revocation once.
    const twice = people[6]!;
    await myTicket(await signIn(twice));
    const before = await countRevocations(t.store.db, demo.id);
    for (let i = 0; i < 2; i++) {
      const again = await post(`/api/events/demo/attendees/${twice.id}/ticket/revoke`);
      expect({ i, status: again.status }).toEqual({ i, status: 200 });
      expect(await again.json()).toEqual({ ticket: "revoked" });
    }
    expect(await countRevocations(t.store.db, demo.id)).toBe(before + 1);
    const pack = await doorPack();
    expect(pack.revoked.filter((r) => r.attendeeId === twice.id)).toHaveLength(1);
    expect(pack.attendees.find((a) => a.id === twice.id)?.ticket).toBe("revoked");
  });
});
