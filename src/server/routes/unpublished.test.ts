import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../shared/ids.ts";
import { attendees, authSessions, events } from "../store/schema.ts";
import { inviteToken, sessionCookie } from "../testing/contentFixtures.ts";
import { engines, jsonPost, openTestApp } from "../testing/testStore.ts";

/**
 * Issue 12 item 10: one rule for a draft event's invite, ticket and pack — it does not
 * exist for attendees yet (404 event_not_published), and nothing is issued.
 */
describe.each(engines)("an unpublished event on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  const eventId = newId();
  let person: typeof attendees.$inferSelect;

  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.store.db.insert(events).values({
      id: eventId,
      slug: "ban-nhap",
      title: "Hội nghị chưa công bố",
      startsOn: "2030-01-01",
      endsOn: "2030-01-01",
      published: false,
    });
    const [row] = await t.store.db
      .insert(attendees)
      .values({ id: newId(), eventId, name: "Trần Thị Nháp", unit: "Sở Thử" })
      .returning();
    person = row!;
  });
  afterAll(() => t.store.close());

  const expectNotPublished = async (response: Response) => {
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "event_not_published" } });
  };

  it("answers the invite, the ticket and the pack alike, and issues nothing", async () => {
    const token = await inviteToken(t.store.db, person);
    const redeemed = await t.app.request("/api/invites/redeem", jsonPost({ token }));
    await expectNotPublished(redeemed);
    expect(redeemed.headers.getSetCookie()).toEqual([]);
    const sessions = await t.store.db
      .select()
      .from(authSessions)
      .where(eq(authSessions.attendeeId, person.id));
    expect(sessions).toEqual([]);

    // A device signed in before the event went back to draft.
    const cookie = await sessionCookie(t.store, "attendee", { attendeeId: person.id });
    await expectNotPublished(
      await t.app.request("/api/events/ban-nhap/ticket", { headers: { cookie } }),
    );
    await expectNotPublished(
      await t.app.request("/api/events/ban-nhap/pack", { headers: { cookie } }),
    );
    const [after] = await t.store.db.select().from(attendees).where(eq(attendees.id, person.id));
    expect(after?.ticketIssuedAt).toBeNull();
  });

  it("lets the same invite in, with its ticket and pack, once the event is published", async () => {
    await t.store.db.update(events).set({ published: true }).where(eq(events.id, eventId));
    // Free the device slot the first test's session holds (one device per attendee).
    await t.store.db.delete(authSessions).where(eq(authSessions.attendeeId, person.id));
    const token = await inviteToken(t.store.db, person);
    const redeemed = await t.app.request("/api/invites/redeem", jsonPost({ token }));
    expect(redeemed.status).toBe(200);
    const cookie = redeemed.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    for (const path of ["ticket", "pack"]) {
      const response = await t.app.request(`/api/events/ban-nhap/${path}`, { headers: { cookie } });
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
    }
  });
});
