import { kib, precacheManifest, readBuiltFile, viteManifest } from "../lib/dist.ts";
import { staffRouteModules } from "../lib/staffRoutes.ts";
import { round } from "../lib/stats.ts";
import type { Benchmark } from "../lib/types.ts";

/** The staff strings a staff device loads (Vietnamese first; English only if chosen). */
const STAFF_DICTIONARY = "src/app/i18n/staff.vi.ts";

/**
 * Gzip size of what the staff screens load that an attendee's phone does not hold: from
 * the build manifest, each staff route's chunk (the routes under /staff in App.tsx), its
 * static imports and CSS, their dynamic imports and the staff dictionary, minus every
 * file in the service worker's precache (the attendee's). That is what a staff device
 * downloads on top of the attendee app to have every staff screen; the largest single
 * screen is in the note. DESIGN §9 sets no budget: the attendee's 60 KiB stands in.
 */
const benchmark: Benchmark = {
  name: "staff-js",
  figures: ["staff-js"],
  defaultRuns: 1,
  needsBuild: true,
  async run(ctx) {
    const modules = staffRouteModules();
    if (modules.length === 0) {
      return [
        { name: "staff-js", skipped: "no staff screens yet (no route under /staff in App.tsx)" },
      ];
    }
    const manifest = viteManifest(ctx.distDir);
    if (!manifest) {
      const why =
        "the build has no .vite/manifest.json (run without --dist, or build with --manifest)";
      return [{ name: "staff-js", skipped: why }];
    }
    const keyOf = (source: string) =>
      Object.keys(manifest).find((k) => (manifest[k]!.src ?? k) === source);
    const missing = [...modules, STAFF_DICTIONARY].filter((m) => !keyOf(m));
    if (missing.length > 0) throw new Error(`not in the build manifest: ${missing.join(", ")}`);
    const precached = new Set(precacheManifest(ctx.distDir).map((e) => e.url.replace(/^\//, "")));
    /** Files a set of entries loads (static and dynamic imports, CSS) outside the precache. */
    const loads = (entries: string[]) => {
      const files = new Set<string>();
      const seen = new Set<string>();
      const queue = entries.map((e) => keyOf(e)!);
      while (queue.length > 0) {
        const key = queue.shift()!;
        const chunk = manifest[key];
        if (!chunk || seen.has(key)) continue;
        seen.add(key);
        for (const f of [chunk.file, ...(chunk.css ?? [])]) if (!precached.has(f)) files.add(f);
        queue.push(...(chunk.imports ?? []), ...(chunk.dynamicImports ?? []));
      }
      return [...files].map((f) => readBuiltFile(f, ctx.distDir));
    };
    const gzip = (files: ReturnType<typeof loads>) => files.reduce((n, f) => n + f.gzip, 0);
    const all = loads([...modules, STAFF_DICTIONARY]);
    const perScreen = modules
      .map((m) => ({ m, kib: kib(gzip(loads([m, STAFF_DICTIONARY]))) }))
      .sort((a, b) => b.kib - a.kib);
    const largest = perScreen[0]!;
    return [
      {
        name: "staff-js",
        value: round(kib(gzip(all)), 1),
        unit: "KiB",
        budget: { max: 60 },
        runs: 1,
        note:
          `${all.length} files of ${modules.length} staff screens with the staff dictionary, none in the attendee precache; ` +
          `largest screen: ${largest.m.replace(/^.*\//, "")} ${round(largest.kib, 1)} KiB; ` +
          "no budget in DESIGN §9: 60 KiB (the attendee's) stands in",
      },
    ];
  },
};

export default benchmark;
