// Small statistics for the figures: percentiles by nearest rank, rounding for the tables.
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round = (x: number, digits = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
}

/** One measured figure beside its baseline, measured in the same run on the same data. */
export interface Figure {
  db: "pglite" | "postgres";
  claims: number;
  /** Stable key, e.g. "search.p95". */
  key: string;
  label: string;
  unit: string;
  value: number;
  baselineLabel?: string;
  baseline?: number;
  /** value ÷ baseline, or baseline ÷ value for rates (so that > 1 always means slower than the baseline). */
  ratio?: number;
  goal?: string;
  met?: boolean;
  date: string;
}
