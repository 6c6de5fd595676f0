import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { hubMessages } from "../../src/app/features/hub/messages.ts";
import { peopleMessages } from "../../src/app/features/people/messages.ts";
import { format } from "../../src/app/i18n/format.ts";
import { staffVi } from "../../src/app/i18n/staff.vi.ts";
import { repoRoot } from "../harness/server.ts";
import { axeProblems, demoContent, staffCookie } from "./content-helpers.ts";
import { demoEvent, submitStaffLogin, withServerAndBrowser } from "./helpers.ts";
import { createStaff } from "./people-helpers.ts";
import {
  horizontalOverflow,
  SIZES,
  type SizeName,
  saveScreenshot,
  smallTargets,
} from "./staff-hub-helpers.ts";

const hub = hubMessages.vi;
const SAMPLE = join(repoRoot, "test/fixtures/roster-sample.csv");

/** Collects uncaught errors of a page (a forbidden page must not throw). */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/**
 * Issue 13: every staff screen of an event at 360×740 and 1280×800 — no sideways overflow,
 * touch targets of 44×44 px on the phone, no serious axe violation — and a screenshot of
 * each kept under test-results/screenshots/.
 */
describe("the staff screens on a phone and on a desk", () => {
  const app = withServerAndBrowser({ browser: { viewport: SIZES.phone } });
  let screens: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[];
  let errors: string[];

  beforeAll(async () => {
    errors = collectPageErrors(app.page);
    const organiser = await createStaff(app.server, "btc-hub", "demo", "organiser");
    const content = await demoContent(app.server, await staffCookie(app.server, organiser));
    const h1 = (page: Page) => page.locator("h1").first().waitFor();
    const base = "/staff/e/demo";
    screens = [
      {
        name: "events",
        path: "/staff",
        ready: (p) => p.locator(".event-list li").first().waitFor(),
      },
      { name: "hub", path: base, ready: (p) => p.locator(".hub-counts").waitFor() },
      {
        name: "agenda",
        path: `${base}/agenda`,
        ready: (p) => p.locator(".editor__item").first().waitFor(),
      },
      { name: "session", path: `${base}/s/${content.sessions[0]!.id}`, ready: h1 },
      {
        name: "material",
        path: `${base}/m/${content.materials[0]!.id}`,
        // The attachment box comes with the loaded material.
        ready: (p) => p.locator("fieldset.form__group").waitFor(),
      },
      {
        name: "people",
        path: `${base}/people`,
        ready: (p) => p.locator("tr[data-attendee]").first().waitFor(),
      },
      {
        name: "import-preview",
        path: `${base}/people`,
        ready: async (p) => {
          await p.getByLabel(staffVi["roster.choose"]).setInputFiles(SAMPLE);
          await p.locator("tr.roster-row").first().waitFor();
        },
      },
      {
        name: "badges",
        path: `${base}/badges`,
        ready: async (p) => {
          await p.locator(".badge__qr").first().waitFor();
          // Issue 13: each badge names the event it is for.
          expect(await p.locator(".badge__event-title").first().textContent()).toBe(
            format(peopleMessages.vi["print.attend"], { title: demoEvent.title }),
          );
        },
      },
      {
        name: "invitations",
        path: `${base}/invitations`,
        ready: async (p) => {
          await p.locator(".invitation").first().waitFor();
          expect(await p.locator(".invitation__event-title").first().textContent()).toBe(
            format(peopleMessages.vi["print.attend"], { title: demoEvent.title }),
          );
          // The test server's links point at 127.0.0.1, on which it alone listens: the page
          // says so before anything is printed, and what to restart the server with.
          const warning = p.getByRole("alert").filter({ hasText: "PUBLIC_URL" });
          expect(await warning.textContent()).toContain(peopleMessages.vi["print.noLan"]);
        },
      },
      { name: "new-event", path: "/staff/new", ready: h1 },
      { name: "password", path: "/staff/password", ready: h1 },
    ];
    await app.page.goto(`${app.server.url}/staff/login`);
    await submitStaffLogin(app.page, organiser);
    await app.page.waitForURL(`${app.server.url}/staff`);
  });

  for (const size of Object.keys(SIZES) as SizeName[]) {
    it(`fits ${SIZES[size].width}×${SIZES[size].height}: no overflow, big targets, no serious axe issue`, async () => {
      await app.page.setViewportSize(SIZES[size]);
      const problems: string[] = [];
      for (const screen of screens) {
        await app.page.goto(`${app.server.url}${screen.path}`);
        await screen.ready(app.page);
        const overflow = await horizontalOverflow(app.page);
        if (overflow > 0) problems.push(`${screen.name}: ${overflow} px wider than the screen`);
        if (size === "phone") {
          for (const small of await smallTargets(app.page))
            problems.push(`${screen.name}: ${small}`);
        }
        for (const issue of await axeProblems(app.page)) problems.push(`${screen.name}: ${issue}`);
        await saveScreenshot(app.page, screen.name, size);
      }
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
      // One test walks every staff screen with axe: 60–76 s beside another `npm test`,
      // against the suite's 120 s meant for one user step. A timeout is not a budget.
    }, 300_000);
  }
});

/** A trainer finds every section of their role by the navigation, and no other. */
describe("a trainer in the event hub", () => {
  const app = withServerAndBrowser({ browser: { viewport: SIZES.phone } });
  let errors: string[];

  beforeAll(async () => {
    errors = collectPageErrors(app.page);
    const trainer = await createStaff(app.server, "bcv-hub", "demo", "trainer");
    await app.page.goto(`${app.server.url}/staff/login`);
    await submitStaffLogin(app.page, trainer);
    await app.page.waitForURL(`${app.server.url}/staff`);
  });

  /** Opens the phone's section menu and follows one section. */
  const openSection = async (page: Page, label: string) => {
    await page.getByRole("button", { name: new RegExp(hub.menu) }).click();
    await page
      .getByRole("navigation", { name: hub.nav })
      .getByRole("link", { name: label, exact: true })
      .click();
  };

  it("reaches the hub from the events list, with the sections of a trainer only", async () => {
    await app.page.getByRole("link", { name: demoEvent.title, exact: true }).click();
    await app.page.getByRole("heading", { level: 1, name: hub["section.overview"] }).waitFor();
    expect(await app.page.getByRole("alert").count()).toBe(0);
    await app.page.getByRole("button", { name: new RegExp(hub.menu) }).click();
    const links = app.page.getByRole("navigation", { name: hub.nav }).getByRole("link");
    expect(await links.allTextContents()).toEqual(
      (["overview", "agendaView", "people", "attendance", "quizzes", "results"] as const).map(
        (key) => hub[`section.${key}`],
      ),
    );
    await app.page.getByRole("button", { name: new RegExp(hub.menu) }).click();
    await saveScreenshot(app.page, "hub-trainer", "phone");
  });

  it("opens the roster from the menu, without anyone's phone or e-mail", async () => {
    await openSection(app.page, hub["section.people"]);
    await app.page.waitForURL(`${app.server.url}/staff/e/demo/people`);
    await app.page.locator("tr[data-attendee]").first().waitFor();
    expect(await app.page.getByText(/\+84|@/).count()).toBe(0);
    expect(await app.page.getByRole("link", { name: staffVi["people.printBadges"] }).count()).toBe(
      0,
    );
    expect(await app.page.getByRole("alert").count()).toBe(0);
  });

  it("reads the agenda as attendees see it, from the menu", async () => {
    await openSection(app.page, hub["section.agendaView"]);
    await app.page.waitForURL(`${app.server.url}/e/demo`);
    await app.page.getByRole("heading", { level: 1, name: demoEvent.title }).waitFor();
    expect(errors).toEqual([]);
  });

  it("gets a message, no print controls and no uncaught error on every page it may not open", async () => {
    const content = await (
      await app.page.request.get(`${app.server.url}/api/events/demo/pack`)
    ).json();
    const forbidden = [
      "/staff/e/demo/agenda",
      "/staff/e/demo/badges",
      "/staff/e/demo/invitations",
      `/staff/e/demo/s/${content.sessions[0].id}`,
      "/staff/e/demo/m/new",
    ];
    for (const path of forbidden) {
      await app.page.goto(`${app.server.url}${path}`);
      await app.page.getByRole("alert").filter({ hasText: hub.forbidden }).waitFor();
      expect(await app.page.getByRole("button", { name: staffVi["badges.print"] }).count()).toBe(0);
      expect(await app.page.locator("form").count()).toBe(0);
    }
    // An event the trainer has no role in: a message, not a blank page.
    await app.page.goto(`${app.server.url}/staff/e/da-nang-2013`);
    await app.page.getByRole("alert").filter({ hasText: hub.noAccess }).waitFor();
    await saveScreenshot(app.page, "forbidden-trainer", "phone");
    expect(errors).toEqual([]);
  });
});
