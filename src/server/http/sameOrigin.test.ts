import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../shared/ids.ts";
import { seedDemo } from "../demo/seed.ts";
import { attendees, events } from "../store/schema.ts";
import { staffCookie } from "../testing/contentFixtures.ts";
import { engines, openTestApp, testConfig } from "../testing/testStore.ts";
import { reissueTicket } from "../tickets/issue.ts";

/** Issue 12 item 1: a state-changing request must come from the app's own pages. */
describe.each(engines)("cross-site request forgery on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let cookie: string;
  let eventId: string;

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    const [event] = (await t.store.db.select().from(events)).filter((e) => e.slug === "demo");
    eventId = event!.id;
    cookie = await staffCookie(t.store, "organiser", "demo");
  });
  afterAll(() => t.store.close());

  /** Revokes a fresh ticket with `headers` added; the status and whether it was revoked. */
  async function revoke(headers: Record<string, string>) {
    const [row] = await t.store.db
      .insert(attendees)
      .values({ id: newId(), eventId, name: "Người Có Vé", unit: "Đơn vị" })
      .returning();
    const person = await reissueTicket(t.store.db, row!);
    const response = await t.app.request(`/api/events/demo/attendees/${person.id}/ticket/revoke`, {
      method: "POST",
      headers: { cookie, host: "hall.local:8080", ...headers },
    });
    const list = (await (
      await t.app.request("/api/events/demo/attendees", { headers: { cookie } })
    ).json()) as { attendees: { id: string; ticket: string }[] };
    const ticket = list.attendees.find((a) => a.id === person.id)?.ticket;
    return { status: response.status, body: await response.json(), ticket };
  }

  it("refuses another origin or site, even another port of the same host, and changes nothing", async () => {
    const refused: Record<string, string>[] = [
      { origin: "http://hall.local:5173" },
      { origin: "https://hall.local:8080" },
      { origin: "http://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "same-site", origin: "http://hall.local:8080" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "none" },
    ];
    for (const headers of refused) {
      const result = await revoke(headers);
      expect({ headers, status: result.status, ticket: result.ticket }).toEqual({
        headers,
        status: 403,
        ticket: "active",
      });
      expect(result.body).toMatchObject({ error: { code: "cross_origin" } });
    }
  });

  it("accepts the app's own origin (its Host or PUBLIC_URL), same-origin fetches and non-browsers", async () => {
    const accepted: Record<string, string>[] = [
      { origin: "http://hall.local:8080" },
      { origin: new URL(testConfig.publicUrl).origin },
      { "sec-fetch-site": "same-origin", origin: "http://hall.local:8080" },
      { "sec-fetch-site": "same-origin" },
      // curl, the CLI, scripts: no browser, so no other site's page behind them.
      {},
    ];
    for (const headers of accepted) {
      const result = await revoke(headers);
      expect({ headers, status: result.status, ticket: result.ticket }).toEqual({
        headers,
        status: 200,
        ticket: "revoked",
      });
    }
  });

  it("lets any page read (GET) and never checks the origin of a safe method", async () => {
    const response = await t.app.request("/api/health", {
      headers: { origin: "http://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(response.status).toBe(200);
  });
});
