import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { chromiumArgs, ensureChromium } from "../../harness/chromium.ts";
import { freePort, type RunningServer, startServer } from "../../harness/server.ts";
import { DEMO_SLUG, signInAsAttendee } from "../lib/attendee.ts";
import { describeSamples, median } from "../lib/stats.ts";
import type { Benchmark } from "../lib/types.ts";

/** Lab metrics quoted beside the performance score (median over the runs, ms). */
const METRICS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  SI: "speed-index",
} as const;

/** Lighthouse's own "good" threshold; DESIGN §9 sets no budget for these scores. */
const GOOD_SCORE = 90;

interface DebuggableChromium {
  port: number;
  close: () => Promise<void>;
}

/** The system Chromium, headless, with a fresh profile and a DevTools port for Lighthouse. */
async function launchDebuggableChromium(): Promise<DebuggableChromium> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), "th-lighthouse-"));
  const child: ChildProcess = spawn(
    ensureChromium(),
    [
      ...chromiumArgs,
      "--headless=new",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "--lang=vi-VN",
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const close = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    // Chromium's helper processes may still be writing to the profile for a moment after
    // the browser process exits (ENOTEMPTY): Node retries the removal for such errors.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { port, close };
    if (child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`Chromium did not open its DevTools port ${port}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Signs the attendee in within that Chromium's own profile, then lets go of it. */
async function signIn(port: number, server: RunningServer): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0]!.newPage();
    await signInAsAttendee(page, server);
    await page.close();
  } finally {
    // Connected over CDP, this disconnects and leaves the browser (and its profile) running.
    await browser.close();
  }
}

/**
 * Lighthouse 12 (Node API, default mobile profile: simulated slow 4G and 4× CPU, mobile
 * screen) on the agenda page /e/demo of a signed-in attendee, with the server running.
 * Chromium is launched here with a DevTools port; the invite link is opened in that same
 * profile first, and Lighthouse keeps the storage (cookie, IndexedDB, service worker).
 * The median of the runs for each score.
 */
const benchmark: Benchmark = {
  name: "lighthouse",
  figures: ["lighthouse-performance", "lighthouse-accessibility"],
  defaultRuns: 3,
  needsBuild: true,
  async run(ctx) {
    let server: RunningServer | undefined;
    let browser: DebuggableChromium | undefined;
    try {
      server = await startServer({ env: { DIST_DIR: ctx.distDir } });
      browser = await launchDebuggableChromium();
      ctx.log("lighthouse: signing in");
      await signIn(browser.port, server);
      const performance: number[] = [];
      const accessibility: number[] = [];
      const metrics = new Map<string, number[]>();
      const warnings = new Set<string>();
      const url = `${server.url}/e/${DEMO_SLUG}`;
      for (let i = 0; i < ctx.runs; i++) {
        const result = await lighthouse(url, {
          port: browser.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          disableStorageReset: true,
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error("Lighthouse returned no result");
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
        if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) {
          throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not the agenda`);
        }
        for (const w of lhr.runWarnings) warnings.add(String(w));
        for (const [label, id] of Object.entries(METRICS)) {
          const value = lhr.audits[id]?.numericValue;
          if (typeof value === "number") metrics.set(label, [...(metrics.get(label) ?? []), value]);
        }
        const perf = lhr.categories.performance?.score;
        const a11y = lhr.categories.accessibility?.score;
        if (typeof perf !== "number" || typeof a11y !== "number") {
          throw new Error("Lighthouse gave no performance or accessibility score");
        }
        performance.push(Math.round(perf * 100));
        accessibility.push(Math.round(a11y * 100));
        ctx.log(
          `lighthouse: run ${i + 1}/${ctx.runs}: performance ${performance.at(-1)}, accessibility ${accessibility.at(-1)}`,
        );
      }
      const lab = [...metrics].map(([k, v]) => `${k} ${Math.round(median(v))} ms`).join(", ");
      const warned = warnings.size > 0 ? `; Lighthouse warned: ${[...warnings].join(" | ")}` : "";
      return [
        {
          name: "lighthouse-performance",
          value: median(performance),
          unit: "score",
          budget: { min: GOOD_SCORE },
          runs: ctx.runs,
          samples: performance,
          note: `mobile profile, /e/${DEMO_SLUG} signed in; ${describeSamples(performance, "")}; ${lab}${warned}`,
        },
        {
          name: "lighthouse-accessibility",
          value: median(accessibility),
          unit: "score",
          budget: { min: GOOD_SCORE },
          runs: ctx.runs,
          samples: accessibility,
          note: `mobile profile, /e/${DEMO_SLUG} signed in; ${describeSamples(accessibility, "")}`,
        },
      ];
    } finally {
      await browser?.close();
      await server?.stop();
    }
  },
};

export default benchmark;
