import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { RosterPreviewRow } from "../../shared/api.ts";
import { planRoster } from "./plan.ts";
import { readRosterFile } from "./read.ts";

type Stored = Parameters<typeof planRoster>[1][number];

const sample = readFileSync(
  new URL("../../../test/fixtures/roster-sample.csv", import.meta.url),
  "utf8",
);

const plan = async (csv: string, existing: Stored[]) =>
  await planRoster(await readRosterFile(new TextEncoder().encode(csv)), existing);

/** The people a first import of `csv` into an empty event stores, with made-up ids. */
async function imported(csv: string): Promise<Stored[]> {
  const first = await plan(csv, []);
  return first.rows
    .filter((r) => r.action === "create")
    .map((r, i) => ({
      id: `p${i}`,
      name: r.name,
      unit: r.unit,
      position: r.position,
      phone: r.phone,
      email: r.email,
    }));
}

/** The CSV without the columns of these headers, as an office's own export might be. */
function withoutColumns(csv: string, headers: string[]): string {
  const grid = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const keep = grid[0]!.map((h, i) => (headers.includes(h) ? -1 : i)).filter((i) => i >= 0);
  return Papa.unparse(grid.map((row) => keep.map((i) => row[i] ?? "")));
}

const outcome = (r: RosterPreviewRow) => [r.row, r.action, r.reason ?? r.changes?.join("+") ?? ""];

describe("planning a roster import", () => {
  it("re-importing the sample without phone and e-mail columns duplicates no one", async () => {
    const stored = await imported(sample);
    expect(stored).toHaveLength(40);
    const bare = withoutColumns(sample, ["Số điện thoại", "Email"]);
    const again = await plan(bare, stored);
    expect(again.columns).toEqual({ name: "Họ và tên", unit: "Đơn vị", position: "Chức vụ" });
    expect(again.counts).toEqual({ create: 0, update: 0, skip: 40 });
    expect(new Set(again.rows.map((r) => r.reason))).toEqual(new Set(["unchanged"]));
    // Each row is found as the very person it was imported as.
    expect(again.rows.map((r) => r.attendeeId)).toEqual(stored.map((p) => p.id));

    // A change the file does carry is applied to that person.
    const promoted = bare.replace(
      "Hồ Ngọc An,Ban Tuyên giáo Tỉnh ủy,Trưởng phòng",
      "Hồ Ngọc An,Ban Tuyên giáo Tỉnh ủy,Phó Trưởng ban",
    );
    const update = (await plan(promoted, stored)).rows.filter((r) => r.action !== "skip");
    expect(update.map(outcome)).toEqual([[3, "update", "position"]]);
    expect(update[0]!.attendeeId).toBe(stored.find((p) => p.name === "Hồ Ngọc An")!.id);
  });

  it("updates someone whose phone and e-mail both changed instead of creating them", async () => {
    const stored = await imported(sample);
    const moved = sample.replace(
      "0941777631,hoang.xuan.giang1@example.vn",
      "0912 000 111,giang.hx@example.vn",
    );
    const again = await plan(moved, stored);
    expect(again.counts).toEqual({ create: 0, update: 1, skip: 39 });
    expect(again.rows[0]).toMatchObject({
      action: "update",
      attendeeId: stored.find((p) => p.name === "Hoàng Xuân Giang")!.id,
      changes: ["phone", "email"],
      phone: "+84912000111",
      email: "giang.hx@example.vn",
    });
  });

  it("skips a row matching several stored namesakes as a possible duplicate", async () => {
    const stored = await imported(sample);
    const first = stored.find((p) => p.name === "Ngô Hồng Hương")!;
    const namesake = { ...first, id: "namesake", phone: "+84912999888", email: null };
    const bare = withoutColumns(sample, ["Số điện thoại", "Email"]);
    const again = await plan(bare, [...stored, namesake]);
    expect(again.counts).toEqual({ create: 0, update: 0, skip: 40 });
    expect(again.rows.find((r) => r.name === "Ngô Hồng Hương")).toMatchObject({
      action: "skip",
      reason: "possible_duplicate",
      possibleDuplicates: [
        { id: first.id, phone: first.phone, email: first.email },
        { id: "namesake", phone: "+84912999888", email: null },
      ],
    });
    // With the contact columns there is no doubt who each row is.
    const full = await plan(sample, [...stored, namesake]);
    expect(full.counts).toEqual({ create: 0, update: 0, skip: 40 });
    expect(new Set(full.rows.map((r) => r.reason))).toEqual(new Set(["unchanged"]));
  });

  it("does not take someone the file names by phone elsewhere for a namesake", async () => {
    const stored: Stored[] = [
      {
        id: "a",
        name: "Lê Văn Hà",
        unit: "Sở Y tế",
        position: "",
        phone: "+84912000001",
        email: null,
      },
    ];
    // Row 2 is a second Lê Văn Hà of the same office; row 3 is the one already stored.
    const csv =
      "Họ và tên,Đơn vị,Số điện thoại\nLê Văn Hà,Sở Y tế,0912000002\nLê Văn Hà,Sở Y tế,0912000001\n";
    expect((await plan(csv, stored)).rows.map(outcome)).toEqual([
      [2, "create", ""],
      [3, "skip", "unchanged"],
    ]);
  });

  it("matches names ignoring case and spacing but not diacritics", async () => {
    const stored: Stored[] = [
      { id: "a", name: "Lê Văn Hà", unit: "Sở Y tế", position: "", phone: null, email: null },
    ];
    const csv = "Họ và tên,Đơn vị,Chức vụ\nLê  Văn Hà ,SỞ Y TẾ,Bác sĩ\nLê Văn Hạ,Sở Y tế,Y tá\n";
    const rows = (await plan(csv, stored)).rows;
    expect(rows.map(outcome)).toEqual([
      [2, "update", "unit+position"],
      [3, "create", ""],
    ]);
    expect(rows[0]!.attendeeId).toBe("a");
  });

  it("imports a person whose phone is invalid without it, with a warning", async () => {
    const stored: Stored[] = [
      {
        id: "a",
        name: "Trần Thị Bích",
        unit: "Sở Ngoại vụ",
        position: "",
        phone: "+84905111222",
        email: "tran.bich@example.vn",
      },
    ];
    const csv = [
      "Họ và tên,Đơn vị,Chức vụ,Điện thoại,Email",
      "Trần Thị Bích,Sở Ngoại vụ,Chuyên viên,đang cập nhật,tran.bich@example.vn",
      "Vũ Hải Long,Sở Nội vụ,Chuyên viên,12345,",
      ",Sở Tư pháp,,12345,",
    ].join("\n");
    const rows = (await plan(csv, stored)).rows;
    expect(
      rows.map((r) => [...outcome(r), r.warnings?.join() ?? null, r.rawPhone ?? null]),
    ).toEqual([
      // The stored phone is kept: an unreadable cell never erases it.
      [2, "update", "position", "invalid_phone", "đang cập nhật"],
      [3, "create", "", "invalid_phone", "12345"],
      // With no name there is no one to import.
      [4, "skip", "no_name", null, "12345"],
    ]);
    expect(rows[1]).toMatchObject({ name: "Vũ Hải Long", phone: null });
  });
  it("keeps a person whose e-mail is invalid, without it, with a warning (issue 13)", async () => {
    const csv =
      "Họ và tên,Đơn vị,Email\nHoàng Mai,Sở Y tế,hoang.mai@\nLý Minh,Sở Y tế,ly.minh@example.vn\n";
    const rows = (await plan(csv, [])).rows;
    expect(rows.map(outcome)).toEqual([
      [2, "create", ""],
      [3, "create", ""],
    ]);
    expect(rows[0]).toMatchObject({
      email: null,
      rawEmail: "hoang.mai@",
      warnings: ["invalid_email"],
    });
    expect(rows[1]!.warnings).toBeUndefined();
  });

  it("imports two names sharing one phone, the second without it, with a warning (issue 13)", async () => {
    const stored: Stored[] = [
      {
        id: "a",
        name: "Văn phòng Sở",
        unit: "Sở Y tế",
        position: "",
        phone: "+84912000009",
        email: null,
      },
    ];
    const csv = [
      "Họ và tên,Đơn vị,Số điện thoại",
      "Trần Văn Bình,Sở Nội vụ,0912000001",
      "Phạm Thị Cúc,Sở Nội vụ,0912 000 001",
      // The same name again on the same phone is still the same person, written twice.
      "Trần Văn Bình,Sở Nội vụ,0912000001",
      // A phone an attendee already stored holds, under another name: not that attendee.
      "Đỗ Hữu Dũng,Sở Y tế,0912000009",
    ].join("\n");
    const rows = (await plan(csv, stored)).rows;
    expect(rows.map(outcome)).toEqual([
      [2, "create", ""],
      [3, "create", ""],
      [4, "skip", "duplicate_row"],
      [5, "create", ""],
    ]);
    expect(rows[0]).toMatchObject({ phone: "+84912000001" });
    expect(rows[0]!.warnings).toBeUndefined();
    expect(rows[1]).toMatchObject({
      phone: null,
      warnings: ["shared_phone"],
      sharedPhoneWith: "Trần Văn Bình",
    });
    expect(rows[3]).toMatchObject({
      phone: null,
      warnings: ["shared_phone"],
      sharedPhoneWith: "Văn phòng Sở",
    });
    expect(rows[3]!.attendeeId).toBeUndefined();
  });
});
