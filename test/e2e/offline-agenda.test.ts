import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { vi } from "../../src/app/i18n/vi.ts";
import { waitForAgendaSnapshot } from "../bench/lib/attendee.ts";
import { repoRoot } from "../harness/server.ts";
import {
  demoEvent,
  signInWithInvite,
  timeRangeText,
  waitForAgenda,
  waitForServiceWorkerControl,
  withServerAndBrowser,
} from "./helpers.ts";

/** What the attendee sees of the agenda: the title and every card's time and title. */
async function readAgenda(page: Page) {
  return {
    title: await page.locator("h1").first().textContent(),
    cards: await page
      .locator("article.session")
      .evaluateAll((cards) =>
        cards.map((card) => [
          card.querySelector(".session__time time")?.textContent ?? "",
          card.querySelector(".session__title")?.textContent ?? "",
        ]),
      ),
  };
}

describe("the agenda, once downloaded, works offline", () => {
  const app = withServerAndBrowser();

  let online: Awaited<ReturnType<typeof readAgenda>>;

  it("opens the invite link and shows the agenda in the event's time zone", async () => {
    await signInWithInvite(app.page, app.server);
    online = await readAgenda(app.page);

    expect(online.title).toBe(demoEvent.title);
    expect(online.cards.length).toBeGreaterThanOrEqual(5);
    expect(online.cards.length).toBe(demoEvent.sessions.length);
    // The browser runs in Europe/Paris; the times must still be Vietnam's wall clock.
    expect(await app.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      "Europe/Paris",
    );
    const opening = demoEvent.sessions.find((s) => s.start === "08:00") ?? demoEvent.sessions[1]!;
    expect(online.cards).toContainEqual([timeRangeText(opening), opening.title]);
    expect(online.cards.map(([time]) => time)).toEqual(demoEvent.sessions.map(timeRangeText));
    expect(
      await app.page.evaluate(() => performance.getEntriesByName("agenda-visible").length),
    ).toBe(1);
    expect(await app.page.locator("output.status").textContent()).toBe(vi["status.online"]);
  });

  it("reloads with the server stopped and the network cut, and still shows it", async () => {
    await waitForServiceWorkerControl(app.page);
    // The agenda keeps a copy of itself once it has settled, for the next cold start.
    await waitForAgendaSnapshot(app.page);

    expect(await app.server.stop()).toBe(0);
    await app.context.setOffline(true);
    // Both cuts are real: nothing answers on the server's port any more.
    await expect(fetch(`${app.server.url}/api/health`)).rejects.toThrow();

    await app.page.goto(`${app.server.url}/e/demo`);
    await waitForAgenda(app.page);
    expect(await readAgenda(app.page)).toEqual(online);
    // The kept copy was on screen before the live agenda, which then took its place.
    const marks = await app.page.evaluate(() =>
      ["agenda-visible", "agenda-live"].map((n) => performance.getEntriesByName(n)[0]?.startTime),
    );
    expect(marks[0]).toBeLessThan(marks[1]!);
    expect(await app.page.locator("html.has-snapshot").count()).toBe(0);
    await expect
      .poll(() => app.page.locator("output.status").textContent())
      .toBe(vi["status.offline"]);
    expect(await app.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    const viewport = app.page.viewportSize();
    expect(viewport).toEqual({ width: 360, height: 740 });
    const dir = join(repoRoot, "test-results");
    mkdirSync(dir, { recursive: true });
    const shot = join(dir, "agenda-360x740.png");
    // What the phone's screen shows, offline (the README's screenshot comes from here).
    await app.page.screenshot({ path: shot });
    expect(existsSync(shot)).toBe(true);
  });
});
