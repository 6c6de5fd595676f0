import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Badge } from "../../../src/shared/api.ts";
import { launchChromium } from "../../harness/chromium.ts";
import { type GrayFrame, qrFrame, y4mVideo } from "../../harness/qrFrames.ts";
import { type RunningServer, startServer } from "../../harness/server.ts";
import { DEMO_SLUG } from "./attendee.ts";
import { kib, precacheManifest, readBuiltFile } from "./dist.ts";
import { type ReceivedResponse, recordNetwork } from "./network.ts";
import { describeSamples, median, round } from "./stats.ts";
import type { Figure, Skip } from "./types.ts";

/** No script may arrive this long before the door page's download is counted. */
const IDLE_MS = 2_000;
/** Video frames per second of the fake camera, and frames each ticket (and each blank) lasts. */
const FPS = 10;
const FRAMES_EACH = 6;
/** Side of the dark square in the top-left corner of ticket frames (absent on blanks). */
const MARK = 24;

/** A frame with no code: what the camera sees between two attendees. */
function blankFrame(width = 640, height = 480): GrayFrame {
  return { width, height, luma: new Uint8Array(width * height).fill(200) };
}

/** The ticket's frame with the corner mark the page's probe looks for. */
function markedTicket(text: string): GrayFrame {
  const frame = qrFrame(text);
  for (let y = 0; y < MARK; y++) frame.luma.fill(0, y * frame.width, y * frame.width + MARK);
  return frame;
}

/** A video: each ticket shown after a blank, in turn, as long; Chromium's fake camera loops it. */
function ticketsVideo(texts: string[]): Buffer {
  return y4mVideo(
    texts.flatMap((text) => [blankFrame(), markedTicket(text)]),
    FRAMES_EACH,
    FPS,
  );
}

/**
 * Runs in the page (a string: the bench's transpiler must not touch it). Records, in the
 * page's performance.now() time base: `shown`, the presentation time of every video frame
 * that brings a ticket after a blank (requestVideoFrameCallback, the corner mark read from a
 * 1-pixel canvas); `verdicts`, each change of the verdict panel, timed in the next
 * animation frame after the DOM change (the frame that paints it).
 */
const PROBE = `
  window.__door = { shown: [], verdicts: [] };
  (() => {
    const probe = document.createElement("canvas");
    probe.width = probe.height = 1;
    const ctx = probe.getContext("2d", { willReadFrequently: true });
    let lastText = "";
    const watch = (video) => {
      let marked = false;
      // The corner's first byte (luma of an I420 or NV12 frame) copied out of the frame
      // itself: drawing the whole frame into a canvas, as before, cost the page's main
      // thread 25-75 ms a frame at 4x, which the figure then counted against the app.
      const cornerDark = async (video) => {
        if (typeof VideoFrame === "function") {
          const frame = new VideoFrame(video);
          try {
            if (frame.format) {
              const corner = new Uint8Array(64);
              await frame.copyTo(corner, { rect: { x: 0, y: 0, width: 2, height: 2 } });
              return corner[0] < 100;
            }
          } finally {
            frame.close();
          }
        }
        ctx.drawImage(video, 0, 0, ${MARK / 2}, ${MARK / 2}, 0, 0, 1, 1);
        return ctx.getImageData(0, 0, 1, 1).data[0] < 100;
      };
      const onFrame = async (_now, meta) => {
        video.requestVideoFrameCallback(onFrame);
        const dark = await cornerDark(video);
        if (dark && !marked) window.__door.shown.push(meta.presentationTime);
        marked = dark;
      };
      video.requestVideoFrameCallback(onFrame);
    };
    new MutationObserver(() => {
      const video = document.querySelector("video.scanner__video");
      if (video && !video.__probed) { video.__probed = true; watch(video); }
      const panel = document.querySelector(".door__verdict");
      if (!panel) return;
      const kind = panel.getAttribute("data-verdict");
      const text = kind + "|" + panel.textContent;
      if (kind === "none" || text === lastText) return;
      lastText = text;
      requestAnimationFrame(() => window.__door.verdicts.push({ t: performance.now(), kind }));
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  })();
`;

interface Probe {
  shown: number[];
  verdicts: Array<{ t: number; kind: string }>;
}

/** Signs in through the API: the session cookies as `name=value` pairs. */
async function staffSession(server: RunningServer, who: { username: string; password: string }) {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(who),
  });
  if (response.status !== 200) throw new Error(`staff login failed: ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** An organiser of the demo event, made with the admin CLI. */
async function demoOrganiser(server: RunningServer) {
  const who = { username: "bench-door", password: "mat-khau-bench-door" };
  for (const args of [
    ["create-user", "--username", who.username, "--password", who.password, "--role", "organiser"],
    ["grant", "--username", who.username, "--event", DEMO_SLUG, "--role", "organiser"],
  ]) {
    const result = await server.admin(...args);
    if (result.code !== 0) throw new Error(`${args[0]} failed: ${result.stderr}`);
  }
  return who;
}

const isJs = (r: ReceivedResponse) => r.type === "Script" || /javascript/.test(r.mimeType);
const path = (r: ReceivedResponse) => new URL(r.url).pathname;

/**
 * Issue 10's door figures, in Chromium against the built app and the real server:
 * `scanner-js`, the gzip JS the door page downloads that the attendee's precache does not
 * hold (wasm excluded), and `scan-verdict-ms`, from a ticket's frame reaching the page's
 * video to the verdict's paint, at 4× CPU throttling, with Chromium's fake camera playing
 * real tickets of the demo event (distinct attendees, each after a blank).
 */
export async function measureDoor(options: {
  distDir: string;
  tiny: boolean;
  log: (line: string) => void;
}): Promise<Array<Figure | Skip>> {
  const tickets = options.tiny ? 3 : 10;
  const wanted = options.tiny ? 3 : 20;
  const dir = mkdtempSync(join(tmpdir(), "th-bench-door-"));
  let server: RunningServer | undefined;
  try {
    server = await startServer({ env: { DIST_DIR: options.distDir } });
    const who = await demoOrganiser(server);
    const cookies = await staffSession(server, who);
    const api = (p: string, init: RequestInit = {}) =>
      fetch(`${server!.url}/api/events/${DEMO_SLUG}${p}`, {
        ...init,
        headers: { cookie: cookies.join("; "), "content-type": "application/json" },
      });
    const { badges } = (await (await api("/badges")).json()) as { badges: Badge[] };
    if (badges.length < tickets) throw new Error(`the demo event has ${badges.length} badges`);
    const list = await api("/checkin/lists", {
      method: "POST",
      body: JSON.stringify({ kind: "entry", title: "Vào hội trường", reentry: false }),
    });
    if (!list.ok) throw new Error(`creating a check-in list: ${list.status}`);
    const video = join(dir, "tickets.y4m");
    writeFileSync(video, ticketsVideo(badges.slice(0, tickets).map((b) => b.code)));

    const context = await launchChromium({
      args: [
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    try {
      await context.addCookies(
        cookies.map((c) => {
          const [name, ...value] = c.split("=");
          return { name: name!, value: value.join("="), url: server!.url };
        }),
      );
      const page = context.pages()[0] ?? (await context.newPage());
      await page.addInitScript(PROBE);
      // CDP's page session does not see the decoder worker's own requests (its script, the
      // wasm); Playwright reports them on the page, but not their size on the wire (0 or
      // negative): those files are counted at their gzip size in the build.
      const workerSide: Array<Promise<ReceivedResponse | null>> = [];
      let codeFiles = 0;
      page.on("requestfinished", (request) => {
        if (/\.(js|wasm)$/.test(new URL(request.url()).pathname)) codeFiles++;
        workerSide.push(
          (async () => {
            const response = await request.response();
            if (!response) return null;
            return {
              url: request.url(),
              type: request.resourceType() === "script" ? "Script" : request.resourceType(),
              mimeType: (await response.headerValue("content-type")) ?? "",
              status: response.status(),
              bodyBytes: readBuiltFile(new URL(request.url()).pathname.slice(1), options.distDir)
                .gzip,
              fromCache: false,
            };
          })().catch(() => null),
        );
      });
      const cdp = await context.newCDPSession(page);
      const network = recordNetwork(cdp);
      await network.enable();
      await page.goto(`${server.url}/staff/e/${DEMO_SLUG}/door`);
      // The scanner is up and a first verdict shows the decoder warm (wasm compiled).
      await page.waitForFunction(
        () => (window as unknown as { __door: Probe }).__door.verdicts.length > 0,
        null,
        {
          timeout: 120_000,
          polling: 200,
        },
      );
      // The sync keeps a request open, so the network is never idle: wait until no script
      // (nor wasm) has arrived for IDLE_MS instead.
      for (let count = -1, quietSince = Date.now(); Date.now() - quietSince < IDLE_MS; ) {
        await new Promise((r) => setTimeout(r, 200));
        const now = codeFiles;
        if (now !== count) [count, quietSince] = [now, Date.now()];
      }
      const precached = new Set(
        precacheManifest(options.distDir).map((e) => `/${e.url.replace(/^\//, "")}`),
      );
      const seen = new Set(network.responses.map((r) => r.url));
      const unseen = (await Promise.all(workerSide)).filter(
        (r): r is ReceivedResponse => r !== null && !seen.has(r.url),
      );
      const responses = [...network.responses, ...unseen];
      const js = responses.filter((r) => r.status === 200 && isJs(r));
      const wasm = responses.filter((r) => path(r).endsWith(".wasm"));
      const beyond = js.filter((r) => !precached.has(path(r)) && !path(r).endsWith(".wasm"));
      if (beyond.length === 0)
        throw new Error("the door page loaded no JavaScript beyond the shell");
      const scannerKib = kib(beyond.reduce((n, r) => n + r.bodyBytes, 0));
      options.log(`scanner-js: ${beyond.length} of ${js.length} scripts beyond the precache`);

      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      const since = await page.evaluate(() => performance.now());
      const probe = () => page.evaluate(() => (window as unknown as { __door: Probe }).__door);
      const samples: number[] = [];
      let missed = 0;
      const deadline = Date.now() + 180_000;
      while (samples.length < wanted) {
        if (Date.now() > deadline) throw new Error(`only ${samples.length} verdicts in 180 s`);
        await new Promise((r) => setTimeout(r, 500));
        const { shown, verdicts } = await probe();
        const starts = shown.filter((t) => t > since);
        samples.length = 0;
        missed = 0;
        // Each appearance but the last (its verdict may still be coming) is paired with the
        // first verdict painted after it and before the next ticket arrives.
        for (let i = 0; i + 1 < starts.length; i++) {
          const v = verdicts.find((x) => x.t > starts[i]! && x.t < starts[i + 1]!);
          if (!v) missed++;
          else if (v.kind === "valid" || v.kind === "already") samples.push(v.t - starts[i]!);
          else throw new Error(`a valid ticket got the verdict ${v.kind}`);
        }
      }
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
      const taken = samples.slice(0, wanted);
      const files = beyond
        .map((r) => `${path(r).replace(/^\/assets\//, "")} ${round(kib(r.bodyBytes), 1)}`)
        .join(", ");
      return [
        {
          name: "scanner-js",
          value: round(scannerKib, 1),
          unit: "KiB",
          budget: { max: 30 },
          runs: 1,
          note: `organiser's fresh profile opens /staff/e/${DEMO_SLUG}/door until a verdict is painted and no script arrives for ${IDLE_MS / 1000} s; gzip on the wire of the scripts not in the attendee precache (the decoder worker is in it; wasm ${wasm.length ? `${round(kib(wasm[0]!.bodyBytes), 1)} KiB ` : ""}excluded): ${files}`,
        },
        {
          name: "scan-verdict-ms",
          value: round(median(taken), 0),
          unit: "ms",
          budget: { max: 300 },
          runs: 1,
          note: `4× CPU throttling of the page (CDP; the decoder worker may run unthrottled); ${taken.length} appearances of ${tickets} attendees' tickets, each after a blank (the video loops: green, then amber): the first ticket frame's presentationTime (requestVideoFrameCallback) → the animation frame after the verdict's DOM change; ${describeSamples(taken, "ms")}${missed ? `; ${missed} appearances without a verdict` : ""}`,
        },
      ];
    } finally {
      await context.close();
    }
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
