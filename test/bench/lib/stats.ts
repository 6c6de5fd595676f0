function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error("no samples");
  return [...samples].sort((a, b) => a - b);
}

/** The median (mean of the two middle values for an even count). */
export function median(samples: readonly number[]): number {
  const s = sorted(samples);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The p-th percentile by nearest rank (p95 of 7 samples is the largest). */
export function percentile(samples: readonly number[], p: number): number {
  const s = sorted(samples);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1]!;
}

/** Rounds to a number of decimals, for figures written to JSON. */
export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** "median 412 ms, p95 480 ms, min 390 ms (7 runs)" for the notes under the table. */
export function describeSamples(samples: readonly number[], unit: string): string {
  const fmt = (v: number) => (unit ? `${round(v, 1)} ${unit}` : `${round(v, 1)}`);
  return `median ${fmt(median(samples))}, p95 ${fmt(percentile(samples, 95))}, min ${fmt(
    Math.min(...samples),
  )}, max ${fmt(Math.max(...samples))} (${samples.length} runs)`;
}
