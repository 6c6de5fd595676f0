/** A budget: the figure must stay at or below `max`, or at or above `min`. */
export type Budget = { max: number } | { min: number };

/** One measured figure, as a benchmark returns it. */
export interface Figure {
  /** The name in bench-results.json (DESIGN §9), e.g. "offline-cold-start". */
  name: string;
  /** The quoted value: the median of the samples for repeated measures. */
  value: number;
  unit: string;
  budget: Budget;
  /** How many measurements the value summarises. */
  runs: number;
  /** Every measurement, in order (one for sizes). */
  samples?: number[];
  /** The same measure of the floor (e.g. a static page), taken in the same run. */
  baseline?: { value: number; label: string; samples?: number[] };
  /** Extra detail for the table's notes (what was counted, p95…). */
  note?: string;
}

/** A benchmark that measured nothing, and why (e.g. the screens do not exist yet). */
export interface Skip {
  name: string;
  skipped: string;
}

export interface BenchContext {
  /** Measurements to take for repeated benchmarks: `--runs N`, else the benchmark's default. */
  runs: number;
  /** The build to measure and serve (a fresh build by default; dist/ in the smoke test). */
  distDir: string;
  /** Smoke mode (npm test): the smallest input that still goes through every step. */
  tiny: boolean;
  /** Options after the names on the command line (`--images DIR` → { images: "DIR" }). */
  options: Record<string, string | boolean>;
  /** Progress lines (stderr in the CLI, so the table stays clean). */
  log: (line: string) => void;
}

/** One file in test/bench/benchmarks/ default-exports one of these. */
export interface Benchmark {
  /** The name given on the command line: `npm run bench -- <name>`. */
  name: string;
  /** The figures it produces; any of these names also selects it on the command line. */
  figures: string[];
  /** Measurements when `--runs` is not given (1 for static sizes). */
  defaultRuns: number;
  /** True when it reads or serves the built app (`ctx.distDir`; the runner builds it first). */
  needsBuild: boolean;
  run: (ctx: BenchContext) => Promise<Array<Figure | Skip>>;
}

/** An entry of bench-results.json (DESIGN §9). */
export interface ResultEntry {
  name: string;
  value: number;
  unit: string;
  budget: number;
  pass: boolean;
  ratio?: number;
  baseline?: number;
  runs: number;
}
