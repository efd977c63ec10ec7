/**
 * Fixed-window counter kept in memory, per key. Enough for one API process; a shared store is
 * needed once the API runs on several machines.
 */
export type RateLimiter = {
  hit: (key: string) => { allowed: boolean; remaining: number; resetInMs: number };
};

export function createRateLimiter(options: {
  limit: number;
  windowMs: number;
  now?: () => number;
}): RateLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { count: number; resetAt: number }>();
  let lastSweep = now();
  return {
    hit(key) {
      const t = now();
      if (t - lastSweep > options.windowMs) {
        for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
        lastSweep = t;
      }
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        w = { count: 0, resetAt: t + options.windowMs };
        windows.set(key, w);
      }
      w.count += 1;
      return {
        allowed: w.count <= options.limit,
        remaining: Math.max(0, options.limit - w.count),
        resetInMs: w.resetAt - t,
      };
    },
  };
}
