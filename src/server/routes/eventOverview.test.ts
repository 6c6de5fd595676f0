import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventOverview } from "../../shared/api.ts";
import { createList } from "../checkin/lists.ts";
import { seedDemo } from "../demo/seed.ts";
import { attendees, checkinScans, events } from "../store/schema.ts";
import { attendeeCookie, staffCookie } from "../testing/contentFixtures.ts";
import { engines, openTestApp } from "../testing/testStore.ts";

describe.each(engines)("event hub overview on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  const overview = async (cookie: string, slug = "demo") =>
    t.app.request(`/api/events/${slug}/overview`, { headers: { cookie } });

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
  });
  afterAll(() => t.store.close());

  it("counts the roster, the printed invitations and the devices signed in", async () => {
    const [event] = await t.store.db.select().from(events).where(eq(events.slug, "demo"));
    const people = await t.store.db
      .select()
      .from(attendees)
      .where(eq(attendees.eventId, event!.id));
    const before = (await (
      await overview(await staffCookie(t.store, "organiser", "demo"))
    ).json()) as EventOverview;
    expect(before.role).toBe("organiser");
    expect(before.event.title).toBe(event!.title);
    expect(before.counts.people).toBe(people.length);

    // One more person who opens the invite on a phone: one more person and one more device.
    await attendeeCookie(t, "demo");
    const after = (await (
      await overview(await staffCookie(t.store, "organiser", "demo"))
    ).json()) as EventOverview;
    expect(after.counts.people).toBe(before.counts.people + 1);
    expect(after.counts.devices).toBe(before.counts.devices + 1);
    expect(after.counts.withDevice).toBe(before.counts.withDevice + 1);
  });

  it("counts who came in through the entry list once the organiser made one", async () => {
    const [event] = await t.store.db.select().from(events).where(eq(events.slug, "demo"));
    const organiser = await staffCookie(t.store, "organiser", "demo");
    const counts = async () =>
      ((await (await overview(organiser)).json()) as EventOverview).counts.checkedIn;
    expect(await counts()).toBeNull();
    const list = await createList(t.store.db, event!.id, {
      kind: "entry",
      title: "Vào hội trường",
      reentry: false,
    });
    expect(await counts()).toBe(0);
    const [first, second] = await t.store.db
      .select()
      .from(attendees)
      .where(eq(attendees.eventId, event!.id))
      .limit(2);
    const scan = (attendeeId: string, status: "accepted" | "duplicate") => ({
      id: crypto.randomUUID(),
      eventId: event!.id,
      listId: list.id,
      attendeeId,
      deviceId: "door-1",
      method: "manual" as const,
      at: new Date(),
      deviceAt: new Date(),
      recordedBy: crypto.randomUUID(),
      status,
    });
    // One admitted, then scanned again (a duplicate counts nothing), and a second person.
    await t.store.db.insert(checkinScans).values(scan(first!.id, "accepted"));
    await t.store.db.insert(checkinScans).values(scan(first!.id, "duplicate"));
    expect(await counts()).toBe(1);
    await t.store.db.insert(checkinScans).values(scan(second!.id, "accepted"));
    expect(await counts()).toBe(2);
  });

  it("gives a trainer the counts and their role, with no personal data", async () => {
    const response = await overview(await staffCookie(t.store, "trainer", "demo"));
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = JSON.parse(text) as EventOverview;
    expect(body.role).toBe("trainer");
    expect(text).not.toContain("@");
    expect(Object.keys(body)).toEqual(["event", "role", "counts"]);
  });

  it("refuses staff of another event and unknown events", async () => {
    await t.store.db
      .insert(events)
      .values({
        id: crypto.randomUUID(),
        slug: "khac",
        title: "Hội nghị khác",
        startsOn: "2030-01-01",
        endsOn: "2030-01-01",
      })
      .onConflictDoNothing();
    expect((await overview(await staffCookie(t.store, "organiser", "khac"))).status).toBe(403);
    expect((await overview(await staffCookie(t.store, "admin"), "khong-co")).status).toBe(404);
  });
});
