import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { doorMessages } from "../../src/app/features/door/messages.ts";
import { scannerMessages } from "../../src/app/features/scanner/messages.ts";
import type { Badge } from "../../src/shared/api.ts";
import type { CheckinList } from "../../src/shared/checkin.ts";
import { newTicketKeyPair, readTicketClaims, signTicket } from "../../src/shared/ticket.ts";
import { launchChromium } from "../harness/chromium.ts";
import { jpegFile, qrFrame } from "../harness/qrFrames.ts";
import { type RunningServer, startServer } from "../harness/server.ts";
import {
  doorVerdicts,
  fakeCameraArgs,
  playOnCamera,
  recordDoorVerdicts,
} from "./checkin-helpers.ts";
import { staffCookie } from "./content-helpers.ts";
import { firstPage, submitStaffLogin } from "./helpers.ts";
import { createStaff } from "./people-helpers.ts";

const vi = doorMessages.vi;
const OTHER_EVENT = "01890000-0000-7000-8000-00000000e0e0";

/**
 * The door on the day, with a fake camera playing real tickets made by the server: a
 * valid one, a forged one, a revoked one, another event's, and a QR that is no ticket.
 * Each gets its verdict; the valid one seen again (the video loops) is amber; after the
 * push the server holds one check-in and keeps the later scans as duplicates.
 */
describe("door page with a fake camera", () => {
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  let who: { username: string; password: string };
  let valid: Badge;
  let photographed: Badge;
  let api: (path: string, init?: RequestInit) => Promise<Response>;

  beforeAll(async () => {
    server = await startServer();
    dir = mkdtempSync(join(tmpdir(), "th-door-"));
    who = await createStaff(server, "btc-cua", "demo", "organiser");
    const cookie = await staffCookie(server, who);
    api = (path: string, init: RequestInit = {}) =>
      fetch(`${server.url}/api/events/demo${path}`, {
        ...init,
        headers: { cookie, "content-type": "application/json", ...init.headers },
      });
    const { badges } = (await (await api("/badges")).json()) as { badges: Badge[] };
    valid = badges[0]!;
    photographed = badges[3]!;
    const revoked = badges[1]!;
    expect((await api(`/attendees/${revoked.id}/ticket/reissue`, { method: "POST" })).status).toBe(
      200,
    );
    const claims = readTicketClaims(badges[2]!.code)!;
    const forger = newTicketKeyPair().secretKey;
    const forged = signTicket(claims, forger);
    const otherEvent = signTicket({ ...claims, eventId: OTHER_EVENT }, forger);
    const list = await api("/checkin/lists", {
      method: "POST",
      body: JSON.stringify({ kind: "entry", title: "Vào hội trường", reentry: false }),
    });
    expect(((await list.json()) as CheckinList).kind).toBe("entry");

    const texts = [valid.code, forged, revoked.code, otherEvent, "https://example.vn/dang-ky"];
    const video = join(dir, "tickets.y4m");
    playOnCamera(video, texts);
    context = await launchChromium({ args: fakeCameraArgs(video) });
    page = await firstPage(context);
    // Every verdict painted, in order, as the organiser would see them.
    await recordDoorVerdicts(page);
  });
  afterAll(async () => {
    await context?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("paints green, amber and red with the reasons; the server keeps one check-in", async () => {
    await page.goto(`${server.url}/staff/login`);
    await submitStaffLogin(page, who);
    await page.waitForURL(`${server.url}/staff`);
    await page.goto(`${server.url}/staff/e/demo/door`);
    await page.getByLabel(vi.list).waitFor();
    const verdicts = () => doorVerdicts(page);
    const expected = [
      `valid|${vi.valid}${valid.name}`,
      `invalid|${vi.invalid}${vi["red.bad_signature"]}`,
      `invalid|${vi.invalid}${vi["red.revoked"]}`,
      `invalid|${vi.invalid}${vi["red.wrong_event"]}`,
      `invalid|${vi.invalid}${vi["red.not_a_ticket"]}`,
    ];
    for (const verdict of expected) {
      await expect
        .poll(async () => (await verdicts()).some((v) => v.startsWith(verdict)))
        .toBe(true);
    }
    // The video loops: the valid ticket comes back after more than 3 s, now already in.
    const amber = vi.already.split("{time}")[0]!;
    await expect
      .poll(async () => (await verdicts()).some((v) => v.startsWith(`already|${amber}`)))
      .toBe(true);
    await page.getByText(vi.counter.replace("{n}", "1")).waitFor();
    // The network is up: every scan goes through the outbox to the server, which keeps the
    // first admission as the check-in and every later scan of the ticket as a duplicate.
    type Row = { id: string; entry: { method: string } | null; duplicates: number };
    const attendance = async () =>
      (await (await api("/checkin/export?format=json")).json()) as Row[];
    await expect
      .poll(async () => {
        const row = (await attendance()).find((r) => r.id === valid.id);
        return Boolean(row?.entry) && (row?.duplicates ?? 0) > 0;
      })
      .toBe(true);
    const rows = await attendance();
    expect(rows.filter((r) => r.entry !== null).map((r) => r.id)).toEqual([valid.id]);
    expect(rows.find((r) => r.id === valid.id)?.entry?.method).toBe("scan");
  });

  it("reads a ticket from a photo, and says so when a photo holds no code", async () => {
    const photo = scannerMessages.vi;
    const input = page.getByLabel(photo.photo);
    await input.setInputFiles({
      name: "ve.jpg",
      mimeType: "image/jpeg",
      buffer: jpegFile(qrFrame(photographed.code, 1280, 960, 8)),
    });
    await expect
      .poll(async () =>
        (await doorVerdicts(page)).some((v) =>
          v.startsWith(`valid|${vi.valid}${photographed.name}`),
        ),
      )
      .toBe(true);
    await input.setInputFiles({
      name: "trang.jpg",
      mimeType: "image/jpeg",
      buffer: jpegFile({ width: 640, height: 480, luma: new Uint8Array(640 * 480).fill(230) }),
    });
    await page.getByText(photo.photoNone).waitFor();
  });
});
