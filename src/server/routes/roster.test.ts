import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RosterPreview, RosterPreviewRow } from "../../shared/api.ts";
import { runAdminCommand } from "../admin/commands.ts";
import { createStaffUser, grantEventRole } from "../admin/users.ts";
import { seedDemo } from "../demo/seed.ts";
import { applyRoster } from "../roster/apply.ts";
import { readRosterFile } from "../roster/read.ts";
import { attendees, events } from "../store/schema.ts";
import { engines, loginCookie, openTestApp } from "../testing/testStore.ts";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url)));
const fixturePath = (name: string) =>
  new URL(`../../../test/fixtures/${name}`, import.meta.url).pathname;

/** The rows as [row, action, reason or changes, duplicateOf] for compact assertions. */
const summary = (rows: RosterPreviewRow[]) =>
  rows.map((r) => [r.row, r.action, r.reason ?? r.changes?.join("+") ?? "", r.duplicateOf ?? null]);

describe.each(engines)("roster import on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let cookie: string;
  let eventId: string;

  const upload = (path: string, body: Uint8Array | string, type = "text/csv") =>
    t.app.request(path, { method: "POST", headers: { cookie, "content-type": type }, body });
  const preview = async (body: Uint8Array | string, type?: string) => {
    const response = await upload("/api/events/hoi-nghi/roster/preview", body, type);
    expect(response.status).toBe(200);
    return (await response.json()) as RosterPreview;
  };
  const importFile = async (body: Uint8Array | string, planHash?: string) =>
    upload(`/api/events/hoi-nghi/roster/import${planHash ? `?planHash=${planHash}` : ""}`, body);
  const roster = () =>
    t.store.db
      .select()
      .from(attendees)
      .where(eq(attendees.eventId, eventId))
      .orderBy(attendees.name);

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    // An empty event to import into (the demo event already has the sample's people).
    const [event] = await t.store.db
      .insert(events)
      .values({
        id: crypto.randomUUID(),
        slug: "hoi-nghi",
        title: "Hội nghị thử",
        startsOn: "2025-06-26",
        endsOn: "2025-06-26",
      })
      .returning();
    eventId = event!.id;
    await createStaffUser(t.store.db, {
      username: "btc",
      password: "mat-khau-btc",
      role: "organiser",
    });
    await grantEventRole(t.store.db, { username: "btc", eventSlug: "hoi-nghi", role: "organiser" });
    cookie = await loginCookie(t.app, "btc", "mat-khau-btc");
  });
  afterAll(() => t.store.close());

  it("previews the sample roster without writing, then imports it once", async () => {
    const sample = fixture("roster-sample.csv");
    const plan = await preview(sample);
    expect(plan).toMatchObject({ format: "csv", sheet: null, headerRow: 1 });
    expect(plan.columns).toEqual({
      name: "Họ và tên",
      unit: "Đơn vị",
      position: "Chức vụ",
      phone: "Số điện thoại",
      email: "Email",
    });
    expect(plan.counts).toEqual({ create: 40, update: 0, skip: 0 });
    expect(plan.rows[0]).toMatchObject({
      row: 2,
      action: "create",
      name: "Hoàng Xuân Giang",
      phone: "+84941777631",
      email: "hoang.xuan.giang1@example.vn",
    });
    expect(await roster()).toHaveLength(0);

    const applied = await importFile(sample, plan.planHash);
    expect(applied.status).toBe(200);
    expect(((await applied.json()) as RosterPreview).counts).toEqual(plan.counts);
    const people = await roster();
    expect(people).toHaveLength(40);
    expect(people.find((p) => p.name === "Bùi Ngọc Hương")).toMatchObject({
      unit: "Sở Văn hóa, Thể thao và Du lịch",
      phone: "+84941483960",
    });

    // Importing the same file again changes nothing and duplicates no one.
    const again = await preview(sample);
    expect(again.counts).toEqual({ create: 0, update: 0, skip: 40 });
    expect(new Set(again.rows.map((r) => r.reason))).toEqual(new Set(["unchanged"]));
    expect((await importFile(sample, again.planHash)).status).toBe(200);
    expect(await roster()).toHaveLength(40);
  });

  it("re-imports the sample without its phone and e-mail columns, duplicating no one", async () => {
    const before = await roster();
    const bare = new TextDecoder()
      .decode(fixture("roster-sample.csv"))
      .split(/\r?\n/)
      .map((line) => line.replace(/,[^,]*,[^,]*$/, ""))
      .join("\n");
    expect(bare.split("\n")[0]).toBe("STT,Họ và tên,Đơn vị,Chức vụ");
    const plan = await preview(bare);
    expect(plan.columns).toEqual({ name: "Họ và tên", unit: "Đơn vị", position: "Chức vụ" });
    expect(plan.counts).toEqual({ create: 0, update: 0, skip: 40 });
    expect((await importFile(bare, plan.planHash)).status).toBe(200);
    expect(await roster()).toEqual(before);
  });

  it("updates people from an edited file instead of duplicating them", async () => {
    const text = new TextDecoder()
      .decode(fixture("roster-sample.csv"))
      .replace(
        "Hoàng Xuân Giang,UBND thành phố Quảng Ngãi,Trưởng phòng",
        "Hoàng Xuân Giang,Sở Ngoại vụ,Giám đốc",
      )
      // Same person known only by phone: moved to another unit, with a new e-mail address
      // (neither the e-mail nor the name and unit match any more).
      .replace(
        "Hồ Ngọc An,Ban Tuyên giáo Tỉnh ủy,Trưởng phòng,0974391500,ho.ngoc.an2@example.vn",
        "Hồ Ngọc An,Sở Tư pháp,Trưởng phòng,0974391500,an.ho@example.vn",
      );
    const plan = await preview(text);
    expect(plan.counts).toEqual({ create: 0, update: 2, skip: 38 });
    expect(summary(plan.rows.filter((r) => r.action === "update"))).toEqual([
      [2, "update", "unit+position", null],
      [3, "update", "unit+email", null],
    ]);
    expect((await importFile(text, plan.planHash)).status).toBe(200);
    const people = await roster();
    expect(people).toHaveLength(40);
    expect(people.find((p) => p.name === "Hoàng Xuân Giang")).toMatchObject({
      unit: "Sở Ngoại vụ",
      position: "Giám đốc",
    });
    expect(people.find((p) => p.name === "Hồ Ngọc An")).toMatchObject({
      unit: "Sở Tư pháp",
      email: "an.ho@example.vn",
      phone: expect.stringContaining("974391500"),
    });
  });

  it("gives a reason for every skipped row of a broken file, and imports the rest", async () => {
    const plan = await preview(fixture("roster-broken.csv"));
    expect(plan.headerRow).toBe(3);
    expect(summary(plan.rows)).toEqual([
      [4, "create", "", null],
      [5, "skip", "no_name", null],
      // An invalid phone is left out; the person is imported without it.
      [6, "create", "", null],
      // Issue 13: an invalid e-mail is left out too; the person is imported without it.
      [7, "create", "", null],
      // The same e-mail: the same person, written twice.
      [8, "skip", "duplicate_row", 4],
      // Issue 13: another name on row 4's phone (a shared line): imported without the phone.
      [9, "create", "", null],
      [11, "create", "", null],
      [12, "skip", "duplicate_row", 11],
    ]);
    expect(plan.rows[2]).toMatchObject({
      warnings: ["invalid_phone"],
      phone: null,
      rawPhone: "12345",
    });
    expect(plan.rows[3]).toMatchObject({
      warnings: ["invalid_email"],
      email: null,
      rawEmail: "hoang.mai@",
    });
    expect(plan.rows[5]).toMatchObject({
      name: "Ngô Bảo Ngọc",
      warnings: ["shared_phone"],
      phone: null,
      rawPhone: "0916.000.001",
      sharedPhoneWith: "Đặng Thu Hà",
    });
    expect((await importFile(fixture("roster-broken.csv"), plan.planHash)).status).toBe(200);
    const names = (await roster()).map((p) => p.name);
    expect(names.filter((n) => n === "Đặng Thu Hà" || n === "Bùi Tiến")).toEqual([
      "Bùi Tiến",
      "Đặng Thu Hà",
    ]);
    expect((await roster()).find((p) => p.name === "Vũ Hải Long")).toMatchObject({
      phone: null,
      email: "vu.long@example.vn",
    });
    const people = await roster();
    expect(people.find((p) => p.name === "Hoàng Mai")).toMatchObject({ email: null });
    expect(people.find((p) => p.name === "Ngô Bảo Ngọc")).toMatchObject({
      phone: null,
      email: "ngo.ngoc@example.vn",
    });
    expect(people.find((p) => p.name === "Đặng Thu Hà")?.phone).toBe("+84916000001");
  });

  it("reads a semicolon file without BOM, with other headers, normalising text and phones", async () => {
    const plan = await preview(fixture("roster-semicolon.csv"));
    expect(plan.columns).toEqual({
      name: "HỌ VÀ TÊN",
      unit: "Tên đơn vị",
      position: "Chức danh",
      phone: "Điện thoại",
      email: "E-mail",
    });
    expect(plan.rows.map((r) => [r.action, r.name, r.unit, r.phone, r.email])).toEqual([
      ["create", "Nguyễn Thị Hoa", "Sở Ngoại vụ", "+84912345678", "nguyen.hoa@example.vn"],
      ["create", "Trần Văn Bình", "Sở Văn hóa; Thể thao và Du lịch", "+84913222333", null],
      ["create", "Lê Minh Châu", "Báo Quảng Ngãi", "+84914555666", "le.chau@example.vn"],
      ["create", "Phạm Quốc Dũng", "Huyện ủy Bình Sơn", "+84915777888", "pham.dung@example.vn"],
    ]);
  });

  it("uses the first sheet of an XLSX with a recognisable header, and says which", async () => {
    const plan = await preview(fixture("roster-two-sheets.xlsx"), "application/octet-stream");
    expect(plan).toMatchObject({
      format: "xlsx",
      sheet: "Danh sách",
      sheets: ["Hướng dẫn", "Danh sách"],
      headerRow: 3,
    });
    expect(
      plan.rows.map((r) => [r.row, r.action, r.reason ?? "", r.name, r.phone, r.email]),
    ).toEqual([
      [4, "create", "", "Trần Thị Bích", "+84905111222", "tran.bich@example.vn"],
      // Typed as a number in Excel: the lost leading 0 is restored.
      [5, "create", "", "Lê Văn Cường", "+84905333444", null],
      [6, "create", "", "Phạm Minh Đức", "+84905555666", "pham.duc@example.vn"],
      [7, "skip", "no_name", "", "+84905777888", null],
    ]);
  });

  it("refuses junk, empty files and tables without a header, and writes nothing", async () => {
    const before = (await roster()).length;
    const zipLike = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...fixture("roster-junk.bin").subarray(0, 200),
    ]);
    const cases: [Uint8Array | string, string][] = [
      [fixture("roster-junk.bin"), "not_a_roster"],
      [zipLike, "not_a_roster"],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "roster_xls"],
      ["", "not_a_roster"],
      ["a,b,c\n1,2,3\n", "roster_no_header"],
      ["Ghi chú\nkhông có gì\n", "roster_no_header"],
    ];
    for (const [body, code] of cases) {
      for (const path of ["preview", "import?planHash=seen"]) {
        const response = await upload(`/api/events/hoi-nghi/roster/${path}`, body);
        expect({ path, code, status: response.status }).toEqual({ path, code, status: 400 });
        expect(await response.json()).toMatchObject({ error: { code } });
      }
    }
    expect(await roster()).toHaveLength(before);
  });

  it("refuses a file over 5 MiB with 413", async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41);
    const response = await upload("/api/events/hoi-nghi/roster/preview", big);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "payload_too_large" } });
  });

  it("refuses to apply a plan that changed since the preview", async () => {
    const file = "Họ và tên,Email\nNgười Mới,nguoi.moi@example.vn\n";
    const plan = await preview(file);
    // Meanwhile someone else imports the same person.
    expect((await importFile(file, plan.planHash)).status).toBe(200);
    const stale = await importFile(file, plan.planHash);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "roster_changed" } });
    const bad = await importFile(file, "not a hash!");
    expect(bad.status).toBe(400);
  });

  it("imports only a previewed plan, and only a file sent as a file (issue 12)", async () => {
    const before = await roster();
    const file = "Họ và tên,Email\nNgười Không Xem Trước,khong.xem@example.vn\n";
    const blind = await importFile(file);
    expect(blind.status).toBe(400);
    expect(await blind.json()).toMatchObject({ error: { code: "plan_hash_required" } });
    const plan = await preview(file);
    // What a form on another site can post: text/plain, url-encoded, multipart.
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      const path = `/api/events/hoi-nghi/roster/import?planHash=${plan.planHash}`;
      const refused = await upload(path, file, type);
      expect({ type, status: refused.status }).toEqual({ type, status: 415 });
    }
    expect(await roster()).toEqual(before);
    const sent = await upload(
      `/api/events/hoi-nghi/roster/import?planHash=${plan.planHash}`,
      file,
      "application/octet-stream",
    );
    expect(sent.status).toBe(200);
    expect(await roster()).toHaveLength(before.length + 1);
  });

  it("rolls the whole import back when anything fails before commit", async () => {
    const before = await roster();
    const file = await readRosterFile(fixture("roster-semicolon.csv"));
    await expect(
      applyRoster(t.store.db, eventId, file, {
        beforeCommit: async () => {
          throw new Error("disk full");
        },
      }),
    ).rejects.toThrow("disk full");
    expect(await roster()).toEqual(before);
  });

  it("import-roster on the command line: dry run prints the report and writes nothing", async () => {
    const run = (...argv: string[]) =>
      runAdminCommand(argv, { store: t.store, publicUrl: "http://th.test" });
    const before = (await roster()).length;
    const dry = await run(
      "import-roster",
      "--event",
      "hoi-nghi",
      "--file",
      fixturePath("roster-two-sheets.xlsx"),
      "--dry-run",
    );
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      'Roster: sheet "Danh sách" (of "Hướng dẫn", "Danh sách"), header on row 3',
    );
    expect(dry.stdout).toMatch(/row +7 +skip +\(no name\) \(Sở Tư pháp\): no name/);
    expect(dry.stdout).toContain(
      "3 to create, 0 to update, 1 skipped\nDry run: nothing was written.\n",
    );
    expect(await roster()).toHaveLength(before);

    const real = await run(
      "import-roster",
      "--event",
      "hoi-nghi",
      "--file",
      fixturePath("roster-two-sheets.xlsx"),
    );
    expect(real.stdout).toContain("Imported.");
    expect(await roster()).toHaveLength(before + 3);

    const junk = await run(
      "import-roster",
      "--event",
      "hoi-nghi",
      "--file",
      fixturePath("roster-junk.bin"),
    );
    expect(junk.code).toBe(1);
    expect(junk.stderr).toMatch(/not CSV text|nor CSV text/);
    expect(
      (await run("import-roster", "--event", "hoi-nghi", "--file", "/no/such/file.csv")).code,
    ).toBe(1);
    expect(
      (await run("import-roster", "--event", "nope", "--file", fixturePath("roster-sample.csv")))
        .code,
    ).toBe(1);
    expect((await run("import-roster", "--event", "hoi-nghi")).code).toBe(2);
    expect((await run("import-roster", "--file", "x.csv")).code).toBe(2);
  });

  it("import-roster on the command line follows the server's row cap (ROSTER_MAX_ROWS)", async () => {
    const before = (await roster()).length;
    const capped = await runAdminCommand(
      ["import-roster", "--event", "hoi-nghi", "--file", fixturePath("roster-two-sheets.xlsx")],
      { store: t.store, publicUrl: "http://th.test", rosterMaxRows: 2 },
    );
    expect(capped.code).toBe(1);
    expect(capped.stderr).toMatch(/at most 2 are imported at once/);
    expect(await roster()).toHaveLength(before);
  });
});
