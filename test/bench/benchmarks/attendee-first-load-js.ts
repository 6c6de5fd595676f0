import type { Cookie } from "playwright-core";
import { launchChromium } from "../../harness/chromium.ts";
import { type RunningServer, startServer } from "../../harness/server.ts";
import { DEMO_SLUG, inviteLink, waitForAgendaMark } from "../lib/attendee.ts";
import { kib } from "../lib/dist.ts";
import { type ReceivedResponse, recordNetwork } from "../lib/network.ts";
import { round } from "../lib/stats.ts";
import type { Benchmark } from "../lib/types.ts";

/** The network must be quiet this long before counting stops (issue 14). */
const IDLE_MS = 2_000;

/**
 * The attendee's session cookie, got by opening the demo invite in a throwaway profile
 * where service workers are blocked (so that profile precaches nothing).
 */
async function attendeeCookies(server: RunningServer): Promise<Cookie[]> {
  const context = await launchChromium({ serviceWorkers: "block" });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(await inviteLink(server));
    await page.waitForURL(`${server.url}/e/${DEMO_SLUG}`, { timeout: 60_000 });
    const cookies = await context.cookies();
    if (cookies.length === 0) throw new Error("the invite set no cookie");
    return cookies;
  } finally {
    await context.close();
  }
}

const isJs = (r: ReceivedResponse) => r.type === "Script" || /javascript/.test(r.mimeType);
const isCss = (r: ReceivedResponse) => r.type === "Stylesheet" || r.mimeType === "text/css";
const sum = (rs: ReceivedResponse[]) => rs.reduce((n, r) => n + r.bodyBytes, 0);
const list = (rs: ReceivedResponse[]) =>
  rs
    .map(
      (r) => `${new URL(r.url).pathname.replace(/^\/assets\//, "")} ${round(kib(r.bodyBytes), 1)}`,
    )
    .join(", ");

/**
 * What an attendee's phone downloads to show the agenda, measured as a browser does:
 * a fresh Chromium profile holding only the attendee's session cookie (signed in through
 * the demo invite elsewhere) opens /e/demo with the server running; CDP Network events
 * record every response of the page from navigation until the network has been idle for
 * 2 s, and the figure is the sum of the bytes on the wire (gzip as the server sends it,
 * headers excluded) of every JavaScript response. CSS is its own figure. The service
 * worker's own precache downloads are the worker's traffic, not the page's, and are not
 * counted (precache-attendee counts them).
 */
const benchmark: Benchmark = {
  name: "attendee-first-load-js",
  figures: ["attendee-first-load-js", "attendee-first-load-css"],
  defaultRuns: 1,
  needsBuild: true,
  async run(ctx) {
    let server: RunningServer | undefined;
    try {
      server = await startServer({ env: { DIST_DIR: ctx.distDir } });
      const cookies = await attendeeCookies(server);
      const context = await launchChromium();
      try {
        await context.addCookies(cookies);
        const page = context.pages()[0] ?? (await context.newPage());
        const cdp = await context.newCDPSession(page);
        const network = recordNetwork(cdp);
        await network.enable();
        await page.goto(`${server.url}/e/${DEMO_SLUG}`);
        await waitForAgendaMark(page, 60_000, "agenda-live");
        await network.idle(IDLE_MS);
        const responses = network.responses.filter((r) => r.status === 200);
        const cached = responses.filter((r) => (isJs(r) || isCss(r)) && r.fromCache);
        if (cached.length > 0) {
          throw new Error(`served from a cache on a fresh profile: ${list(cached)}`);
        }
        const js = responses.filter(isJs);
        const css = responses.filter(isCss);
        if (js.length === 0) throw new Error("no JavaScript response recorded");
        ctx.log(`attendee-first-load-js: ${js.length} scripts, ${css.length} stylesheets`);
        return [
          {
            name: "attendee-first-load-js",
            value: round(kib(sum(js)), 1),
            unit: "KiB",
            budget: { max: 60 },
            runs: 1,
            note: `fresh profile signed in, /e/${DEMO_SLUG} until the network is idle ${IDLE_MS / 1000} s; gzip KiB on the wire: ${list(js)}`,
          },
          {
            name: "attendee-first-load-css",
            value: round(kib(sum(css)), 1),
            unit: "KiB",
            // DESIGN §9 sets no CSS budget; a quarter of the JS budget stands in.
            budget: { max: 15 },
            runs: 1,
            note: `same load; gzip KiB on the wire: ${list(css)}; no budget in DESIGN §9 (15 KiB stands in)`,
          },
        ];
      } finally {
        await context.close();
      }
    } finally {
      await server?.stop();
    }
  },
};

export default benchmark;
