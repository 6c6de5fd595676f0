import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventPack } from "../../shared/pack.ts";
import { createStaffUser, grantEventRole } from "../admin/users.ts";
import { demoEvents } from "../demo/content.ts";
import { seedDemo } from "../demo/seed.ts";
import { attendees, events, sessions } from "../store/schema.ts";
import { inviteToken } from "../testing/contentFixtures.ts";
import { cookiesFrom, engines, jsonPost, loginCookie, openTestApp } from "../testing/testStore.ts";

describe.each(engines)("event pack on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let cookie: string;
  let demoId: string;
  /** The attendee whose invite signed this device in. */
  let invited: typeof attendees.$inferSelect;

  const pack = async (slug: string, query = "", withCookie = cookie) =>
    t.app.request(`/api/events/${slug}/pack${query}`, {
      headers: withCookie ? { cookie: withCookie } : {},
    });

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    const [demo] = await t.store.db.select().from(events).where(eq(events.slug, "demo"));
    demoId = demo!.id;
    // Not the first of the roster: a pack made for whoever comes first would not pass.
    const roster = await t.store.db
      .select()
      .from(attendees)
      .where(eq(attendees.eventId, demoId))
      .orderBy(attendees.name);
    invited = roster[Math.floor(roster.length / 2)]!;
    const token = await inviteToken(t.store.db, invited);
    cookie = cookiesFrom(await t.app.request("/api/invites/redeem", jsonPost({ token })));
  });
  afterAll(() => t.store.close());

  it("gives the attendee the whole agenda of their event, in time order", async () => {
    const response = await pack("demo");
    expect(response.status).toBe(200);
    const body = (await response.json()) as EventPack;
    const content = demoEvents.find((e) => e.slug === "demo")!;
    expect(body.since).toBe(0);
    expect(body.version).toBe(1);
    expect(body.sessions.map((s) => s.title)).toEqual(content.sessions.map((s) => s.title));
    expect(body.materials.map((m) => m.title).sort()).toEqual(
      content.materials.map((m) => m.title).sort(),
    );
    // Local 07:30 in Asia/Ho_Chi_Minh (UTC+7) is 00:30 UTC.
    const first = content.sessions[0]!;
    const [h, m] = first.start.split(":").map(Number);
    expect(body.sessions[0]!.startsAt).toBe(
      new Date(Date.UTC(2015, 5, 26, h! - 7, m!)).toISOString(),
    );
    // The pack says who is signed in: the invite's own attendee.
    expect(body.attendee).toMatchObject({ id: invited.id, name: invited.name });
    expect(response.headers.get("x-content-length")).toBe(
      String(Buffer.byteLength(JSON.stringify(body))),
    );
  });

  it("never puts phone numbers or e-mail addresses into an attendee's pack", async () => {
    const text = await (await pack("demo")).text();
    const people = await t.store.db.select().from(attendees).where(eq(attendees.eventId, demoId));
    for (const person of people) {
      if (person.phone) expect(text).not.toContain(person.phone.slice(3));
      if (person.email) expect(text).not.toContain(person.email);
    }
  });

  it("returns only what changed since a version, deletions included", async () => {
    const [changed, removed] = await t.store.db
      .select()
      .from(sessions)
      .where(eq(sessions.eventId, demoId))
      .orderBy(sessions.startsAt)
      .limit(2);
    await t.store.db.transaction(async (tx) => {
      const [bumped] = await tx
        .update(events)
        .set({ version: sql`${events.version} + 1` })
        .where(eq(events.id, demoId))
        .returning();
      await tx
        .update(sessions)
        .set({ title: "Đón tiếp đại biểu (đổi giờ)", version: bumped!.version })
        .where(eq(sessions.id, changed!.id));
      await tx
        .update(sessions)
        .set({ deleted: true, version: bumped!.version })
        .where(and(eq(sessions.id, removed!.id)));
    });
    const body = (await (await pack("demo", "?since=1")).json()) as EventPack;
    expect(body.version).toBe(2);
    expect(body.sessions.map((s) => [s.id, s.title])).toEqual([
      [changed!.id, "Đón tiếp đại biểu (đổi giờ)"],
    ]);
    expect(body.deleted.sessions).toEqual([removed!.id]);
    expect(body.materials).toEqual([]);
    const upToDate = (await (await pack("demo", "?since=2")).json()) as EventPack;
    expect(upToDate.sessions).toEqual([]);
    expect(upToDate.deleted).toEqual({ sessions: [], materials: [] });
    const full = (await (await pack("demo")).json()) as EventPack;
    expect(full.sessions.map((s) => s.id)).not.toContain(removed!.id);
  });

  it("refuses a since that is not a number or is ahead of the server", async () => {
    for (const query of ["?since=abc", "?since=-1", "?since=1.5"]) {
      const response = await pack("demo", query);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "validation_failed" } });
    }
    // Ahead of the server (its database restored): a code of its own, for the app to start over.
    const ahead = await pack("demo", "?since=999");
    expect(ahead.status).toBe(400);
    expect(await ahead.json()).toMatchObject({ error: { code: "version_ahead" } });
  });

  it("lists events to staff only", async () => {
    expect((await t.app.request("/api/events", { headers: { cookie } })).status).toBe(401);
    await createStaffUser(t.store.db, {
      username: "btc",
      password: "mat-khau-btc",
      role: "organiser",
    });
    const staffCookie = await loginCookie(t.app, "btc", "mat-khau-btc");
    const list = async () =>
      (
        (await (
          await t.app.request("/api/events", { headers: { cookie: staffCookie } })
        ).json()) as {
          events: { slug: string }[];
        }
      ).events.map((e) => e.slug);
    // Issue 4: an organiser sees only the events they are granted.
    expect(await list()).toEqual([]);
    await grantEventRole(t.store.db, { username: "btc", eventSlug: "demo", role: "organiser" });
    expect(await list()).toEqual(["demo"]);
  });

  it("keeps events apart and strangers out", async () => {
    expect((await pack("da-nang-2013")).status).toBe(403);
    expect((await pack("demo", "", "")).status).toBe(401);
    expect((await pack("demo", "", "th_attendee=forged-token")).status).toBe(401);
    const unknown = await pack("no-such-event");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "not_found" } });
  });
});
