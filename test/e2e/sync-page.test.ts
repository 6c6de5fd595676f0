import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../harness/chromium.ts";
import { outboxSize, queueOutboxEntries } from "../harness/queueOutboxEntries.ts";
import type { RunningServer } from "../harness/server.ts";
import { countTestEffects, startSyncServer } from "../harness/syncServer.ts";
import { firstPage, signInWithInvite, waitForServiceWorkerControl } from "./helpers.ts";

// The page's strings live in its lazily loaded messages.ts (outside this project's
// compile); the test reads the page's data attributes and the numbers it shows.

describe("records made with no network are shown waiting, then sent", () => {
  let server: RunningServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let ids: string[] = [];

  beforeAll(async () => {
    server = await startSyncServer();
    context = await launchChromium();
    page = await firstPage(context);
  });
  afterAll(async () => {
    await context?.close();
    await server?.stop();
  });

  it("shows what waits in the header and on /sync while there is no network", async () => {
    if (!server || !context) throw new Error("not started");
    await signInWithInvite(page, server);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    ids = await queueOutboxEntries(page, 3);
    // The app opened again with no network: from the service worker's shell.
    await page.goto(`${server.url}/sync`);
    const badge = page.locator("[data-sync-badge]");
    // "3 chờ gửi" and the problem marker (the last push found no network).
    await expect.poll(() => badge.textContent()).toMatch(/\b3\b/);
    await expect.poll(() => badge.locator(".sync-badge__marker").count()).toBe(1);
    await expect.poll(() => page.locator("[data-pending-list] li").count()).toBe(3);
    await page.locator("[data-last-error]").waitFor();
    expect(await outboxSize(page)).toBe(3);
  });

  it("sends them once the network is back, and says all is sent", async () => {
    if (!server || !context) throw new Error("not started");
    await context.setOffline(false);
    await page.locator("[data-all-sent]").waitFor();
    expect(await page.locator("[data-last-error]").count()).toBe(0);
    await expect.poll(() => page.locator("[data-sync-badge]").count()).toBe(0);
    expect(await outboxSize(page)).toBe(0);
    await server.stop();
    const counts = await countTestEffects(server);
    expect(ids.map((id) => counts.get(id))).toEqual([1, 1, 1]);
  });
});
