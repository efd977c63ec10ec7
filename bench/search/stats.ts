/** Runs `fn` over `inputs` (after one warm-up pass) and returns p50 and p99 in milliseconds. */
export function percentiles<T>(
  inputs: T[],
  fn: (input: T) => unknown,
  rounds = 1,
): { p50: number; p99: number } {
  for (const input of inputs) fn(input);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const t0 = performance.now();
      fn(input);
      samples.push(performance.now() - t0);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

export const ms = (x: number) => (x < 0.1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));
