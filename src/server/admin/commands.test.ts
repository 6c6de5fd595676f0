import { eq, inArray } from "drizzle-orm";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH } from "../../shared/api.ts";
import { newId } from "../../shared/ids.ts";
import { attendees, events } from "../store/schema.ts";
import { useAdminTestApp } from "../testing/adminTestApp.ts";
import { engines, jsonPost } from "../testing/testStore.ts";
import { usage } from "./commands.ts";

describe.each(engines)("admin commands on %s", (engine) => {
  const t = useAdminTestApp(engine);
  const { run } = t;

  it("create-user makes an account that can sign in, once", async () => {
    const created = await run(
      "create-user",
      "--username",
      "giangvien",
      "--password",
      "bao-cao-vien-1",
      "--role",
      "trainer",
    );
    expect(created).toEqual({ code: 0, stdout: "created trainer giangvien\n", stderr: "" });
    const login = await t.app.request(
      "/api/auth/login",
      jsonPost({ username: "giangvien", password: "bao-cao-vien-1" }),
    );
    expect(login.status).toBe(200);
    const again = await run(
      "create-user",
      "--username",
      "giangvien",
      "--password",
      "bao-cao-vien-2",
      "--role",
      "trainer",
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists/);
  });

  it("create-user without --password prints a strong random one, once", async () => {
    const created = await run("create-user", "--username", "btc2", "--role", "organiser");
    expect(created.code).toBe(0);
    const password = /^created organiser btc2 with password: (\S+)\n$/.exec(created.stdout)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    const login = await t.app.request("/api/auth/login", jsonPost({ username: "btc2", password }));
    expect(login.status).toBe(200);
    expect(usage).toMatch(/create-user --username U --role \S+ \[--password P\]/);
  });

  it("create-user refuses a password shorter than the app allows", async () => {
    const short = "x".repeat(MIN_PASSWORD_LENGTH - 1);
    const result = await run(
      "create-user",
      "--username",
      "y",
      "--password",
      short,
      "--role",
      "trainer",
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`at least ${MIN_PASSWORD_LENGTH} characters`);
    const enough = "x".repeat(MIN_PASSWORD_LENGTH);
    const ok = await run(
      "create-user",
      "--username",
      "y",
      "--password",
      enough,
      "--role",
      "trainer",
    );
    expect(ok).toEqual({ code: 0, stdout: "created trainer y\n", stderr: "" });
  });

  it("list-events lists the demo events", async () => {
    const result = await run("list-events");
    const slugs = (JSON.parse(result.stdout) as { slug: string }[]).map((e) => e.slug);
    expect(slugs.sort()).toEqual(["da-nang-2013", "demo", "ninh-binh-2021"]);
  });

  it("list-attendees prints JSON by default and CSV with a BOM for Excel", async () => {
    const json = JSON.parse((await run("list-attendees", "--event", "demo")).stdout) as Record<
      string,
      string
    >[];
    expect(json).toHaveLength(40);
    expect(Object.keys(json[0]!).sort()).toEqual(["email", "id", "name", "phone", "role", "unit"]);
    expect(json[0]).toMatchObject({
      name: "Hoàng Xuân Giang",
      phone: "+84941777631",
      role: "Trưởng phòng",
    });
    const csv = (await run("list-attendees", "--event", "demo", "--format", "csv")).stdout;
    expect(csv.startsWith("\uFEFFid,name,unit,role,phone,email\r\n")).toBe(true);
    expect(csv).toContain('"Sở Văn hóa, Thể thao và Du lịch"');
    // Issue 12: a phone number is text to a spreadsheet, never a formula.
    expect(csv).toContain(`,"'+84941777631",`);
  });

  it("list-attendees --format csv never writes a cell a spreadsheet would run (issue 12)", async () => {
    const [event] = await t.store.db.select().from(events).where(eq(events.slug, "demo"));
    const names = [
      '=HYPERLINK("http://evil.example","Xem")',
      "+cmd|' /C calc'!A0",
      "@SUM(A1)",
      "-2+3",
    ];
    await t.store.db
      .insert(attendees)
      .values(names.map((name) => ({ id: newId(), eventId: event!.id, name, unit: "=1+1" })));
    const csv = (await run("list-attendees", "--event", "demo", "--format", "csv")).stdout;
    const cells = Papa.parse<string[]>(csv.replace(/^\uFEFF/, "").trim()).data.flat();
    for (const name of names) expect(cells).toContain(`'${name}`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    // The demo roster as the next tests expect it.
    await t.store.db.delete(attendees).where(inArray(attendees.name, names));
  });

  it("invite-link finds the attendee by id, e-mail or phone and prints the URL alone", async () => {
    // Each redeem below is a new device: issue 4 allows one unless the organiser allows more.
    await t.store.db.update(attendees).set({ maxDevices: 5 });
    const [first] = JSON.parse((await run("list-attendees", "--event", "demo")).stdout) as {
      id: string;
    }[];
    for (const who of [first!.id, "HOANG.XUAN.GIANG1@example.vn", "0941 777 631", "+84941777631"]) {
      const result = await run("invite-link", "--event", "demo", "--attendee", who);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^http:\/\/th\.test\/i\/[A-Za-z0-9_-]{55}\n$/);
      const token = result.stdout.trim().split("/i/")[1];
      const redeemed = await t.app.request("/api/invites/redeem", jsonPost({ token }));
      expect(await redeemed.json()).toMatchObject({ attendee: { id: first!.id } });
    }
    const missing = await run("invite-link", "--event", "demo", "--attendee", "nobody@example.vn");
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
  });

  it("prints usage and exits non-zero on unknown commands and bad arguments", async () => {
    for (const argv of [
      ["frobnicate"],
      [],
      ["list-attendees"],
      ["list-attendees", "--event", "demo", "--format", "xml"],
      ["create-user", "--username", "x", "--password", "longenough", "--role", "king"],
      ["invite-link", "--event", "demo", "--attendee"],
      ["list-events", "--bogus", "1"],
      // Names every plain object has: they are no commands.
      ["constructor"],
      ["toString"],
      ["__proto__"],
      ["hasOwnProperty", "--username", "x"],
    ]) {
      const result = await run(...argv);
      expect({ argv, code: result.code }).toEqual({ argv, code: 2 });
      expect(result.stderr).toContain("Usage: npm run admin");
      expect(result.stdout).toBe("");
    }
  });
});
