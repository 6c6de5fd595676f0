import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { newId } from "../../shared/ids.ts";
import { createApp } from "../app.ts";
import { attendees, events } from "../store/schema.ts";
import { staffCookie } from "../testing/contentFixtures.ts";
import { engines, openTestApp, testConfig } from "../testing/testStore.ts";
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

  it("inserts across chunk boundaries: every row once, all or nothing", async () => {
    const other = newId();
    await t.store.db.insert(events).values({
      id: other,
      slug: "chunks",
      title: "Ranh giới lô",
      startsOn: "2030-01-01",
      endsOn: "2030-01-01",
    });
    const file = await readRosterFile(new TextEncoder().encode(roster(15)));
    // 15 rows in chunks of 7: two full chunks and one of a single row.
    const plan = await applyRoster(t.store.db, other, file, { chunkSize: 7 });
    expect(plan.counts.create).toBe(15);
    const stored = await t.store.db
      .select({ email: attendees.email })
      .from(attendees)
      .where(eq(attendees.eventId, other));
    expect(stored.map((a) => a.email).sort()).toEqual(
      Array.from({ length: 15 }, (_, i) => `db${i}@example.vn`).sort(),
    );
  });

  it("follows the configured row cap (ROSTER_MAX_ROWS) and expansion cap of this server", async () => {
    const app = createApp(t.store, {
      ...testConfig,
      rosterMaxRows: 40,
      rosterMaxUnzippedBytes: 64 * 1024,
    });
    const cookie = await staffCookie(t.store, "organiser", "dong");
    const preview = (body: string | Uint8Array, type: string) =>
      app.request("/api/events/dong/roster/preview", {
        method: "POST",
        headers: { cookie, "content-type": type },
        body,
      });
    expect((await preview(roster(40), "text/csv")).status).toBe(200);
    const tooMany = await preview(roster(41), "text/csv");
    expect(tooMany.status).toBe(422);
    expect(await tooMany.json()).toMatchObject({ error: { code: "roster_too_many_rows" } });

    // A real workbook of 30 people whose sheet expands beyond 64 KiB (padded cells).
    const { toBuffer } = await writeXlsxFile(
      [
        ["Họ và tên", "Đơn vị"],
        ...Array.from({ length: 30 }, (_, i) => [`Đại biểu ${i}`, `${"Đơn vị ".repeat(400)}${i}`]),
      ],
      { sheet: "Danh sách" },
    );
    const tooLarge = await preview(new Uint8Array(await toBuffer()), "application/octet-stream");
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ error: { code: "roster_too_large" } });
  });

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

describe("a raised row cap", () => {
  it("reads a file beyond the default cap when the operator allows more", async () => {
    const bytes = new TextEncoder().encode(roster(MAX_ROSTER_ROWS + 1));
    const file = await readRosterFile(bytes, { maxRows: MAX_ROSTER_ROWS + 1 });
    expect(file.rows).toHaveLength(MAX_ROSTER_ROWS + 1);
  }, 60_000);
});
