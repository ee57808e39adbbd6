// Order statistics and number formatting for the bench.

/** The median of a list of numbers (the mean of the two middle values for an even count). */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile by nearest rank (p in (0, 100]): with fewer than 100 values, p99 is the largest. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
}

/** Median and p99 of per-call samples. */
export function summarise(samples) {
  return { median: median(samples), p99: percentile(samples, 99), n: samples.length };
}

/** A duration in microseconds, written with a unit that keeps three significant figures or so. */
export function formatMicros(us) {
  if (!Number.isFinite(us)) return '—';
  if (us >= 1e6) return `${(us / 1e6).toFixed(2)} s`;
  if (us >= 1e3) return `${(us / 1e3).toFixed(us >= 1e5 ? 0 : us >= 1e4 ? 1 : 2)} ms`;
  return `${us.toFixed(us >= 100 ? 0 : us >= 10 ? 1 : 2)} µs`;
}

/** A ratio such as 13.5×, or 0.32×. */
export function formatRatio(ratio) {
  if (!Number.isFinite(ratio)) return '—';
  return `${ratio.toFixed(ratio >= 10 ? 1 : 2)}×`;
}

/** A byte count in MB (10^6 bytes). */
export function formatMegabytes(bytes) {
  return Number.isFinite(bytes) ? `${Math.round(bytes / 1e6)} MB` : '—';
}
