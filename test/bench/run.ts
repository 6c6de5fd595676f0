// `npm run bench [-- <name>…] [--runs N] [--dist DIR] [--out FILE]`: runs the benchmarks,
// prints one table, writes bench-results.json (DESIGN §9). Exits non-zero only when a
// benchmark crashes; a figure over its budget is reported in the table, not by the exit code.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { repoRoot } from "../harness/server.ts";
import { parseCommandLine } from "./lib/cli.ts";
import { formatTable, resultEntries } from "./lib/report.ts";
import { loadBenchmarks, runBenchmarks } from "./lib/runner.ts";
import type { ResultEntry } from "./lib/types.ts";

const USAGE = `usage: npm run bench [-- <name>…] [--runs N] [--dist DIR] [--out FILE]

  <name>       a benchmark or figure name (default: all of them)
  --runs N     measurements for the repeated benchmarks (default: each one's own)
  --dist DIR   measure this existing build (e.g. dist) instead of building a fresh one
  --out FILE   where to write the results (default: bench-results.json at the repo root);
               when only some benchmarks run, the other figures in the file are kept
  --tiny       the smoke test's tiny inputs (checks the harness, not the budgets)
Other --key value options (after the names) are handed to the benchmarks.`;

async function main(): Promise<number> {
  const { names: positionals, values } = parseCommandLine(process.argv.slice(2));
  if (values.help) {
    const list = (await loadBenchmarks()).map((b) => `  ${b.name}: ${b.figures.join(", ")}`);
    console.log(`${USAGE}\n\nBenchmarks:\n${list.join("\n")}`);
    return 0;
  }
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1)) {
    console.error(`--runs must be a whole number ≥ 1, not ${String(values.runs)}\n\n${USAGE}`);
    return 2;
  }
  const { runs: _r, dist, out: outArg, tiny, help: _h, ...rest } = values;
  const out = resolve(typeof outArg === "string" ? outArg : join(repoRoot, "bench-results.json"));
  const log = (line: string) =>
    console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

  let outcomes: Awaited<ReturnType<typeof runBenchmarks>>;
  try {
    outcomes = await runBenchmarks({
      names: positionals,
      runs,
      tiny: tiny === true,
      distDir: typeof dist === "string" ? resolve(dist) : undefined,
      options: rest as Record<string, string | boolean>,
      log,
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 2;
  }

  console.log(`\n${formatTable(outcomes)}\n`);
  const previous: ResultEntry[] =
    positionals.length > 0 && existsSync(out)
      ? (JSON.parse(readFileSync(out, "utf8")) as ResultEntry[])
      : [];
  const entries = resultEntries(outcomes, previous);
  writeFileSync(out, `${JSON.stringify(entries, null, 2)}\n`);
  const kept = entries.length - outcomes.reduce((n, o) => n + o.figures.length, 0);
  console.log(`Wrote ${out}${kept > 0 ? ` (${kept} figure(s) kept from the previous run)` : ""}.`);

  const crashed = outcomes.filter((o) => o.error);
  if (crashed.length > 0) {
    console.error(`Crashed: ${crashed.map((o) => o.benchmark).join(", ")}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
