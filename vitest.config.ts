import solid from "vite-plugin-solid";
import { defineConfig } from "vitest/config";

// Three suites with their own environment; `npm test` (scripts/test.mjs) runs them in order.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [solid()],
        test: {
          name: "unit",
          include: [
            "src/shared/**/*.test.ts",
            "src/app/**/*.test.{ts,tsx}",
            "test/harness/**/*.test.ts",
          ],
          environment: "happy-dom",
          setupFiles: ["fake-indexeddb/auto", "test/unit/setup.ts"],
          // Property tests (every bit flip of a ticket, fast-check runs) take ~1 s alone and
          // went past the 5 s default beside another `npm test`: a timeout is not a budget.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Vitest's default is one worker fewer than the cores: one on a 2-core machine,
          // where the 75 files then ran one after another (143 s).
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: "server",
          include: ["src/server/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts", "test/bench/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/e2e/globalSetup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // What the user waits for (a page, a sync) can take seconds on a loaded 2-core
          // machine; polls wait for it rather than assume a speed.
          expect: { poll: { timeout: 30_000, interval: 100 } },
          // Each file starts its own server and browser; two at a time suits 2 cores.
          maxWorkers: 2,
        },
      },
    ],
  },
});
