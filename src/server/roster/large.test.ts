import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../shared/ids.ts";
import { attendees, events } from "../store/schema.ts";
import { staffCookie } from "../testing/contentFixtures.ts";
import { engines, openTestApp } from "../testing/testStore.ts";
import { applyRoster } from "./apply.ts";
import { MAX_ROSTER_ROWS, readRosterFile } from "./read.ts";

/** A CSV roster of `n` distinct people. */
const roster = (n: number) =>
  `Họ và tên,Đơn vị,Email\n${Array.from(
    { length: n },
    (_, i) => `Đại biểu ${i},Đơn vị ${i % 50},db${i}@example.vn`,
  ).join("\n")}\n`;

/** Issue 12 item 4: large and hostile roster files. */
describe.each(engines)("large rosters on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  const eventId = newId();
  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.store.db.insert(events).values({
      id: eventId,
      slug: "dong",
      title: "Hội nghị đông người",
      startsOn: "2030-01-01",
      endsOn: "2030-01-01",
    });
  });
  afterAll(() => t.store.close());

  it("imports 10,000 people in one go (more bind parameters than one statement takes)", async () => {
    const file = await readRosterFile(new TextEncoder().encode(roster(10_000)));
    const plan = await applyRoster(t.store.db, eventId, file);
    expect(plan.counts.create).toBe(10_000);
    const [row] = await t.store.db
      .select({ n: count() })
      .from(attendees)
      .where(eq(attendees.eventId, eventId));
    expect(row?.n).toBe(10_000);
  }, 300_000);

  it("refuses a file of more rows than the cap with 422 roster_too_many_rows", async () => {
    const cookie = await staffCookie(t.store, "organiser", "dong");
    const response = await t.app.request("/api/events/dong/roster/preview", {
      method: "POST",
      headers: { cookie, "content-type": "text/csv" },
      body: roster(MAX_ROSTER_ROWS + 1),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { code: "roster_too_many_rows" } });
  }, 120_000);
});
