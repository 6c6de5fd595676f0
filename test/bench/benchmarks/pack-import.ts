import { launchChromium } from "../../harness/chromium.ts";
import { openBenchPage } from "../lib/benchPage.ts";
import { largeDoorPack, largePack } from "../lib/largePack.ts";
import { describeSamples, median, round } from "../lib/stats.ts";
import type { Benchmark } from "../lib/types.ts";
import type { PackImportRun } from "../pages/pack-import.ts";

const FULL = { sessions: 200, materials: 300, materialBytes: 5_000, attendees: 3_000 };
const TINY = { sessions: 3, materials: 4, materialBytes: 500, attendees: 3 };
const CPU_SLOWDOWN = 4;

/**
 * Import of a large event into IndexedDB, in headless Chromium with the CPU throttled 4×,
 * through the app's own functions: a page bundling src/app/sync/pullPack.ts and
 * src/app/features/staff/staffDevice.repo.ts runs pullPack (a first pull: reading the
 * answer, JSON.parse, applyPack of 200 sessions and 300 materials of ~5 KB Vietnamese
 * Markdown) then saveDoorPack (a door pack of 3,000 attendees), into a new empty database
 * each run; the API's answers are served from memory in the page (no network). Every run
 * counts, the first (cold) one included: median, with p95 and max in the note.
 */
const benchmark: Benchmark = {
  name: "pack-import",
  figures: ["pack-import"],
  defaultRuns: 7,
  needsBuild: false,
  async run(ctx) {
    const size = ctx.tiny ? TINY : FULL;
    const pack = largePack(size);
    const text = JSON.stringify(pack);
    const doorText = JSON.stringify(largeDoorPack(size.attendees));
    const context = await launchChromium();
    try {
      const page = await openBenchPage(context, "pack-import", "packBench");
      const slug = pack.event.slug;
      await page.evaluate(([s, t, d]) => window.packBench.load(s, t, d), [
        slug,
        text,
        doorText,
      ] as const);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
      const samples: number[] = [];
      for (let i = 0; i < ctx.runs; i++) {
        const run: PackImportRun = await page.evaluate(
          ([name, s]) => window.packBench.run(name, s),
          [`bench-${i}`, slug] as const,
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
          note: `pullPack + saveDoorPack, ${CPU_SLOWDOWN}× CPU: ${size.sessions} sessions, ${size.materials} materials, door pack of ${size.attendees} attendees, pack ${round(Buffer.byteLength(text) / 1024 / 1024, 2)} MiB JSON; ${describeSamples(samples, "ms")}, first (cold) run ${round(samples[0]!)} ms`,
        },
      ];
    } finally {
      await context.close();
    }
  },
};

export default benchmark;
