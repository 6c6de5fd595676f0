import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Invitation } from "../../shared/api.ts";
import { newId } from "../../shared/ids.ts";
import { attendees, events } from "../store/schema.ts";
import { staffCookie } from "../testing/contentFixtures.ts";
import { engines, jsonPost, openTestApp } from "../testing/testStore.ts";

/** Issue 12 item 9: a hand-ticked selection of any size, sent in the body. */
describe.each(engines)("printing a large hand-ticked selection on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let cookie: string;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await openTestApp(engine);
    const eventId = newId();
    await t.store.db.insert(events).values({
      id: eventId,
      slug: "lon",
      title: "Hội nghị lớn",
      startsOn: "2030-01-01",
      endsOn: "2030-01-01",
    });
    const rows = Array.from({ length: 2_100 }, (_, i) => ({
      id: newId(),
      eventId,
      name: `Đại biểu ${i}`,
      unit: `Đơn vị ${i % 7}`,
    }));
    await t.store.db.insert(attendees).values(rows.slice(0, 1_000));
    await t.store.db.insert(attendees).values(rows.slice(1_000));
    ids.push(...rows.slice(0, 2_000).map((r) => r.id));
    cookie = await staffCookie(t.store, "organiser", "lon");
  });
  afterAll(() => t.store.close());

  it("prints exactly the 2,000 ticked people", async () => {
    const response = await t.app.request("/api/events/lon/invitations", jsonPost({ ids }, cookie));
    expect(response.status).toBe(200);
    const { invitations } = (await response.json()) as { invitations: Invitation[] };
    expect(invitations.map((i) => i.id).sort()).toEqual([...ids].sort());
  });

  it("refuses a selection that is not a list of attendee ids", async () => {
    const bad = await t.app.request("/api/events/lon/badges", jsonPost({ ids: ["x"] }, cookie));
    expect(bad.status).toBe(400);
  });
});
