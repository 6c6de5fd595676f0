import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { removeDirectory, trackDirectory } from "../../harness/cleanup.ts";
import { repoRoot } from "../../harness/server.ts";
import { repoDist } from "./dist.ts";
import { settle } from "./settle.ts";
import type { BenchContext, Benchmark, Figure, Skip } from "./types.ts";

const benchmarksDir = join(import.meta.dirname, "../benchmarks");

/** Every file of test/bench/benchmarks/ (adding a benchmark is adding a file there). */
export async function loadBenchmarks(): Promise<Benchmark[]> {
  const files = readdirSync(benchmarksDir).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f));
  const benchmarks: Benchmark[] = [];
  for (const file of files.sort()) {
    const module = (await import(pathToFileURL(join(benchmarksDir, file)).href)) as {
      default?: Benchmark;
    };
    const b = module.default;
    if (!b || typeof b.run !== "function") {
      throw new Error(`test/bench/benchmarks/${file} does not default-export a benchmark`);
    }
    benchmarks.push(b);
  }
  return benchmarks;
}

/** The benchmarks named (by benchmark or figure name), all of them for no names. */
export function selectBenchmarks(all: Benchmark[], names: string[]): Benchmark[] {
  if (names.length === 0) return all;
  const unknown = names.filter((n) => !all.some((b) => b.name === n || b.figures.includes(n)));
  if (unknown.length > 0) {
    const known = all.map((b) => [b.name, ...b.figures.filter((f) => f !== b.name)].join(" / "));
    throw new Error(`unknown benchmark ${unknown.join(", ")}; known: ${known.join(", ")}`);
  }
  return all.filter((b) => names.includes(b.name) || b.figures.some((f) => names.includes(f)));
}

/**
 * Builds the app as `npm run build` does, but into a new temporary directory, so that the
 * figures are of the current source and dist/ (which tests may be serving) is left alone.
 */
export function buildApp(log: (line: string) => void): string {
  const outDir = mkdtempSync(join(tmpdir(), "th-bench-dist-"));
  // Removed when this process exits, if nobody did before (an interrupted run).
  trackDirectory(outDir);
  log(`building the app into ${outDir}`);
  const vite = join(repoRoot, "node_modules/vite/bin/vite.js");
  const result = spawnSync(
    process.execPath,
    // The manifest (dist/.vite/manifest.json, not precached) maps chunks to their source.
    [vite, "build", "--outDir", outDir, "--emptyOutDir", "--manifest", "--logLevel", "warn"],
    {
      cwd: repoRoot,
      // Under vitest NODE_ENV is "test", which would build without the service worker's
      // registration (import.meta.env.PROD false): build as `npm run build` does.
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    },
  );
  if (result.status !== 0) {
    throw new Error(`vite build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return outDir;
}

/** What one benchmark gave: its figures and skips, or the error it crashed with. */
export interface Outcome {
  benchmark: string;
  figures: Figure[];
  skips: Skip[];
  error?: Error;
  seconds: number;
}

export interface RunOptions {
  /** Benchmark or figure names; all when empty. */
  names: string[];
  /** `--runs N` for repeated benchmarks (smoke: 1). */
  runs?: number;
  /** Smoke mode: tiny inputs. */
  tiny?: boolean;
  /** A build to measure instead of building a fresh one. */
  distDir?: string;
  options?: Record<string, string | boolean>;
  log?: (line: string) => void;
}

/**
 * Runs the selected benchmarks one after the other (they share two cores), each once the
 * CPU has gone quiet after the last (settle.ts), catching each one's crash so the others
 * still run. The CLI and the smoke test both come through here.
 */
export async function runBenchmarks(options: RunOptions): Promise<Outcome[]> {
  const log = options.log ?? (() => {});
  const selected = selectBenchmarks(await loadBenchmarks(), options.names);
  const needsBuild = selected.some((b) => b.needsBuild);
  const built = !options.distDir && needsBuild ? buildApp(log) : undefined;
  const distDir = options.distDir ?? built ?? repoDist;
  const outcomes: Outcome[] = [];
  for (const benchmark of selected) {
    const ctx: BenchContext = {
      // `--runs` is for repeated measures; a size is read once.
      runs:
        benchmark.defaultRuns > 1
          ? (options.runs ?? (options.tiny ? 1 : benchmark.defaultRuns))
          : 1,
      tiny: options.tiny ?? false,
      distDir,
      options: options.options ?? {},
      log,
    };
    // The smoke test (tiny) checks that figures come out, not what they are: no wait.
    const busy = ctx.tiny ? null : await settle();
    log(
      `${benchmark.name}: ${ctx.runs} run${ctx.runs === 1 ? "" : "s"}${ctx.tiny ? " (tiny input)" : ""}${busy === null ? "" : `, CPU ${Math.round(busy * 100)}% busy at the start`}`,
    );
    const started = performance.now();
    const outcome: Outcome = { benchmark: benchmark.name, figures: [], skips: [], seconds: 0 };
    try {
      for (const result of await benchmark.run(ctx)) {
        if ("skipped" in result) outcome.skips.push(result);
        else outcome.figures.push(result);
      }
    } catch (error) {
      outcome.error = error instanceof Error ? error : new Error(String(error));
      log(`${benchmark.name}: CRASHED: ${outcome.error.stack ?? outcome.error.message}`);
    }
    outcome.seconds = (performance.now() - started) / 1000;
    outcomes.push(outcome);
  }
  if (built) removeDirectory(built);
  return outcomes;
}
