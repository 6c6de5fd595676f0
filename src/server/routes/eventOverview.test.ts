import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventOverview } from "../../shared/api.ts";
import { seedDemo } from "../demo/seed.ts";
import { attendees, events } from "../store/schema.ts";
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
    expect(before.counts.checkedIn).toBeNull();

    // One more person who opens the invite on a phone: one more person and one more device.
    await attendeeCookie(t, "demo");
    const after = (await (
      await overview(await staffCookie(t.store, "organiser", "demo"))
    ).json()) as EventOverview;
    expect(after.counts.people).toBe(before.counts.people + 1);
    expect(after.counts.devices).toBe(before.counts.devices + 1);
    expect(after.counts.withDevice).toBe(before.counts.withDevice + 1);
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
