import { renameSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { DoorPack } from "../../src/shared/api.ts";
import type { CheckinList } from "../../src/shared/checkin.ts";
import { SCANNER_CACHE } from "../../src/shared/scannerCache.ts";
import { type GrayFrame, qrFrame, y4mVideo } from "../harness/qrFrames.ts";
import type { RunningServer } from "../harness/server.ts";

/** A camera frame with no code in it: a grey wall. */
export function blankFrame(width = 640, height = 480): GrayFrame {
  return { width, height, luma: new Uint8Array(width * height).fill(200) };
}

/**
 * Puts what the fake camera plays next in `path`: a loop of QR codes of `texts`, or a
 * grey wall when none. Chromium reads the file each time a page opens the camera, so a
 * reload shows the new video. Written aside and renamed, so a reader never sees half.
 */
export function playOnCamera(path: string, texts: string[] = []): void {
  const frames = texts.length > 0 ? texts.map((text) => qrFrame(text)) : [blankFrame()];
  writeFileSync(`${path}.part`, y4mVideo(frames, 10, 10));
  renameSync(`${path}.part`, path);
}

/** Chromium flags for a fake camera playing `path`, allowed without asking. */
export const fakeCameraArgs = (path: string) => [
  "--use-fake-ui-for-media-stream",
  "--use-fake-device-for-media-stream",
  `--use-file-for-fake-video-capture=${path}`,
];

/** Whether the service worker holds the QR decoder's wasm (for scanning with no network). */
export function scannerWasmKept(page: Page): Promise<boolean> {
  return page.evaluate(async (name) => {
    const keys = await (await caches.open(name)).keys();
    return keys.some((request) => request.url.endsWith(".wasm"));
  }, SCANNER_CACHE);
}

/**
 * Records every verdict the door page paints, in order, as `window.__verdicts`
 * ("kind|text"). A string: the test's transpiler must not touch code run in the page.
 */
export async function recordDoorVerdicts(page: Page): Promise<void> {
  await page.addInitScript(`
    window.__verdicts = [];
    new MutationObserver(() => {
      const panel = document.querySelector(".door__verdict");
      if (!panel) return;
      const text = panel.getAttribute("data-verdict") + "|" + panel.textContent;
      if (text !== window.__verdicts[window.__verdicts.length - 1]) window.__verdicts.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  `);
}

/** The verdicts the door page painted since it was loaded. */
export function doorVerdicts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __verdicts: string[] }).__verdicts);
}

/**
 * What an organiser's "Tạo danh sách cho phiên" does: a self check-in list for the demo
 * event's session number `sessionIndex` (from the door pack), made through the staff API.
 */
export async function createSessionList(
  server: RunningServer,
  cookie: string,
  sessionIndex = 0,
): Promise<CheckinList> {
  const headers = { cookie, "content-type": "application/json" };
  const pack = (await (
    await fetch(`${server.url}/api/events/demo/door-pack`, { headers })
  ).json()) as DoorPack;
  const session = pack.sessions![sessionIndex]!;
  const created = await fetch(`${server.url}/api/events/demo/checkin/lists`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      kind: "session",
      sessionId: session.id,
      title: session.title,
      reentry: false,
    }),
  });
  if (created.status !== 201) throw new Error(`check-in list: ${created.status}`);
  return (await created.json()) as CheckinList;
}
