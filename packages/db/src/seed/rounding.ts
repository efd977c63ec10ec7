/** Rounds to `decimals` places; shared so coordinates and ratings round the same way. */
export function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
