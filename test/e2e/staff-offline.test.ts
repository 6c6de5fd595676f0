import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { staffEn } from "../../src/app/i18n/staff.en.ts";
import { staffVi } from "../../src/app/i18n/staff.vi.ts";
import { STAFF_ASSETS_CACHE } from "../../src/shared/staffAssets.ts";
import { precacheManifest, repoDist } from "../bench/lib/dist.ts";
import { repoRoot } from "../harness/server.ts";
import {
  downloadDoorPack,
  staffRecordCount,
  submitStaffLogin,
  waitForServiceWorkerControl,
  withServerAndBrowser,
} from "./helpers.ts";
import { createStaff } from "./people-helpers.ts";

const USERNAME = "btc-cua-hoi-truong";

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Class names a set of CSS files defines. */
function classesIn(files: string[]): Set<string> {
  const names = files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/\.([a-z][\w-]*)/gi)]);
  return new Set(names.map((m) => m[1]!));
}

/**
 * A door phone in the hall: the organiser signed in and took the door pack at the hotel;
 * in the hall there is no network and the phone was restarted. The staff area still opens
 * (what is on the device), and signing out wipes the staff data with no server at all.
 */
describe("staff device with no network", () => {
  const app = withServerAndBrowser();

  it("signs in and keeps the door pack on the device", async () => {
    const who = await createStaff(app.server, USERNAME, "demo", "organiser");
    await app.page.goto(`${app.server.url}/staff/login`);
    await waitForServiceWorkerControl(app.page);
    // Once the service worker controls the page, the staff screens it loads are kept.
    await app.page.reload();
    await submitStaffLogin(app.page, who);
    await app.page.waitForURL(`${app.server.url}/staff`);
    await downloadDoorPack(app.page);
    expect(await staffRecordCount(app.page)).toBe(1);
    await expect.poll(() => cacheNames(app.page)).toContain(STAFF_ASSETS_CACHE);
  });

  it("reloads with the server stopped and the network cut, and still shows the staff area", async () => {
    expect(await app.server.stop()).toBe(0);
    await app.context.setOffline(true);
    await app.page.reload();
    const nav = app.page.getByRole("navigation", { name: staffVi["staff.nav"] });
    await nav.waitFor();
    expect(await nav.locator(".staff-nav__user").textContent()).toBe(USERNAME);
    await app.page.getByRole("status").filter({ hasText: staffVi["staff.offline"] }).waitFor();
    // Nothing was wiped by not reaching the server.
    expect(await staffRecordCount(app.page)).toBe(1);
  });

  it("signs out with no network: staff data and staff caches are gone, the login opens", async () => {
    await app.page.getByRole("button", { name: staffVi["staff.logout"] }).click();
    await app.page.waitForURL(`${app.server.url}/staff/login`);
    await app.page.getByRole("heading", { level: 1, name: staffVi["staff.login.title"] }).waitFor();
    expect(await staffRecordCount(app.page)).toBe(0);
    expect(await cacheNames(app.page)).not.toContain(STAFF_ASSETS_CACHE);
    expect(
      await app.page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith("th.staff.")),
      ),
    ).toEqual([]);
  });

  it("keeps every staff screen, string and style out of the attendee precache", () => {
    const dist = process.env.DIST_DIR ?? repoDist;
    const urls = precacheManifest(dist).map((e) => e.url);
    const files = urls.map((url) => ({ url, text: readFileSync(join(dist, url), "latin1") }));
    // Sentences only staff screens say (long enough not to be shared by chance).
    const staffSentences = [...Object.values(staffVi), ...Object.values(staffEn)]
      .filter((s) => s.length > 30)
      .map((s) => Buffer.from(s, "utf8").toString("latin1"));
    for (const { url, text } of files.filter((f) => f.url.endsWith(".js"))) {
      expect(
        staffSentences.filter((s) => text.includes(s)),
        url,
      ).toEqual([]);
    }
    // Classes only the staff screens' stylesheets define.
    const cssOf = (dir: string) =>
      readdirSync(join(repoRoot, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".css"))
        .map((f) => join(repoRoot, dir, f));
    const staffDirs = ["src/app/features/people", "src/app/features/content"];
    const attendee = classesIn(
      cssOf("src/app").filter((f) => !staffDirs.some((d) => f.startsWith(join(repoRoot, d)))),
    );
    const staffOnly = [...classesIn(staffDirs.flatMap(cssOf))].filter((c) => !attendee.has(c));
    expect(staffOnly.length).toBeGreaterThan(0);
    for (const { url, text } of files.filter((f) => f.url.endsWith(".css"))) {
      expect(
        staffOnly.filter((c) => new RegExp(`\\.${c}(?![\\w-])`).test(text)),
        url,
      ).toEqual([]);
    }
    expect(urls.filter((url) => url.includes("assets/staff/"))).toEqual([]);
  });
});
