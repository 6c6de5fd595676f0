import { firstLoad, kib } from "../lib/dist.ts";
import { round } from "../lib/stats.ts";
import type { Benchmark } from "../lib/types.ts";

/**
 * Gzip size of the JS and CSS the attendee's first screen needs: what dist/index.html
 * loads (scripts, module preloads, stylesheets) and everything those import statically.
 * Dynamic imports (e.g. workbox-window, loaded after the first render) are not counted.
 */
const benchmark: Benchmark = {
  name: "attendee-first-load-js",
  figures: ["attendee-first-load-js"],
  defaultRuns: 1,
  needsBuild: true,
  async run(ctx) {
    const { files, lazy } = firstLoad(ctx.distDir);
    const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
    const list = files.map((f) => `${f.path} ${round(kib(f.gzip), 1)}`).join(", ");
    return [
      {
        name: "attendee-first-load-js",
        value: round(kib(gzip), 1),
        unit: "KiB",
        budget: { max: 60 },
        runs: 1,
        note: `gzip KiB: ${list}; not counted (loaded lazily): ${lazy.join(", ") || "none"}`,
      },
    ];
  },
};

export default benchmark;
