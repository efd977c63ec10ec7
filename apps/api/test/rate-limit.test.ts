import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, jsonRequest, type TestApp } from './support/test-app.ts';

const apps: TestApp[] = [];
afterEach(() => {
  for (const t of apps.splice(0)) t.close();
});

function limitedApp(perMinute: number) {
  const t = createTestApp();
  t.deps.config.searchRateLimitPerMinute = perMinute;
  apps.push(t);
  return t;
}

describe('rate-limit headers', () => {
  it('keeps RateLimit-* and Retry-After on the 429 problem', async () => {
    const t = limitedApp(2);
    const statuses = [];
    let last: Response | undefined;
    for (let i = 0; i < 3; i++) {
      last = await t.app.request('/v1/geo/resolve?q=lyon');
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(last?.headers.get('content-type')).toBe('application/problem+json');
    expect(last?.headers.get('ratelimit-limit')).toBe('2');
    expect(last?.headers.get('ratelimit-remaining')).toBe('0');
    const reset = Number(last?.headers.get('ratelimit-reset'));
    expect(reset).toBeGreaterThan(0);
    expect(reset).toBeLessThanOrEqual(60);
    expect(last?.headers.get('retry-after')).toBe(String(reset));
  });

  it('keeps them on the login route’s 429 too', async () => {
    const t = limitedApp(1000);
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) {
      last = await t.app.request('/v1/auth/login', jsonRequest('POST', { email: 'x@y.fr', password: 'z' }));
    }
    expect(last?.status).toBe(429);
    expect(last?.headers.get('ratelimit-limit')).toBe('10');
    expect(last?.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('counts down on successes and on errors answered after the limiter', async () => {
    const t = limitedApp(5);
    const ok = await t.app.request('/v1/geo/resolve?q=lyon');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('ratelimit-remaining')).toBe('4');
    const invalid = await t.app.request('/v1/geo/resolve?q=lyon&limit=0x10');
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('ratelimit-remaining')).toBe('3');
    const missing = await t.app.request('/v1/providers/nobody-here');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('ratelimit-limit')).toBe('5');
  });
});
