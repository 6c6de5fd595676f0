import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { format } from "../../src/app/i18n/format.ts";
import { staffVi } from "../../src/app/i18n/staff.vi.ts";
import { vi } from "../../src/app/i18n/vi.ts";
import { demoEvents } from "../../src/server/demo/content.ts";
import type { DemoEvent } from "../../src/server/demo/types.ts";
import { launchChromium } from "../harness/chromium.ts";
import { type RunningServer, startServer } from "../harness/server.ts";

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

type ServerOptions = Parameters<typeof startServer>[0];

/** What withServerAndBrowser() starts: usable from the first beforeAll registered after it. */
export interface ServerAndBrowser {
  readonly server: RunningServer;
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * Called inside a `describe`: before its tests, starts a server of its own (fresh data
 * directory) and a Chromium of its own (fresh profile) and takes the browser's first page;
 * after them, closes the browser, then stops the server. The file's own beforeAll hooks
 * registered after this call run after it, and its afterAll hooks before the cleanup
 * (Vitest's default `sequence.hooks: "stack"`).
 *
 * `server` may be a function, read in beforeAll, for options that earlier hooks prepare.
 */
export function withServerAndBrowser(
  options: {
    server?: ServerOptions | (() => ServerOptions);
    browser?: Parameters<typeof launchChromium>[0];
  } = {},
): ServerAndBrowser {
  let server: RunningServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    const serverOptions = typeof options.server === "function" ? options.server() : options.server;
    server = await startServer(serverOptions);
    context = await launchChromium(options.browser);
    page = await firstPage(context);
  });

  afterAll(async () => {
    // Either may be missing when beforeAll failed half-way; close what did start.
    await context?.close();
    await server?.stop();
  });

  // Read in a hook or a test, never while `describe` collects: fail clearly if so.
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started (read before beforeAll?)`);
    return value;
  };
  return {
    get server() {
      return started(server, "the server");
    },
    get context() {
      return started(context, "the browser");
    },
    get page() {
      return started(page, "the browser's page");
    },
  };
}

/**
 * Fills the staff login form (the page must show it) and submits it; the caller waits
 * for what should follow: the staff area, or an error.
 */
export async function submitStaffLogin(
  page: Page,
  who: { username: string; password: string },
): Promise<void> {
  await page.getByLabel(staffVi["staff.login.username"]).fill(who.username);
  await page.getByLabel(staffVi["staff.login.password"]).fill(who.password);
  await page.getByRole("button", { name: staffVi["staff.login.submit"] }).click();
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

/** Every row of one store of the app's IndexedDB in the page, read as it is (no upgrade). */
export function storedRows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open("tap-huan");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
        };
      }),
    store,
  );
}

/** How many staff records (door packs…) the app's IndexedDB holds on this device. */
export function staffRecordCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        // No version: opens the app's database as it is, without upgrading it.
        const open = indexedDB.open("tap-huan");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction("staffData").objectStore("staffData").count();
          count.onerror = () => reject(count.error);
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
  );
}

/** From the staff events list, opens the demo event's people page and saves its door pack. */
export async function downloadDoorPack(page: Page): Promise<void> {
  await page
    .getByRole("link", {
      name: format(staffVi["people.linkFor"], { title: demoEvent.title }),
    })
    .click();
  await page.getByRole("button", { name: staffVi["door.download"] }).click();
  await page.getByRole("button", { name: staffVi["door.refresh"] }).waitFor();
}
