import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkinMessages } from "../../src/app/features/checkin/messages.ts";
import type { AttendanceExportRow, CheckinList } from "../../src/shared/checkin.ts";
import { readSessionCodeQr } from "../../src/shared/sessionCode.ts";
import { launchChromium } from "../harness/chromium.ts";
import { type RunningServer, startServer } from "../harness/server.ts";
import {
  createSessionList,
  fakeCameraArgs,
  playOnCamera,
  scannerWasmKept,
} from "./checkin-helpers.ts";
import { staffCookie } from "./content-helpers.ts";
import {
  firstPage,
  signInWithInvite,
  submitStaffLogin,
  waitForServiceWorkerControl,
} from "./helpers.ts";
import { createStaff, decodeQr } from "./people-helpers.ts";

const t = checkinMessages.vi;

/**
 * Self check-in to a session with the network cut: the trainer's screen (one browser)
 * shows the session code; the attendee's phone (another browser, its camera playing the
 * QR read off that screen) has synced, so its service worker fetched the QR decoder in
 * the background; with no network it opens the scanner, decodes the code with the kept
 * decoder, and shows "chờ xác nhận"; back online, the server takes it: "đã xác nhận".
 */
describe("an attendee checks in to a session by scanning its code, offline", () => {
  let server: RunningServer;
  let dir: string;
  let camera: string;
  let api: (path: string) => Promise<Response>;
  let list: CheckinList;
  let presenter: BrowserContext;
  let screen: Page;
  let phone: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    dir = mkdtempSync(join(tmpdir(), "th-self-scan-"));
    camera = join(dir, "phone.y4m");
    const who = await createStaff(server, "btc-phien", "demo", "organiser");
    const cookie = await staffCookie(server, who);
    api = (path) => fetch(`${server.url}/api/events/demo${path}`, { headers: { cookie } });
    list = await createSessionList(server, cookie, 1);

    presenter = await launchChromium();
    screen = await firstPage(presenter);
    await screen.goto(`${server.url}/staff/login`);
    await submitStaffLogin(screen, who);
    await screen.waitForURL(`${server.url}/staff`);

    playOnCamera(camera);
    phone = await launchChromium({ args: fakeCameraArgs(camera) });
    page = await firstPage(phone);
  });
  afterAll(async () => {
    await phone?.close();
    await presenter?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps the QR decoder on the attendee's phone after a sync", async () => {
    await signInWithInvite(page, server);
    await waitForServiceWorkerControl(page);
    // The service worker fetches it in the background once it has seen a sync of this
    // attendee's; on a first visit that is the next pull, within a minute.
    await expect
      .poll(() => scannerWasmKept(page), { timeout: 150_000, interval: 1_000 })
      .toBe(true);
  }, 240_000);

  it("scans the code on the trainer's screen with no network: pending, then confirmed", async () => {
    await screen.goto(`${server.url}/staff/e/demo/s/${list.sessionId}/code`);
    const digits = screen.locator(".session-code__digits");
    await digits.waitFor();
    // Wait for a fresh 30-s window, so the code read now is still current when scanned.
    const shown = await digits.textContent();
    await expect
      .poll(() => digits.textContent(), { timeout: 40_000, interval: 200 })
      .not.toBe(shown);
    const qr = await decodeQr(screen.locator(".session-code__qr"));
    const read = readSessionCodeQr(qr ?? "");
    expect(read?.listId).toBe(list.id);
    expect(read?.digits).toBe((await digits.textContent())?.replace(/\s/g, ""));

    await phone.setOffline(true);
    playOnCamera(camera, [qr!]);
    await page.goto(`${server.url}/e/demo/checkin`);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.getByRole("button", { name: t.scan }).click();
    const mine = page.locator(".checkin__mine li").first();
    await expect.poll(() => mine.getAttribute("data-state"), { timeout: 30_000 }).toBe("pending");
    expect(await mine.textContent()).toContain(t.pending);
    // The decoder came from the phone's cache: the network is cut, and nothing reached
    // the server yet.
    const attendance = async () =>
      (await (await api("/checkin/export?format=json")).json()) as AttendanceExportRow[];
    expect((await attendance()).some((r) => r.sessions[list.sessionId!])).toBe(false);

    await phone.setOffline(false);
    await expect.poll(() => mine.getAttribute("data-state"), { timeout: 60_000 }).toBe("confirmed");
    expect(await mine.textContent()).toContain(t.confirmed);
    const checkedIn = (await attendance()).filter((r) => r.sessions[list.sessionId!]);
    expect(checkedIn).toHaveLength(1);
  });
});
