import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DoorPack } from "../../shared/api.ts";
import type {
  AttendanceExportRow,
  AttendanceSummary,
  CheckinList,
  PublicCheckinList,
  ReviewItem,
} from "../../shared/checkin.ts";
import { seedDemo } from "../demo/seed.ts";
import { attendees, events, sessions } from "../store/schema.ts";
import { applyOp } from "../testing/applyOp.ts";
import { attendeeCookie, jsonRequest, staffCookie } from "../testing/contentFixtures.ts";
import { engines, jsonPost, openTestApp } from "../testing/testStore.ts";
import { ensureTickets, ticketCode } from "../tickets/issue.ts";

describe.each(engines)("check-in routes on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let demo: typeof events.$inferSelect;
  let people: (typeof attendees.$inferSelect)[];
  let organiser: string;
  let trainer: string;
  let attendee: string;
  let entry: CheckinList;
  let session: CheckinList;

  const get = (path: string, cookie: string) => t.app.request(path, { headers: { cookie } });
  const json = async <T>(path: string, cookie: string) => {
    const response = await get(path, cookie);
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  const scan = async (index: number, device: string, at: number) => {
    const [person] = await ensureTickets(t.store.db, demo.id, [people[index]!]);
    const code = await ticketCode(t.store.db, person!);
    return applyOp(
      t.store,
      demo,
      "checkin.scan",
      { method: "scan", listId: entry.id, code, shown: "admitted" },
      { device, at },
    );
  };

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    demo = (await t.store.db.select().from(events).where(eq(events.slug, "demo")))[0]!;
    organiser = await staffCookie(t.store, "organiser", "demo");
    trainer = await staffCookie(t.store, "trainer", "demo");
    attendee = await attendeeCookie(t, "demo");
    // A formula-looking name and a phone, to check the export and the summary.
    const [first] = await t.store.db
      .select()
      .from(attendees)
      .where(eq(attendees.eventId, demo.id))
      .limit(1);
    await t.store.db
      .update(attendees)
      .set({ name: '=HYPERLINK("http://x")', phone: "+84901234567" })
      .where(eq(attendees.id, first!.id));
    people = await t.store.db
      .select()
      .from(attendees)
      .where(eq(attendees.eventId, demo.id))
      .orderBy(attendees.name);
  });
  afterAll(() => t.store.close());

  it("lets organisers make one entry list and one list per session", async () => {
    const created = await t.app.request(
      "/api/events/demo/checkin/lists",
      jsonPost({ kind: "entry", title: "Vào hội trường", reentry: false }, organiser),
    );
    expect(created.status).toBe(201);
    entry = (await created.json()) as CheckinList;
    expect(entry).toMatchObject({ kind: "entry", sessionId: null, reentry: false });
    expect(entry.codeSecret.length).toBeGreaterThan(40);
    const again = await t.app.request(
      "/api/events/demo/checkin/lists",
      jsonPost({ kind: "entry", title: "Lần hai", reentry: true }, organiser),
    );
    expect(again.status).toBe(409);

    const [firstSession] = await t.store.db
      .select()
      .from(sessions)
      .where(eq(sessions.eventId, demo.id));
    const made = await t.app.request(
      "/api/events/demo/checkin/lists",
      jsonPost(
        { kind: "session", sessionId: firstSession!.id, title: "Phiên 1", reentry: true },
        organiser,
      ),
    );
    expect(made.status).toBe(201);
    session = (await made.json()) as CheckinList;
    const bad = await t.app.request(
      "/api/events/demo/checkin/lists",
      jsonPost(
        { kind: "session", sessionId: entry.id, title: "Không có", reentry: false },
        organiser,
      ),
    );
    expect(bad.status).toBe(400);
    const blank = await t.app.request(
      "/api/events/demo/checkin/lists",
      jsonPost({ kind: "entry", title: "  ", reentry: false }, organiser),
    );
    expect(((await blank.json()) as { error: { code: string } }).error.code).toBe(
      "validation_failed",
    );

    const renamed = await t.app.request(
      `/api/events/demo/checkin/lists/${session.id}`,
      jsonRequest("PUT", { title: "Phiên khai mạc", reentry: false }, organiser),
    );
    expect(await renamed.json()).toMatchObject({ title: "Phiên khai mạc", reentry: false });
    session.title = "Phiên khai mạc";

    const lists = await json<CheckinList[]>("/api/events/demo/checkin/lists", trainer);
    expect(lists.map((l) => l.id)).toEqual([entry.id, session.id]);
    // Attendees learn which sessions take self check-in, never a secret.
    const open = await json<PublicCheckinList[]>("/api/events/demo/checkin/sessions", attendee);
    expect(open).toEqual([
      { id: session.id, kind: "session", sessionId: firstSession!.id, title: "Phiên khai mạc" },
    ]);
    expect(JSON.stringify(open)).not.toContain(session.codeSecret);
  });

  it("deletes a list from the screens", async () => {
    const [, second] = await t.store.db
      .select()
      .from(sessions)
      .where(eq(sessions.eventId, demo.id));
    const made = (await (
      await t.app.request(
        "/api/events/demo/checkin/lists",
        jsonPost(
          { kind: "session", sessionId: second!.id, title: "Tạm", reentry: false },
          organiser,
        ),
      )
    ).json()) as CheckinList;
    const path = `/api/events/demo/checkin/lists/${made.id}`;
    expect(
      (await t.app.request(path, { method: "DELETE", headers: { cookie: organiser } })).status,
    ).toBe(204);
    expect(
      (await t.app.request(path, { method: "DELETE", headers: { cookie: organiser } })).status,
    ).toBe(404);
    const lists = await json<CheckinList[]>("/api/events/demo/checkin/lists", organiser);
    expect(lists.map((l) => l.id)).not.toContain(made.id);
  });

  it("sums up who is in per list and unit; phones for organisers, never for trainers", async () => {
    const base = Date.parse("2026-12-01T01:00:00.000Z");
    await scan(0, "may-1", base);
    await scan(1, "may-1", base + 60_000);
    await scan(1, "may-2", base + 120_000);
    const forOrganiser = await json<AttendanceSummary>(
      "/api/events/demo/checkin/summary",
      organiser,
    );
    const entryList = forOrganiser.lists.find((l) => l.listId === entry.id)!;
    expect(forOrganiser.attendees).toBe(people.length);
    expect(entryList).toMatchObject({ present: 2, absent: people.length - 2, duplicates: 1 });
    expect(entryList.byUnit.reduce((n, u) => n + u.present, 0)).toBe(2);
    expect(entryList.absentees.map((a) => a.id)).not.toContain(people[0]!.id);
    const withPhone = entryList.absentees.filter((a) => a.phone);
    expect(withPhone.length).toBeGreaterThan(0);

    const forTrainer = await json<AttendanceSummary>("/api/events/demo/checkin/summary", trainer);
    const trainerList = forTrainer.lists.find((l) => l.listId === entry.id)!;
    expect(trainerList.absentees.every((a) => a.phone === null)).toBe(true);
    expect(JSON.stringify(forTrainer)).not.toContain("+84");
  });

  it("lists the ticket admitted by two phones for review", async () => {
    const items = await json<ReviewItem[]>("/api/events/demo/checkin/review", organiser);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      attendee: { id: people[1]!.id },
      deviceId: "may-2",
      deviceNo: 2,
      listId: entry.id,
      first: { deviceId: "may-1", deviceNo: 1 },
    });
    expect((await get("/api/events/demo/checkin/review", trainer)).status).toBe(403);
  });

  it("exports attendance as CSV with a BOM and neutralised formulas, and as JSON", async () => {
    const response = await get("/api/events/demo/checkin/export?format=csv", trainer);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Họ và tên,Đơn vị,Chức vụ,Vào hội trường – giờ,Vào hội trường – máy,Vào hội trường – cách,Phiên khai mạc – giờ,Phiên khai mạc – máy,Phiên khai mạc – cách,Lượt quét trùng",
    );
    expect(lines).toHaveLength(people.length + 1);
    // 01:00 UTC is 08:00 in Hà Nội.
    expect(text).toContain(`"'=HYPERLINK(""http://x"")",`);
    expect(text).toMatch(/,2026-12-01 08:00,máy 1,Quét vé,,,,0/);
    expect(text).not.toContain("+84");

    const rows = await json<AttendanceExportRow[]>(
      "/api/events/demo/checkin/export?format=json",
      organiser,
    );
    const second = rows.find((r) => r.id === people[1]!.id)!;
    expect(second).toEqual({
      id: people[1]!.id,
      name: people[1]!.name,
      unit: people[1]!.unit,
      entry: { at: "2026-12-01T01:01:00.000Z", device: "máy 1", method: "scan" },
      sessions: {},
      duplicates: 1,
    });
    expect(rows.find((r) => r.id === people[2]!.id)?.entry).toBeNull();
    expect((await get("/api/events/demo/checkin/export?format=xls", organiser)).status).toBe(400);
  });

  it("carries sessions, lists and the scans since a version in the door pack", async () => {
    const full = await json<DoorPack>("/api/events/demo/door-pack", organiser);
    expect(full.lists?.map((l) => l.id)).toEqual([entry.id, session.id]);
    expect(full.sessions?.length).toBeGreaterThan(1);
    expect(full.checkins?.map((c) => c.attendeeId).sort()).toEqual(
      [people[0]!.id, people[1]!.id, people[1]!.id].sort(),
    );
    const none = await json<DoorPack>(
      `/api/events/demo/door-pack?since=${full.checkinVersion}`,
      organiser,
    );
    expect(none.checkins).toEqual([]);
    await scan(2, "may-3", Date.parse("2026-12-01T01:05:00.000Z"));
    const newer = await json<DoorPack>(
      `/api/events/demo/door-pack?since=${full.checkinVersion}`,
      organiser,
    );
    expect(newer.checkins?.map((c) => [c.attendeeId, c.deviceId, c.status])).toEqual([
      [people[2]!.id, "may-3", "accepted"],
    ]);
    expect(newer.checkinVersion).toBeGreaterThan(full.checkinVersion!);
    // Door phones are named in the order they first synced; the map always comes whole.
    expect(full.devices).toEqual({ "may-1": 1, "may-2": 2 });
    expect(newer.devices).toEqual({ "may-1": 1, "may-2": 2, "may-3": 3 });
    expect((await get("/api/events/demo/door-pack?since=abc", organiser)).status).toBe(400);
  });
});
