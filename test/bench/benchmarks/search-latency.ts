import { performance } from "node:perf_hooks";
import { markdownToPlainText } from "../../../src/app/features/search/plainText.ts";
import {
  buildSearchIndex,
  runSearch,
  type SearchDoc,
} from "../../../src/app/features/search/searchIndex.ts";
import { largePack } from "../lib/largePack.ts";
import { describeSamples, median, percentile, round } from "../lib/stats.ts";
import type { Benchmark } from "../lib/types.ts";

const FULL = { sessions: 200, materials: 300, materialBytes: 5_000 };
const TINY = { sessions: 3, materials: 4, materialBytes: 500 };

/** What attendees type, without diacritics, one keystroke at a time. */
const QUERIES = ["nghi quyet 22", "hoi nhap quoc te", "quy che 272", "DANG", "thong tin doi ngoai"];
const keystrokes = QUERIES.flatMap((q) =>
  Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)).filter((s) => s.trim()),
);

/**
 * Search on the device over a large event (200 sessions, 300 materials of ~5 KB): the
 * app's own index (MiniSearch with Vietnamese folding) and query code, timed per keystroke
 * (each prefix of five typical queries, results with highlighted snippets). Runs in Node
 * on this machine; a mid-range phone is several times slower, hence the tight budget.
 */
const benchmark: Benchmark = {
  name: "search-latency",
  figures: ["search-latency"],
  defaultRuns: 5,
  needsBuild: false,
  async run(ctx) {
    const pack = largePack(ctx.tiny ? TINY : FULL);
    const docs: SearchDoc[] = [
      ...pack.sessions.map((s) => ({
        id: `s:${s.id}`,
        kind: "session" as const,
        ref: s.id,
        title: s.title,
        text: [s.description, ...s.speakers.map((p) => `${p.name}, ${p.title}`), s.room].join(
          " · ",
        ),
      })),
      ...pack.materials.map((m) => ({
        id: `m:${m.id}`,
        kind: "material" as const,
        ref: m.id,
        title: m.title,
        text: markdownToPlainText(m.body),
      })),
    ];
    const started = performance.now();
    const index = await buildSearchIndex(docs);
    const buildMs = performance.now() - started;
    // One sample per run (the median keystroke of that run), so that samples match runs;
    // the p95 in the note is over every keystroke of every run.
    const keystrokeMs: number[] = [];
    const samples: number[] = [];
    for (let run = 0; run < ctx.runs; run++) {
      const thisRun: number[] = [];
      for (const query of keystrokes) {
        const t0 = performance.now();
        runSearch(index, query);
        thisRun.push(performance.now() - t0);
      }
      keystrokeMs.push(...thisRun);
      samples.push(median(thisRun));
    }
    ctx.log(`search-latency: index of ${docs.length} items built in ${round(buildMs)} ms`);
    return [
      {
        name: "search-latency",
        value: round(median(samples), 2),
        unit: "ms",
        budget: { max: 20 },
        runs: ctx.runs,
        samples,
        note: `per keystroke over ${docs.length} items: ${describeSamples(keystrokeMs, "ms")}; p95 ${round(
          percentile(keystrokeMs, 95),
          2,
        )} ms; index built in ${round(buildMs)} ms`,
      },
    ];
  },
};

export default benchmark;
