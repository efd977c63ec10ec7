import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppDeps, AppEnv } from '../deps.ts';
import { DomainError } from '../lib/problem.ts';
import { createRateLimiter, type RateLimiter } from '../lib/rate-limit.ts';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;
const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

/**
 * The caller's address, used only as a rate-limit key in memory (never stored). A peer on the
 * loopback interface is a process of this machine — the portal — so its `X-Forwarded-For` (the
 * visitor's address) is believed; from anywhere else that header is ignored.
 */
export function clientAddress(c: Context): string {
  let peer = 'unknown';
  try {
    peer = getConnInfo(c).remote.address ?? 'unknown';
  } catch {}
  if (LOOPBACK.test(peer)) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded && ADDRESS.test(forwarded)) return forwarded;
  }
  return peer;
}

// Counters belong to one app instance (keyed by its deps), so two apps in one process never share them.
const limiters = new WeakMap<AppDeps, Map<string, RateLimiter>>();

/** Limits requests per client address and `scope`; answers 429 problem+json with Retry-After. */
export function rateLimit(
  scope: string,
  options: { limit: number | ((deps: AppDeps) => number); windowMs: number },
) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const deps = c.var.deps;
    let perApp = limiters.get(deps);
    if (!perApp) {
      perApp = new Map<string, RateLimiter>();
      limiters.set(deps, perApp);
    }
    const limit = typeof options.limit === 'function' ? options.limit(deps) : options.limit;
    let limiter = perApp.get(scope);
    if (!limiter) {
      limiter = createRateLimiter({ limit, windowMs: options.windowMs, now: () => deps.now().getTime() });
      perApp.set(scope, limiter);
    }
    const result = limiter.hit(clientAddress(c));
    c.header('ratelimit-limit', String(limit));
    c.header('ratelimit-remaining', String(result.remaining));
    if (!result.allowed) {
      throw new DomainError('rate_limited', 'Too many attempts; wait before trying again.', {
        headers: { 'retry-after': String(Math.ceil(result.resetInMs / 1000)) },
      });
    }
    await next();
  });
}
