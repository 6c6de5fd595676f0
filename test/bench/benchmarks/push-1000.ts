import type { BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../../harness/chromium.ts";
import { queueOutboxEntries } from "../../harness/queueOutboxEntries.ts";
import type { RunningServer } from "../../harness/server.ts";
import { startSyncServer } from "../../harness/syncServer.ts";
import { DEMO_SLUG, signInAsAttendee } from "../lib/attendee.ts";
import { describeSamples, median, round } from "../lib/stats.ts";
import type { Benchmark } from "../lib/types.ts";

const ENTRIES = 1000;

/** Clicks "Đồng bộ ngay" and resolves the ms until the outbox is empty (page clock). */
function pushAndTime(page: Page): Promise<{ elapsed: number; network: string[] }> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async () => {
    const button = document.querySelector<HTMLButtonElement>("[data-sync-now]");
    if (!button) throw new Error("no “Đồng bộ ngay” button on /sync");
    // One connection for the polls, opened before the clock starts.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open("tap-huan");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    performance.clearResourceTimings();
    const start = performance.now();
    button.click();
    try {
      for (;;) {
        const left = await new Promise<number>((resolve, reject) => {
          const request = db.transaction("outbox").objectStore("outbox").count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const elapsed = performance.now() - start;
        if (left === 0) {
          // Time spent waiting on the push requests (request start → response end).
          // Where the time went: [sent at, answered at] of each push request, from the click.
          const network = performance
            .getEntriesByType("resource")
            .filter((entry) => entry.name.endsWith("/ops"))
            .map(
              (entry) =>
                `${Math.round(entry.startTime - start)}→${Math.round((entry as PerformanceResourceTiming).responseEnd - start)}`,
            );
          return { elapsed, network };
        }
        if (elapsed > 60_000) throw new Error("the outbox did not empty in 60 s");
        await new Promise((r) => setTimeout(r, 10));
      }
    } finally {
      db.close();
    }
  });
}

/**
 * push-1000 (issue 9): 1,000 entries queued on an attendee's phone are pushed by the app's
 * own engine (two batches of 500, gzip) to a local server (PGlite) with the test-only kind,
 * timed from “Đồng bộ ngay” until the outbox is empty.
 */
const benchmark: Benchmark = {
  name: "push-1000",
  figures: ["push-1000"],
  defaultRuns: 5,
  needsBuild: true,
  async run(ctx) {
    let server: RunningServer | undefined;
    let context: BrowserContext | undefined;
    const samples: number[] = [];
    const requests: string[] = [];
    const entries = ctx.tiny ? 20 : ENTRIES;
    try {
      server = await startSyncServer({ env: { DIST_DIR: ctx.distDir } });
      context = await launchChromium();
      const page = await context.newPage();
      await signInAsAttendee(page, server);
      await page.goto(`${server.url}/sync`);
      await page.waitForSelector("[data-sync-now]");
      // One warm-up push (the server's first batch compiles its statements).
      await queueOutboxEntries(page, 10);
      await pushAndTime(page);
      for (let run = 0; run < ctx.runs; run++) {
        ctx.log(`push-1000: run ${run + 1}/${ctx.runs}`);
        await queueOutboxEntries(page, entries);
        const { elapsed, network } = await pushAndTime(page);
        samples.push(elapsed);
        requests.push(`${network.join(" ")} empty ${Math.round(elapsed)}`);
      }
    } finally {
      await context?.close();
      await server?.stop();
    }
    return [
      {
        name: "push-1000",
        value: round(median(samples)),
        unit: "ms",
        budget: { max: 1000 },
        runs: samples.length,
        samples: samples.map((s) => round(s)),
        note: `${entries} entries of the test-only kind, attendee phone (${DEMO_SLUG}), PGlite; ${describeSamples(samples, "ms")}; push requests (ms from the click: sent→answered) per run: ${requests.join(", ")}`,
      },
    ];
  },
};

export default benchmark;
