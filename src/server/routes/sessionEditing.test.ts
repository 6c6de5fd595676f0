import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffEventContent, StaffSession } from "../../shared/api.ts";
import { seedDemo } from "../demo/seed.ts";
import { staffCookie } from "../testing/contentFixtures.ts";
import { engines, jsonPost, openTestApp } from "../testing/testStore.ts";

describe.each(engines)("reordering a day on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let organiser: string;

  const day = async () =>
    (
      (await (
        await t.app.request("/api/events/demo/content", { headers: { cookie: organiser } })
      ).json()) as StaffEventContent
    ).sessions.filter((s) => s.startsAt.startsWith("2015-06-26"));
  const reorder = (order: StaffSession[]) =>
    t.app.request(
      "/api/events/demo/sessions/reorder",
      jsonPost({ sessions: order.map(({ id, version }) => ({ id, version })) }, organiser),
    );

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    organiser = await staffCookie(t.store, "organiser", "demo");
  });
  afterAll(() => t.store.close());

  it("moves one session past its neighbour and leaves every other session as it was", async () => {
    const before = await day();
    const first = before[0]!;
    // A session in another room, in parallel with the first of the day.
    const parallel = await t.app.request(
      "/api/events/demo/sessions",
      jsonPost(
        {
          title: "Phiên song song",
          description: "",
          kind: "talk",
          room: "Phòng 2",
          startsAt: first.startsAt,
          endsAt: new Date(Date.parse(first.endsAt) + 15 * 60_000).toISOString(),
          speakers: [],
          materialIds: [],
          published: true,
        },
        organiser,
      ),
    );
    expect(parallel.status).toBe(201);
    const current = await day();
    const index = current.length - 1;
    const order = [...current];
    const [moved] = order.splice(index, 1);
    order.splice(index - 1, 0, moved!);
    expect((await reorder(order)).status).toBe(200);

    const after = new Map((await day()).map((s) => [s.id, s]));
    const swapped = new Set([current[index]!.id, current[index - 1]!.id]);
    for (const s of current) {
      if (swapped.has(s.id)) expect(after.get(s.id)).not.toEqual(s);
      else expect(after.get(s.id)).toEqual(s);
    }
    expect(Date.parse(after.get(moved!.id)!.startsAt)).toBe(
      Date.parse(current[index - 1]!.startsAt),
    );
  });

  it("changes nothing, not even the event's version, when two sessions start together", async () => {
    const version = async () =>
      (
        (await (
          await t.app.request("/api/events/demo/content", { headers: { cookie: organiser } })
        ).json()) as StaffEventContent
      ).event.contentVersion;
    const current = await day();
    // The previous test added a session starting with the first one: swapping the two
    // changes no time, so there is nothing for devices to fetch.
    expect(current[0]!.startsAt).toBe(current[1]!.startsAt);
    const before = await version();
    const order = [current[1]!, current[0]!, ...current.slice(2)];
    expect((await reorder(order)).status).toBe(200);
    expect(await version()).toBe(before);
    expect(await day()).toEqual(current);
  });
});
