// Summaries of repeated measurements and the table printed at the end of a run.

export interface Metric {
  metric: string;
  unit: string;
  samples: number[];
  median: number;
  min: number;
  max: number;
  /** For build times: the median of each round's time over the floor's in that round (medianRatio). */
  ratioToFloor?: number;
  /** The same over the peer's (plain Eleventy + Pagefind CLI). */
  ratioToPeer?: number;
  note?: string;
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);

export function summarize(metric: string, unit: string, samples: readonly number[], note?: string): Metric {
  const sorted = ascending(samples);
  return { metric, unit, samples: [...samples], median: median(sorted), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, ...(note ? { note } : {}) };
}

/**
 * The median of the ratios of samples taken side by side (`samples[i]` over `yardstick[i]`):
 * each pair is measured in one round, minutes apart, where a ratio of medians would compare
 * the slowest of one series with the fastest of another as the machine drifts.
 */
export function medianRatio(samples: readonly number[], yardstick: readonly number[]): number {
  const pairs = Math.min(samples.length, yardstick.length);
  return median(ascending(Array.from({ length: pairs }, (_, i) => samples[i]! / yardstick[i]!)));
}

function format(value: number, unit: string): string {
  if (Number.isNaN(value)) return "n/a";
  if (unit === "s") return `${value.toFixed(2)} s`;
  if (unit === "ms") return `${Math.round(value)} ms`;
  if (unit === "MB") return `${value.toFixed(1)} MB`;
  if (unit === "KB") return `${value.toFixed(1)} KB`;
  return `${value} ${unit}`;
}

/** A ratio to a yardstick; nothing when either side was not measured. */
const ratio = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "" : `${value.toFixed(2)}×`);

export function table(metrics: readonly Metric[]): string {
  const rows = [
    ["metric", "median", "min–max", "× floor", "× peer"],
    ...metrics.map((m) => [
      m.metric,
      format(m.median, m.unit),
      m.samples.length > 1 ? `${format(m.min, m.unit)} – ${format(m.max, m.unit)}` : "",
      ratio(m.ratioToFloor),
      ratio(m.ratioToPeer),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd();
  return [line(rows[0]!), widths.map((width) => "-".repeat(width)).join("  "), ...rows.slice(1).map(line)].join("\n");
}
