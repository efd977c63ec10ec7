import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppDeps, AppEnv } from '../deps.ts';
import {
  createProxyTrust,
  type ProxyTrust,
  rateLimitKey,
  resolveClientAddress,
} from '../lib/client-address.ts';
import { DomainError } from '../lib/problem.ts';
import { createRateLimiter, type RateLimiter } from '../lib/rate-limit.ts';

type AppLimits = { trust: ProxyTrust; limiters: Map<string, RateLimiter> };

// Counters belong to one app instance (keyed by its deps), so two apps in one process never share them.
const perApp = new WeakMap<AppDeps, AppLimits>();

function limitsOf(deps: AppDeps): AppLimits {
  let limits = perApp.get(deps);
  if (!limits) {
    limits = { trust: createProxyTrust(deps.config.trustedProxies), limiters: new Map() };
    perApp.set(deps, limits);
  }
  return limits;
}

/** The caller's address, believing `X-Forwarded-For` only as far as trusted proxies vouch for it. */
export function clientAddress(c: Context<AppEnv>): string | undefined {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {} // no socket under app.request()
  return resolveClientAddress(peer, c.req.header('x-forwarded-for'), limitsOf(c.var.deps).trust);
}

/**
 * Limits requests per client (an IPv4 address or an IPv6 /64) and `scope`. Every answer carries
 * `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds); a 429 also carries
 * `Retry-After`.
 */
export function rateLimit(
  scope: string,
  options: { limit: number | ((deps: AppDeps) => number); windowMs: number },
) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const deps = c.var.deps;
    const { limiters } = limitsOf(deps);
    const limit = typeof options.limit === 'function' ? options.limit(deps) : options.limit;
    let limiter = limiters.get(scope);
    if (!limiter) {
      limiter = createRateLimiter({ limit, windowMs: options.windowMs, now: () => deps.now().getTime() });
      limiters.set(scope, limiter);
    }
    const result = limiter.hit(rateLimitKey(clientAddress(c)));
    const reset = String(Math.ceil(result.resetInMs / 1000));
    const headers = {
      'ratelimit-limit': String(limit),
      'ratelimit-remaining': String(result.remaining),
      'ratelimit-reset': reset,
    };
    if (!result.allowed) {
      // onError builds the 429 from the error alone, so the headers travel with it.
      throw new DomainError('rate_limited', 'Too many attempts; wait before trying again.', {
        headers: { ...headers, 'retry-after': reset },
      });
    }
    await next();
    // On the final response, whoever built it: the handler, a validation hook or onError.
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  });
}
