// The benchmark harness cannot rot: every benchmark runs once, on its tiny input, through
// the same runner as `npm run bench`, and its figures must have the bench-results.json
// shape (DESIGN §9). No wall-clock time is asserted: budgets are for `npm run bench`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDirectory } from "../harness/cleanup.ts";
import { parseCommandLine } from "./lib/cli.ts";
import { formatTable, resultEntries } from "./lib/report.ts";
import { buildApp, loadBenchmarks, runBenchmarks } from "./lib/runner.ts";
import { median, percentile } from "./lib/stats.ts";
import type { ResultEntry } from "./lib/types.ts";

const benchmarks = await loadBenchmarks();
const ENTRY_KEYS = ["name", "value", "unit", "budget", "pass", "ratio", "baseline", "runs"];

function expectEntryShape(entry: ResultEntry): void {
  expect(Object.keys(entry).every((k) => ENTRY_KEYS.includes(k))).toBe(true);
  expect(entry.name).toMatch(/^[a-z0-9-]+$/);
  expect(Number.isFinite(entry.value)).toBe(true);
  expect(entry.value).toBeGreaterThanOrEqual(0);
  expect(entry.unit).toMatch(/\S/);
  expect(Number.isFinite(entry.budget)).toBe(true);
  expect(typeof entry.pass).toBe("boolean");
  expect(entry.runs).toBe(1);
  // A baseline comes with its ratio, both positive numbers.
  expect("ratio" in entry).toBe("baseline" in entry);
  if (entry.baseline !== undefined) {
    expect(entry.baseline).toBeGreaterThan(0);
    expect(entry.ratio).toBeGreaterThan(0);
  }
}

describe("the bench harness", () => {
  let distDir = "";
  beforeAll(() => {
    distDir = buildApp(() => {});
  });
  afterAll(() => {
    if (distDir) removeDirectory(distDir);
  });

  it("finds every benchmark file, with distinct names and figures", () => {
    expect(benchmarks.map((b) => b.name)).toEqual(
      expect.arrayContaining(["attendee-first-load-js", "offline-cold-start", "pack-import"]),
    );
    const names = benchmarks.flatMap((b) => [b.name, ...b.figures.filter((f) => f !== b.name)]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("takes medians and nearest-rank percentiles", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
  });

  it("reads names and options from the command line", () => {
    expect(
      parseCommandLine(["qr", "--images", "dir", "--runs=3", "--tiny", "pack-import"]),
    ).toEqual({
      names: ["qr", "pack-import"],
      values: { images: "dir", runs: "3", tiny: true },
    });
    expect(parseCommandLine(["--verbose", "--runs", "2"]).values).toEqual({
      verbose: true,
      runs: "2",
    });
  });

  it("rejects an unknown benchmark name", async () => {
    await expect(runBenchmarks({ names: ["no-such-bench"], distDir })).rejects.toThrow(
      /unknown benchmark no-such-bench/,
    );
  });

  for (const benchmark of benchmarks) {
    it(`${benchmark.name}: runs once on a tiny input and reports well-formed figures`, {
      timeout: 300_000,
    }, async () => {
      const log = (line: string) => console.error(`[bench] ${line}`);
      const outcomes = await runBenchmarks({
        names: [benchmark.name],
        runs: 1,
        tiny: true,
        distDir,
        log,
      });
      expect(outcomes.map((o) => o.benchmark)).toEqual([benchmark.name]);
      const [outcome] = outcomes;
      if (outcome!.error) throw outcome!.error;

      // Each declared figure is either measured or skipped with a reason.
      const reported = [...outcome!.figures, ...outcome!.skips].map((f) => f.name);
      expect(reported.sort()).toEqual([...benchmark.figures].sort());
      for (const skip of outcome!.skips) expect(skip.skipped).toMatch(/\S/);
      for (const figure of outcome!.figures) {
        expect(figure.samples?.length ?? 1).toBe(figure.runs);
      }

      const entries = resultEntries(outcomes);
      expect(entries.map((e) => e.name).sort()).toEqual(outcome!.figures.map((f) => f.name).sort());
      for (const entry of entries) expectEntryShape(entry);
      // The cold start is quoted beside its floor, measured in the same run.
      if (benchmark.name === "offline-cold-start") expect(entries[0]?.ratio).toBeGreaterThan(0);
      expect(JSON.parse(JSON.stringify(entries))).toEqual(entries);

      const table = formatTable(outcomes);
      for (const name of reported)
        expect(table).toMatch(new RegExp(`^${name} .*(PASS|OVER|UNDER|SKIP)`, "m"));
    });
  }
});
