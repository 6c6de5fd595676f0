import { join } from "node:path";
import { build } from "vite";
import { launchChromium } from "../../harness/chromium.ts";
import { repoRoot } from "../../harness/server.ts";
import { largeDoorPack, largePack } from "../lib/largePack.ts";
import { describeSamples, median, round } from "../lib/stats.ts";
import type { Benchmark } from "../lib/types.ts";
import type { PackImportRun } from "../pages/pack-import.ts";

const FULL = { sessions: 200, materials: 300, materialBytes: 5_000, attendees: 3_000 };
const TINY = { sessions: 3, materials: 4, materialBytes: 500, attendees: 3 };

/** A made-up origin the bench page is served on by request interception (no server). */
const ORIGIN = "http://pack-bench.localhost";

/** Bundles test/bench/pages/pack-import.ts (the app's AppDb and applyPack) with Vite. */
async function buildBenchPage(): Promise<Map<string, string>> {
  const output = await build({
    configFile: false,
    root: repoRoot,
    mode: "production",
    logLevel: "warn",
    publicDir: false,
    build: {
      write: false,
      target: "es2022",
      modulePreload: false,
      rolldownOptions: {
        input: join(import.meta.dirname, "../pages/pack-import.ts"),
        output: { entryFileNames: "pack-import.js", chunkFileNames: "[name]-[hash].js" },
      },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (!result || !("output" in result)) throw new Error("vite build gave no output");
  const files = new Map<string, string>();
  for (const file of result.output) {
    files.set(`/${file.fileName}`, file.type === "chunk" ? file.code : String(file.source));
  }
  files.set(
    "/",
    '<!doctype html><meta charset="utf-8"><script type="module" src="/pack-import.js"></script>',
  );
  return files;
}

/**
 * Import of a large event pack into IndexedDB, in headless Chromium (no CPU throttling),
 * through the app's own code: a page bundling src/app/db/db.ts and applyPack is given the
 * pack's JSON text (200 sessions, 300 materials of ~5 KB Vietnamese Markdown), and each
 * run times JSON.parse + applyPack into a new empty database, as a first pull does after
 * the download, then stores a door pack of 3,000 attendees (the staff variant: what a door
 * phone keeps to verify tickets offline).
 */
const benchmark: Benchmark = {
  name: "pack-import",
  figures: ["pack-import"],
  defaultRuns: 5,
  needsBuild: false,
  async run(ctx) {
    const size = ctx.tiny ? TINY : FULL;
    const text = JSON.stringify(largePack(size));
    const doorText = JSON.stringify(largeDoorPack(size.attendees));
    const files = await buildBenchPage();
    const context = await launchChromium();
    try {
      await context.route(`${ORIGIN}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        const body = files.get(path);
        if (body === undefined) return route.fulfill({ status: 404, body: "not found" });
        const contentType = path.endsWith(".js") ? "text/javascript" : "text/html";
        return route.fulfill({ status: 200, contentType: `${contentType}; charset=utf-8`, body });
      });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${ORIGIN}/`);
      await page.waitForFunction(() => "packBench" in window);
      await page.evaluate(([t, d]) => window.packBench.load(t, d), [text, doorText] as const);
      const samples: number[] = [];
      for (let i = 0; i < ctx.runs; i++) {
        const run: PackImportRun = await page.evaluate(
          (name) => window.packBench.run(name),
          `bench-${i}`,
        );
        if (
          run.sessions !== size.sessions ||
          run.materials !== size.materials ||
          run.attendees !== size.attendees
        ) {
          throw new Error(
            `imported ${run.sessions} sessions, ${run.materials} materials and ${run.attendees} attendees, expected ${size.sessions}, ${size.materials} and ${size.attendees}`,
          );
        }
        samples.push(run.ms);
        ctx.log(`pack-import: run ${i + 1}/${ctx.runs}: ${round(run.ms)} ms`);
      }
      return [
        {
          name: "pack-import",
          value: round(median(samples)),
          unit: "ms",
          budget: { max: 1500 },
          runs: ctx.runs,
          samples,
          note: `${size.sessions} sessions, ${size.materials} materials, door pack of ${size.attendees} attendees, pack ${round(Buffer.byteLength(text) / 1024 / 1024, 2)} MiB JSON; ${describeSamples(samples, "ms")}`,
        },
      ];
    } finally {
      await context.close();
    }
  },
};

export default benchmark;
