import { firstLoad, kib, lazyCodeOf } from "../lib/dist.ts";
import { staffRouteModules } from "../lib/staffRoutes.ts";
import { round } from "../lib/stats.ts";
import type { Benchmark } from "../lib/types.ts";

/**
 * Gzip size of the staff screens' own JS and CSS: the chunks App.tsx loads lazily for the
 * routes under /staff (found in App.tsx), their static imports and CSS, minus what the
 * attendee's first screen already loaded. Chunks are told apart by the build manifest
 * (the bench's build has one). DESIGN §9 sets no budget: the attendee's 60 KiB stands in.
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
    const staff = lazyCodeOf(ctx.distDir, modules);
    if (!staff) {
      const why =
        "the build has no .vite/manifest.json (run without --dist, or build with --manifest)";
      return [{ name: "staff-js", skipped: why }];
    }
    if (staff.entries.length !== modules.length) {
      const missing = modules.filter((m) => !staff.entries.includes(m));
      throw new Error(
        `staff routes with no chunk of their own in the build: ${missing.join(", ")}`,
      );
    }
    const gzip = staff.files.reduce((sum, f) => sum + f.gzip, 0);
    const first = firstLoad(ctx.distDir).files.reduce((sum, f) => sum + f.gzip, 0);
    const list = staff.files.map((f) => `${f.path} ${round(kib(f.gzip), 1)}`).join(", ");
    return [
      {
        name: "staff-js",
        value: round(kib(gzip), 1),
        unit: "KiB",
        budget: { max: 60 },
        runs: 1,
        note:
          `gzip KiB: ${list} (lazy routes: ${staff.entries.map((e) => e.replace(/^.*\//, "")).join(", ")}); ` +
          `all staff screens with the first-load code: ${round(kib(first + gzip), 1)} KiB; ` +
          "no budget in DESIGN §9: 60 KiB (the attendee's) stands in",
      },
    ];
  },
};

export default benchmark;
