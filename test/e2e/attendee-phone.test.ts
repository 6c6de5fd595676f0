import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SNAPSHOT_PREFIX } from "../../src/app/features/agenda/agendaSnapshot.ts";
import { vi } from "../../src/app/i18n/vi.ts";
import { waitForAgendaSnapshot } from "../bench/lib/attendee.ts";
import { repoRoot } from "../harness/server.ts";
import { signInWithInvite, waitForAgenda, withServerAndBrowser } from "./helpers.ts";

/**
 * Issue 13, the attendee's screens on a 360×740 phone: nothing wider than the screen,
 * every link and button at least 44×44 px, the bottom bar marking where the attendee is,
 * a way out of the full-screen ticket, and page loads that abort no pack request.
 */

/** The page is as wide as the screen: no sideways scrolling. */
async function expectNoHorizontalOverflow(page: Page, where: string) {
  const widths = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(widths.document, where).toBeLessThanOrEqual(widths.viewport);
}

/**
 * Interactive elements on screen smaller than 44×44 px. Links inside a material's own text
 * (running prose, WCAG's inline exception) and the skip link parked off screen are left out.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = "a[href], button, select, input, textarea, summary, [role=button]";
    return [...document.querySelectorAll<HTMLElement>(selector)].flatMap((el) => {
      if (el.closest(".markdown") || el.classList.contains("skip-link")) return [];
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none") return [];
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return [];
      if (box.width >= 44 && box.height >= 44) return [];
      const name = (el.textContent ?? el.getAttribute("aria-label") ?? el.tagName).trim();
      return [`${el.tagName.toLowerCase()} “${name.slice(0, 40)}” ${box.width}×${box.height}`];
    });
  });
}

async function expectFitsAPhone(page: Page, where: string) {
  await expectNoHorizontalOverflow(page, where);
  expect(await smallTargets(page), where).toEqual([]);
}

const bottomBar = (page: Page) => page.getByRole("navigation", { name: vi["nav.label"] });

/** The bottom bar's link marked as the current place. */
async function currentPlace(page: Page): Promise<string | null> {
  await bottomBar(page).waitFor();
  const marked = bottomBar(page).locator('a[aria-current="page"]');
  return (await marked.count()) === 0 ? null : marked.textContent();
}

/** Resolves with the next pack request once it has finished or failed. */
function nextPackRequest(page: Page): Promise<Request> {
  return new Promise((resolve) => {
    const settled = (request: Request) => {
      if (!request.url().includes("/pack?")) return;
      page.off("requestfinished", settled);
      page.off("requestfailed", settled);
      resolve(request);
    };
    page.on("requestfinished", settled);
    page.on("requestfailed", settled);
  });
}

describe("the attendee's screens on a 360×740 phone", () => {
  const app = withServerAndBrowser();
  const failedPacks: string[] = [];

  it("signs in and shows the agenda's first screen: now/next and sessions, the bar on “Chương trình”", async () => {
    app.context.on("requestfailed", (request) => {
      if (request.url().includes("/pack")) {
        failedPacks.push(`${request.url()} ${request.failure()?.errorText}`);
      }
    });
    await signInWithInvite(app.page, app.server);
    expect(app.page.viewportSize()).toEqual({ width: 360, height: 740 });
    expect(await currentPlace(app.page)).toBe(vi["nav.agenda"]);
    // The day as the glossary writes it, as the screen shows it (CSS included, hence innerText).
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
    expect(await app.page.locator(".agenda__day-title").first().innerText()).toBe(
      "Thứ Sáu, ngày 26/06/2015",
    );
    // The first session card starts on the first screen; the description waits, folded.
    const card = await app.page.locator("article.session").first().boundingBox();
    expect(card!.y).toBeLessThan(740);
    const about = app.page.locator("details.agenda__about");
    expect(await about.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await expectFitsAPhone(app.page, "agenda");
    // Unfolded, the description fits too.
    await about.locator("summary").click();
    expect(await app.page.locator(".agenda__description").isVisible()).toBe(true);
  });

  it("keeps the bar in the copy painted at the next cold start, with its place marked", async () => {
    await waitForAgendaSnapshot(app.page);
    const html = await app.page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? "{}").html as string,
      `${SNAPSHOT_PREFIX}/e/demo`,
    );
    const copy = await app.page.evaluate((markup) => {
      const root = document.createElement("div");
      root.innerHTML = markup;
      const links = [...root.querySelectorAll(".bottom-nav a")];
      return links.map((a) => [a.getAttribute("href"), a.getAttribute("aria-current")]);
    }, html);
    expect(copy).toEqual([
      ["/e/demo", "page"],
      ["/e/demo/offline", null],
      ["/e/demo/ticket", null],
      ["/e/demo/quizzes", null],
    ]);
  });

  it("reloads without aborting a pack request (one pull, read whole)", async () => {
    const pulled = nextPackRequest(app.page);
    await app.page.reload();
    await waitForAgenda(app.page);
    const request = await pulled;
    expect(request.failure()).toBeNull();
    expect((await request.response())?.status()).toBe(200);
    expect(failedPacks).toEqual([]);
  });

  it("opens “Tài liệu” from the bar, then a material and its PDF under the file's name", async () => {
    await bottomBar(app.page).getByRole("link", { name: vi["nav.materials"] }).click();
    await app.page.waitForURL(/\/e\/demo\/offline$/);
    expect(await currentPlace(app.page)).toBe(vi["nav.materials"]);
    await app.page.locator(".offline-list a").first().waitFor();
    await expectFitsAPhone(app.page, "materials");

    await app.page.locator(".offline-list a", { hasText: "Chuyên đề 1" }).click();
    const open = app.page.locator("a.file-card__open");
    await open.waitFor();
    expect(await currentPlace(app.page)).toBe(vi["nav.materials"]);
    expect(await open.getAttribute("href")).toMatch(
      /\/files\/[0-9a-f-]{36}\/chuyen-de-1-quy-che-272\.pdf$/,
    );
    await expectFitsAPhone(app.page, "material");
    const pdf = await app.page.request.get(`${app.server.url}${await open.getAttribute("href")}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
  });

  it("shows the ticket from the bar, full screen with a visible way out", async () => {
    await bottomBar(app.page).getByRole("link", { name: vi["nav.ticket"] }).click();
    await app.page.waitForURL(/\/e\/demo\/ticket$/);
    await app.page.locator(".ticket__qr svg").waitFor();
    expect(await currentPlace(app.page)).toBe(vi["nav.ticket"]);
    await expectFitsAPhone(app.page, "ticket");

    await app.page.getByRole("button", { name: vi["ticket.fullscreen"] }).click();
    await app.page.waitForFunction(() => document.fullscreenElement !== null);
    const exit = app.page.getByRole("button", { name: vi["ticket.exitFullscreen"] });
    expect(await exit.isVisible()).toBe(true);
    const box = await exit.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await exit.click();
    await app.page.waitForFunction(() => document.fullscreenElement === null);
    expect(await exit.isVisible()).toBe(false);
  });

  it("fits search, and serves /favicon.ico", async () => {
    await app.page.goto(`${app.server.url}/e/demo/search`);
    await app.page.getByRole("searchbox").waitFor();
    expect(await currentPlace(app.page)).toBeNull();
    await expectFitsAPhone(app.page, "search");
    const icon = await app.page.request.get(`${app.server.url}/favicon.ico`);
    expect(icon.status()).toBe(200);
    expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  });

  it("leaves the agenda's picture for the README", async () => {
    await app.page.goto(`${app.server.url}/e/demo`);
    await waitForAgenda(app.page);
    expect(failedPacks).toEqual([]);
    const dir = join(repoRoot, "test-results");
    mkdirSync(dir, { recursive: true });
    const shot = join(dir, "agenda-phone-360x740.png");
    await app.page.screenshot({ path: shot });
    // docs/screenshot-agenda.png is refreshed from here by hand (see docs/attendee-phone.md).
    if (process.env.REFRESH_DOCS_SCREENSHOT === "1") {
      copyFileSync(shot, join(repoRoot, "docs", "screenshot-agenda.png"));
    }
  });
});
