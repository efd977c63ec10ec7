/** Number helpers for the coverage report, whose figures must be short and stable across builds. */
export const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The `q` quantile of an ascending list, at the nearest index (NaN when empty). */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i]!;
}
