import type { Outcome } from "./runner.ts";
import { round } from "./stats.ts";
import type { Figure, ResultEntry } from "./types.ts";

/** The figure names of DESIGN §9, in its order: the order of the table and the JSON file. */
export const FIGURE_ORDER = [
  "attendee-first-load-js",
  "attendee-first-load-css",
  "scanner-js",
  "staff-js",
  "precache-attendee",
  "offline-cold-start",
  "offline-cold-start-live",
  "qr-decode-rate",
  "qr-decode-ms",
  "qr-speedup-vs-jsqr",
  "pack-import",
  "push-1000",
  "ingest-pglite",
  "ingest-postgres",
  // DESIGN §9's herd-p99 (the slower database), then one figure per database.
  "herd-p99",
  "herd-p99-pglite",
  "herd-p99-postgres",
  "door-sync-pglite",
  "door-sync-postgres",
  "quiz-sync-pglite",
  "quiz-sync-postgres",
  "scan-verdict-ms",
  "quiz-answer-ms",
  "pack-p99-under-login-burst",
  "search-latency",
  "search-latency-p95",
  "lighthouse-performance",
  "lighthouse-performance-repeat",
  "lighthouse-accessibility",
];

function rank(name: string): number {
  const i = FIGURE_ORDER.indexOf(name);
  return i === -1 ? FIGURE_ORDER.length : i;
}

export function byFigureOrder<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => rank(a.name) - rank(b.name));
}

/** Whether a figure is within its budget. */
export function withinBudget(figure: Figure): boolean {
  return "max" in figure.budget
    ? figure.value <= figure.budget.max
    : figure.value >= figure.budget.min;
}

/** A figure as an entry of bench-results.json (DESIGN §9), keys in the documented order. */
export function toEntry(figure: Figure): ResultEntry {
  const budget = "max" in figure.budget ? figure.budget.max : figure.budget.min;
  const baseline = figure.baseline
    ? { ratio: round(figure.value / figure.baseline.value, 2), baseline: figure.baseline.value }
    : {};
  return {
    name: figure.name,
    value: figure.value,
    unit: figure.unit,
    budget,
    pass: withinBudget(figure),
    ...baseline,
    runs: figure.runs,
  };
}

/** The entries of this run; with `previous`, the figures not measured now are kept from it. */
export function resultEntries(outcomes: Outcome[], previous: ResultEntry[] = []): ResultEntry[] {
  const fresh = outcomes.flatMap((o) => o.figures.map(toEntry));
  const kept = previous.filter((p) => !fresh.some((f) => f.name === p.name));
  return byFigureOrder([...kept, ...fresh]);
}

function pad(cells: string[][]): string[] {
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells.map((row) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join("  ")
      .trimEnd(),
  );
}

const amount = (value: number, unit: string) =>
  unit === "score" ? `${value}` : `${value} ${unit}`;

/** The table `npm run bench` prints, then one note per figure (how it was measured). */
export function formatTable(outcomes: Outcome[]): string {
  type Row = { name: string; cells: string[]; note?: string };
  const rows: Row[] = [];
  for (const outcome of outcomes) {
    for (const f of outcome.figures) {
      const [sign, limit] = "max" in f.budget ? ["≤", f.budget.max] : ["≥", f.budget.min];
      const status = withinBudget(f) ? "PASS" : "max" in f.budget ? "OVER" : "UNDER";
      const ratio = f.baseline
        ? `${round(f.value / f.baseline.value, 2)}× ${f.baseline.label} (${amount(f.baseline.value, f.unit)})`
        : "";
      const cells = [f.name, amount(f.value, f.unit), `${sign} ${amount(limit, f.unit)}`, status];
      rows.push({ name: f.name, cells: [...cells, String(f.runs), ratio], note: f.note });
    }
    for (const s of outcome.skips) {
      rows.push({ name: s.name, cells: [s.name, "n/a", "", "SKIP", "", s.skipped] });
    }
    if (outcome.error) {
      const message = outcome.error.message.split("\n")[0]!;
      rows.push({
        name: outcome.benchmark,
        cells: [outcome.benchmark, "", "", "ERROR", "", message],
      });
    }
  }
  const sorted = byFigureOrder(rows);
  const header = ["figure", "value", "budget", "result", "runs", "ratio to baseline / remark"];
  const lines = pad([header, ...sorted.map((r) => r.cells)]);
  const rule = "─".repeat(Math.max(...lines.map((l) => l.length)));
  const notes = sorted.filter((r) => r.note).map((r) => `  ${r.name}: ${r.note}`);
  return [
    lines[0],
    rule,
    ...lines.slice(1),
    rule,
    ...(notes.length ? ["How measured:", ...notes] : []),
  ].join("\n");
}
