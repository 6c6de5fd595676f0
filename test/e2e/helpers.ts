import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { vi } from "../../src/app/i18n/vi.ts";
import { demoEvents } from "../../src/server/demo/content.ts";
import type { DemoEvent } from "../../src/server/demo/types.ts";
import type { RunningServer } from "../harness/server.ts";

/** The demo event every e2e test signs into (slug "demo"). */
export const demoEvent: DemoEvent = (() => {
  const event = demoEvents.find((e) => e.slug === "demo");
  if (!event) throw new Error('no demo event with slug "demo" in content.ts');
  return event;
})();

/** First attendee of src/server/demo/roster.csv. */
export const DEMO_PHONE = "0941777631";

/** A session's time range as the agenda prints it (the demo content is in event-local time). */
export function timeRangeText(session: { start: string; end: string }): string {
  return vi["agenda.timeRange"].replace("{start}", session.start).replace("{end}", session.end);
}

/** The page the persistent context opened with, or a new one. */
export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/** A fresh invite URL for the demo attendee, printed by the admin CLI. */
export async function inviteLink(server: RunningServer, who = DEMO_PHONE): Promise<string> {
  const result = await server.admin("invite-link", "--event", "demo", "--attendee", who);
  if (result.code !== 0) {
    throw new Error(`invite-link failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  const url = result.stdout.trim();
  expect(url).toMatch(new RegExp(`^${server.url}/i/[A-Za-z0-9_-]+$`));
  return url;
}

/** Waits until the demo agenda is on screen: title as h1 and its session cards. */
export async function waitForAgenda(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: demoEvent.title }).waitFor();
  // The live agenda, not the copy index.html may paint first (agendaSnapshot.ts).
  await page.waitForFunction(() => !document.getElementById("snapshot"));
  await page.locator("article.session").first().waitFor();
}

/** Waits until the page is controlled by an activated service worker. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Opens the invite link and waits for the agenda it leads to. */
export async function signInWithInvite(page: Page, server: RunningServer): Promise<void> {
  await page.goto(await inviteLink(server));
  await page.waitForURL(`${server.url}/e/demo`);
  await waitForAgenda(page);
}
