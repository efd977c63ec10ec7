import { createMiddleware } from 'hono/factory';

const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Strict defaults for every response. A route that must differ (the widget frame, the docs page)
 * sets its own Content-Security-Policy and Cross-Origin-Resource-Policy; those are kept.
 */
export const securityHeaders = createMiddleware(async (c, next) => {
  await next();
  const h = c.res.headers;
  const routeHasOwnCsp = h.has('content-security-policy');
  if (!routeHasOwnCsp) {
    h.set('content-security-policy', API_CSP);
    h.set('x-frame-options', 'DENY');
  }
  h.set('x-content-type-options', 'nosniff');
  h.set('referrer-policy', 'no-referrer');
  h.set('strict-transport-security', 'max-age=63072000; includeSubDomains');
  h.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  if (!h.has('cross-origin-resource-policy')) h.set('cross-origin-resource-policy', 'same-site');
  if (!h.has('cross-origin-opener-policy')) h.set('cross-origin-opener-policy', 'same-origin');
  h.delete('x-powered-by');
});
