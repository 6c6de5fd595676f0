import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { format } from "../../src/app/i18n/format.ts";
import { staffVi } from "../../src/app/i18n/staff.vi.ts";
import { demoEvents } from "../../src/server/demo/content.ts";
import { doorPackVerifier, verifyTicket } from "../../src/shared/ticket.ts";
import { repoRoot } from "../harness/server.ts";
import { submitStaffLogin, withServerAndBrowser } from "./helpers.ts";
import {
  createStaff,
  decodeQr,
  fetchDoorPack,
  pdfPageCount,
  seriousAxeViolations,
} from "./people-helpers.ts";

// An event of the demo with no attendees yet: the sample roster is all new there.
const SLUG = "ninh-binh-2021";
const event = demoEvents.find((e) => e.slug === SLUG)!;
const SAMPLE = join(repoRoot, "test/fixtures/roster-sample.csv");

describe("an organiser imports the roster and prints badges", () => {
  const app = withServerAndBrowser({ browser: { viewport: { width: 1280, height: 900 } } });

  it("signs in and opens the event's people page", async () => {
    const who = await createStaff(app.server, "btc-ninh-binh", SLUG, "organiser");
    await app.page.goto(`${app.server.url}/staff/login`);
    await submitStaffLogin(app.page, who);
    await app.page.waitForURL(`${app.server.url}/staff`);
    // Only the granted event is listed.
    await app.page.locator(".event-list li").first().waitFor();
    expect(await app.page.locator(".event-list li").count()).toBe(1);
    await app.page
      .getByRole("link", { name: format(staffVi["people.linkFor"], { title: event.title }) })
      .click();
    await app.page.getByRole("heading", { level: 1, name: event.title }).waitFor();
    expect(await app.page.getByText(format(staffVi["people.count"], { n: 0 })).isVisible()).toBe(
      true,
    );
  });

  it("previews the sample roster row by row, writes nothing, then imports it on confirm", async () => {
    await app.page.getByLabel(staffVi["roster.choose"]).setInputFiles(SAMPLE);
    const rows = app.page.locator("tr.roster-row");
    await expect.poll(() => rows.count()).toBe(40);
    expect(new Set(await app.page.locator(".roster-row__outcome").allTextContents())).toEqual(
      new Set([staffVi["roster.action.create"]]),
    );
    expect(await app.page.locator(".roster-preview__counts").textContent()).toBe(
      format(staffVi["roster.counts"], { create: 40, update: 0, skip: 0 }),
    );
    expect(await rows.first().locator("td").allTextContents()).toEqual([
      "2",
      staffVi["roster.action.create"],
      "Hoàng Xuân Giang",
      "UBND thành phố Quảng Ngãi",
      "Trưởng phòng",
      "+84941777631",
      "hoang.xuan.giang1@example.vn",
    ]);
    // Which column fed which field, so a column under an unexpected header is noticed.
    expect(await app.page.locator(".roster-preview__columns").textContent()).toBe(
      format(staffVi["roster.columns"], {
        list: [
          `Họ và tên → ${staffVi["roster.field.name"]}`,
          `Đơn vị → ${staffVi["roster.field.unit"]}`,
          `Chức vụ → ${staffVi["roster.field.position"]}`,
          `Số điện thoại → ${staffVi["roster.field.phone"]}`,
          `Email → ${staffVi["roster.field.email"]}`,
        ].join("; "),
      }),
    );
    // The preview wrote nothing.
    expect((await fetchDoorPack(app.page, SLUG)).attendees).toHaveLength(0);

    await app.page
      .getByRole("button", { name: format(staffVi["roster.confirm"], { n: 40 }) })
      .click();
    await app.page
      .getByText(format(staffVi["roster.done"], { create: 40, update: 0, skip: 0 }))
      .waitFor();
    await expect.poll(() => app.page.locator("tr[data-attendee]").count()).toBe(40);
    expect(await app.page.getByText(format(staffVi["people.count"], { n: 40 })).isVisible()).toBe(
      true,
    );
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });

  it("prints invitations whose QR codes carry each attendee's invite link", async () => {
    await app.page.goto(`${app.server.url}/staff/e/${SLUG}/invitations`);
    const invitations = app.page.locator("article.invitation");
    await expect.poll(() => invitations.count()).toBe(40);
    expect(await app.page.locator(".sheet-page").count()).toBe(10);
    const first = invitations.first();
    const url = await decodeQr(first.locator(".invitation__qr"));
    expect(url).toMatch(new RegExp(`^${app.server.url}/i/[A-Za-z0-9_-]{55}$`));
    expect(await first.locator(".invitation__url").textContent()).toBe(url);
    await app.page.goBack();
  });

  it("prints 8 badges per A4 page, one QR per attendee, each a ticket that verifies", async () => {
    await app.page.getByRole("link", { name: staffVi["people.printBadges"] }).click();
    await app.page.waitForURL(`${app.server.url}/staff/e/${SLUG}/badges`);
    const badges = app.page.locator("article.badge");
    await expect.poll(() => badges.count()).toBe(40);
    expect(await app.page.locator(".sheet-page").count()).toBe(5);
    expect(await app.page.locator(".badge__qr svg").count()).toBe(40);

    const pack = await fetchDoorPack(app.page, SLUG);
    expect(pack.attendees).toHaveLength(40);
    const verified = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const badge = badges.nth(i);
      const attendeeId = await badge.getAttribute("data-attendee");
      const code = await decodeQr(badge.locator(".badge__qr"));
      expect(code, `badge ${i} has no readable QR`).not.toBeNull();
      const check = verifyTicket(code!, doorPackVerifier(pack));
      expect(check).toMatchObject({ ok: true, claims: { attendeeId, eventId: pack.event.id } });
      verified.add(attendeeId!);
      // Vietnamese names are printed as the roster spells them.
      const name = pack.attendees.find((a) => a.id === attendeeId)!.name;
      expect(await badge.locator(".badge__name").textContent()).toBe(name);
    }
    expect(verified.size).toBe(40);

    // The print stylesheet lays the sheet out on 5 A4 pages (40 badges, 8 per page).
    await app.page.emulateMedia({ media: "print" });
    const pdf = await app.page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPageCount(pdf)).toBe(5);
    mkdirSync(join(repoRoot, "test-results"), { recursive: true });
    writeFileSync(join(repoRoot, "test-results", "badges.pdf"), pdf);
    await app.page
      .locator(".sheet-page")
      .first()
      .screenshot({ path: join(repoRoot, "test-results", "badges-a4-page1.png") });
    await app.page.emulateMedia({ media: "screen" });
  });
});
