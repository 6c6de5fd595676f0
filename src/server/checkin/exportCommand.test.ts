import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { AttendanceExportRow } from "../../shared/checkin.ts";
import { currentSessionCode } from "../../shared/sessionCode.ts";
import { attendees, events, sessions } from "../store/schema.ts";
import { useAdminTestApp } from "../testing/adminTestApp.ts";
import { applyOp } from "../testing/applyOp.ts";
import { engines } from "../testing/testStore.ts";
import { createList } from "./lists.ts";

describe.each(engines)("admin export of attendance on %s", (engine) => {
  const t = useAdminTestApp(engine);

  it("prints one object per attendee, with entry and session check-ins, and the same as CSV", async () => {
    const [demo] = await t.store.db.select().from(events).where(eq(events.slug, "demo"));
    const people = await t.store.db.select().from(attendees).where(eq(attendees.eventId, demo!.id));
    const [session] = await t.store.db
      .select()
      .from(sessions)
      .where(eq(sessions.eventId, demo!.id));
    const entry = await createList(t.store.db, demo!.id, {
      kind: "entry",
      title: "Vào cửa",
      reentry: false,
    });
    const talk = await createList(t.store.db, demo!.id, {
      kind: "session",
      sessionId: session!.id,
      title: "Phiên 1",
      reentry: false,
    });
    const at = Date.parse("2026-12-01T01:12:00.000Z");
    const person = people[0]!;
    // Door phones are named in the order they first synced, whatever their ids.
    for (const device of ["zz-door", "aa-door"]) {
      await applyOp(
        t.store,
        demo!,
        "checkin.scan",
        { method: "manual", listId: entry.id, attendeeId: person.id, shown: "admitted" },
        { device, at },
      );
    }
    const { digits } = currentSessionCode(talk.codeSecret, talk.id, at + 600_000);
    await applyOp(
      t.store,
      demo!,
      "checkin.self",
      { listId: talk.id, digits },
      {
        device: "dt-1",
        at: at + 600_000,
        principal: { kind: "attendee", id: person.id, role: "attendee" },
      },
    );

    const json = await t.run(
      "export",
      "--event",
      "demo",
      "--what",
      "attendance",
      "--format",
      "json",
    );
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as AttendanceExportRow[];
    expect(rows).toHaveLength(people.length);
    expect(rows.find((r) => r.id === person.id)).toEqual({
      id: person.id,
      name: person.name,
      unit: person.unit,
      entry: { at: "2026-12-01T01:12:00.000Z", device: "máy 1", method: "manual" },
      sessions: { [session!.id]: "2026-12-01T01:22:00.000Z" },
      duplicates: 1,
    });
    expect(rows.filter((r) => r.entry !== null)).toHaveLength(1);

    const csv = await t.run("export", "--event", "demo", "--what", "attendance");
    expect(csv.stdout.startsWith("\uFEFFHọ và tên,Đơn vị,Chức vụ,Vào cửa – giờ")).toBe(true);
    expect(csv.stdout).toContain(
      "2026-12-01 08:12,máy 1,Chọn theo tên,2026-12-01 08:22,điện thoại người dự,Tự điểm danh,1",
    );
  });

  it("refuses an unknown event, kind of data or format", async () => {
    expect(await t.run("export", "--event", "khong-co", "--what", "attendance")).toMatchObject({
      code: 1,
      stderr: "no event with slug khong-co\n",
    });
    expect((await t.run("export", "--event", "demo", "--what", "quiz")).code).toBe(2);
    expect(
      (await t.run("export", "--event", "demo", "--what", "attendance", "--format", "xlsx")).code,
    ).toBe(2);
    expect((await t.run("export", "--event", "demo")).stderr).toMatch(/missing --what/);
  });
});
