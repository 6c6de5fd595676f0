import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attendanceMessages } from "../../src/app/features/attendance/messages.ts";
import { doorMessages } from "../../src/app/features/door/messages.ts";
import type { Badge } from "../../src/shared/api.ts";
import type { AttendanceExportRow, ReviewItem } from "../../src/shared/checkin.ts";
import { launchChromium } from "../harness/chromium.ts";
import { type RunningServer, startServer } from "../harness/server.ts";
import {
  doorVerdicts,
  fakeCameraArgs,
  playOnCamera,
  recordDoorVerdicts,
  scannerWasmKept,
} from "./checkin-helpers.ts";
import { staffCookie } from "./content-helpers.ts";
import { firstPage, submitStaffLogin, waitForServiceWorkerControl } from "./helpers.ts";
import { createStaff } from "./people-helpers.ts";

const door = doorMessages.vi;
const attendance = attendanceMessages.vi;

/** One door phone: its own browser (profile, camera file, network) and organiser. */
interface DoorPhone {
  context: BrowserContext;
  page: Page;
  camera: string;
}

/**
 * Two door phones at two doors, both with no network, admit the same ticket: each shows
 * green (neither can know of the other). Back online, the server holds one check-in and
 * flags the second admission "Cần xem lại", naming both phones "máy 1" and "máy 2" in the
 * order they synced; the organiser confirms it; the second phone, refreshed, now answers
 * the ticket with amber "Đã vào lúc …(máy 1)".
 */
describe("two door phones offline admit the same ticket", () => {
  let server: RunningServer;
  let dir: string;
  let api: (path: string) => Promise<Response>;
  let ticket: Badge;
  const phones: DoorPhone[] = [];

  const doorUrl = () => `${server.url}/staff/e/demo/door`;
  const reviewItems = async () => (await (await api("/checkin/review")).json()) as ReviewItem[];
  const exported = async () =>
    (await (await api("/checkin/export?format=json")).json()) as AttendanceExportRow[];

  /** Signs a phone in, opens the door page online, and waits until it works offline. */
  async function prepare(name: string): Promise<DoorPhone> {
    const camera = join(dir, `${name}.y4m`);
    playOnCamera(camera);
    const context = await launchChromium({ args: fakeCameraArgs(camera) });
    const page = await firstPage(context);
    await recordDoorVerdicts(page);
    const who = await createStaff(server, name, "demo", "organiser");
    await page.goto(`${server.url}/staff/login`);
    await submitStaffLogin(page, who);
    await page.waitForURL(`${server.url}/staff`);
    await page.goto(doorUrl());
    await page.getByLabel(door.list).waitFor();
    await waitForServiceWorkerControl(page);
    // Once more under the service worker, which keeps the staff screens and the decoder.
    await page.reload();
    await page.getByLabel(door.list).waitFor();
    await expect.poll(() => scannerWasmKept(page), { timeout: 60_000 }).toBe(true);
    return { context, page, camera };
  }

  /** Shows the phone's camera `texts` (none: a grey wall) and reopens the door page. */
  async function reopenDoor(phone: DoorPhone, texts: string[] = []) {
    playOnCamera(phone.camera, texts);
    await phone.page.goto(doorUrl());
    await phone.page.getByLabel(door.list).waitFor();
  }

  const sawVerdict = async (phone: DoorPhone, pattern: RegExp) =>
    (await doorVerdicts(phone.page)).some((v) => pattern.test(v));

  beforeAll(async () => {
    server = await startServer();
    dir = mkdtempSync(join(tmpdir(), "th-door-offline-"));
    const cookie = await staffCookie(
      server,
      await createStaff(server, "btc-api", "demo", "organiser"),
    );
    api = (path) => fetch(`${server.url}/api/events/demo${path}`, { headers: { cookie } });
    const created = await fetch(`${server.url}/api/events/demo/checkin/lists`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ kind: "entry", title: "Vào hội trường", reentry: false }),
    });
    expect(created.status).toBe(201);
    ticket = ((await (await api("/badges")).json()) as { badges: Badge[] }).badges[0]!;
  });
  afterAll(async () => {
    for (const phone of phones) await phone.context.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("readies two door phones online: door pack, screens and decoder kept", async () => {
    phones.push(await prepare("btc-cua-1"), await prepare("btc-cua-2"));
  });

  it("shows green on both phones with no network", async () => {
    const [first, second] = phones as [DoorPhone, DoorPhone];
    for (const phone of phones) await phone.context.setOffline(true);
    // One after the other, so that the first phone's scan is the earlier one.
    for (const phone of [first, second]) {
      await reopenDoor(phone, [ticket.code]);
      expect(await phone.page.evaluate(() => navigator.onLine)).toBe(false);
      const green = new RegExp(`^valid\\|${door.valid}${ticket.name}`);
      await expect.poll(() => sawVerdict(phone, green)).toBe(true);
      // Nothing went out: the scans wait in the phone's outbox.
      expect((await exported()).find((r) => r.id === ticket.id)?.entry).toBeNull();
    }
    // The camera looks away; the scanner stops seeing the ticket.
    for (const phone of phones) await reopenDoor(phone);
  });

  it("keeps one check-in and flags the second admission for review after sync", async () => {
    const [first, second] = phones as [DoorPhone, DoorPhone];
    await first.context.setOffline(false);
    await expect
      .poll(async () => (await exported()).find((r) => r.id === ticket.id)?.entry?.device)
      .toBe("máy 1");
    await second.context.setOffline(false);
    await expect.poll(async () => (await reviewItems()).length).toBe(1);
    const [item] = await reviewItems();
    expect(item).toMatchObject({
      attendee: { id: ticket.id },
      deviceNo: 2,
      first: { deviceNo: 1 },
    });
    const rows = await exported();
    expect(rows.filter((r) => r.entry !== null).map((r) => r.id)).toEqual([ticket.id]);

    // The organiser sees it under "Cần xem lại" with both phones by name, and confirms it.
    const page = first.page;
    await page.goto(`${server.url}/staff/e/demo/attendance`);
    await page.getByRole("heading", { name: attendance.review }).waitFor();
    const entry = page.locator(".attendance__review li", { hasText: ticket.name });
    await expect.poll(() => entry.textContent()).toContain("(máy 1)");
    expect(await entry.textContent()).toContain("(máy 2)");
    await entry.getByRole("button", { name: attendance.confirm }).click();
    // Online, the decision can reach the server and the live list drop the entry before
    // the "queued" note is ever seen: either is the page answering the click.
    await expect
      .poll(
        async () =>
          (await entry.count()) === 0 || (await entry.getByText(attendance.queued).isVisible()),
      )
      .toBe(true);
    await expect.poll(async () => (await reviewItems()).length).toBe(0);
    await expect.poll(() => entry.count()).toBe(0);
  });

  it("answers the ticket on the second phone with amber and the first phone's name", async () => {
    const second = phones[1]!;
    // Online, the door page refreshes its pack: it now knows máy 1 let the person in.
    await reopenDoor(second, [ticket.code]);
    const amber = new RegExp(
      `^already\\|${door.already
        .replace("{time}", "\\d{2}:\\d{2}")
        .replace("{device}", door.deviceNo.replace("{n}", "1"))
        .replace(/[()]/g, "\\$&")}${ticket.name}`,
    );
    await expect.poll(() => sawVerdict(second, amber), { timeout: 30_000 }).toBe(true);
  });
});
