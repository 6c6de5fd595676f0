import { dynamicEntries, kib, lazyCodeOf, precacheManifest, readBuiltFile } from "../lib/dist.ts";
import { staffRouteModules } from "../lib/staffRoutes.ts";
import { round } from "../lib/stats.ts";
import type { Benchmark } from "../lib/types.ts";

/**
 * What an attendee's phone stores when the service worker installs: the bytes of every
 * distinct URL in the precache manifest inlined into dist/sw.js, read from dist/
 * (uncompressed, as Cache Storage holds them). sw.js itself is not in the precache.
 * The note says how much of it is staff-only code (known from the build manifest).
 */
const benchmark: Benchmark = {
  name: "precache-attendee",
  figures: ["precache-attendee"],
  defaultRuns: 1,
  needsBuild: true,
  async run(ctx) {
    const entries = precacheManifest(ctx.distDir);
    const urls = [...new Set(entries.map((e) => e.url))];
    const files = urls.map((url) => readBuiltFile(url.replace(/^\//, ""), ctx.distDir));
    const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
    const largest = [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
    const sw = readBuiltFile("sw.js", ctx.distDir);
    // The service worker precaches every chunk, the staff screens' too: how much is theirs
    // alone (not shared with an attendee screen), known from the build manifest.
    const staffModules = staffRouteModules();
    const others = dynamicEntries(ctx.distDir).filter((m) => !staffModules.includes(m));
    const shared = new Set(lazyCodeOf(ctx.distDir, others)?.files.map((f) => f.path));
    const staffOnly = new Set(
      lazyCodeOf(ctx.distDir, staffModules)
        ?.files.map((f) => f.path)
        .filter((p) => !shared.has(p)),
    );
    const staff = files.filter((f) => staffOnly.has(f.path)).reduce((sum, f) => sum + f.bytes, 0);
    return [
      {
        name: "precache-attendee",
        value: round(kib(bytes), 1),
        unit: "KiB",
        budget: { max: 1536 },
        runs: 1,
        note:
          `${urls.length} URLs (${entries.length} manifest entries); largest (KiB): ` +
          `${largest.map((f) => `${f.path} ${round(kib(f.bytes), 1)}`).join(", ")}; ` +
          `staff-only chunks ${round(kib(staff), 1)} KiB included; sw.js ${round(kib(sw.bytes), 1)} KiB not counted`,
      },
    ];
  },
};

export default benchmark;
