import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, jsonRequest, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(() => {
  t = createTestApp();
});
afterAll(() => t.close());

async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    status,
    type: expect.stringMatching(/^https:\/\//),
    title: expect.any(String),
  });
  expect(body.detail).toEqual(expect.any(String));
  expect(body.requestId).toBe(res.headers.get('x-request-id'));
  expect(JSON.stringify(body)).not.toMatch(/at .+\.ts:\d+/);
  return body;
}

describe('errors are problem+json', () => {
  it('answers 404 for an unknown route', async () => {
    const body = await expectProblem(await t.app.request('/v1/nothing-here'), 404);
    expect(body.detail).toContain('/v1/nothing-here');
  });

  it('answers 405 with Allow for a wrong method on a known path', async () => {
    const res = await t.app.request('/health', { method: 'DELETE' });
    await expectProblem(res, 405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    const login = await t.app.request('/v1/auth/login', { method: 'GET' });
    await expectProblem(login, 405);
    expect(login.headers.get('allow')).toBe('POST');
  });

  it('answers 404 to a trailing slash on every route, for every method, naming the path without it', async () => {
    // A parameter that takes the rest of the path (`:file{.+}`) has no trailing slash to speak of.
    const routes = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && !r.path.includes('{.+}'))
        .map((r) => `${r.method} ${r.path.replace(/:[^/]+/g, 'x')}`),
    );
    expect(routes.size).toBeGreaterThan(10);
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string];
      const res = await t.app.request(`${path}/?page=2`, { method });
      const body = await expectProblem(res, 404);
      expect(res.headers.get('allow'), `${route}/`).toBeNull();
      expect(body.detail).toContain(`(${path})`);
    }
    const health = await expectProblem(await t.app.request('/health/'), 404);
    expect(health.detail).toBe('No resource at /health/: paths take no trailing slash (/health).');
  });

  it('answers 400 for a malformed JSON body', async () => {
    const res = await t.app.request('/v1/auth/login', {
      method: 'POST',
      body: '{"email": "a@b.fr", ',
      headers: { 'content-type': 'application/json' },
    });
    const body = await expectProblem(res, 400);
    expect(String(body.detail)).toMatch(/JSON/i);
  });

  it('answers 400 listing every invalid field', async () => {
    const res = await t.app.request(
      '/v1/auth/login',
      jsonRequest('POST', { email: 'not-an-email', password: '' }),
    );
    const body = await expectProblem(res, 400);
    const paths = (body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['email', 'password']);
  });

  it('answers 413 for an oversized body, before parsing it', async () => {
    const big = JSON.stringify({ email: 'a@b.fr', password: 'x'.repeat(20 * 1024) });
    const res = await t.app.request('/v1/auth/login', {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
    });
    await expectProblem(res, 413);
  });

  it('answers 500 without a stack trace when a handler crashes', async () => {
    const broken = createTestApp();
    broken.db.close(); // every query now throws inside the handler
    const res = await broken.app.request('/health');
    const body = await expectProblem(res, 500);
    expect(String(body.detail)).not.toMatch(/database|sqlite|Error:/i);
    broken.close();
  });
});

describe('a JSON route sent something else', () => {
  const json = '{"email":"a@b.fr","password":"x"}';
  const cases: [string, RequestInit][] = [
    [
      'a form (curl -d)',
      {
        method: 'POST',
        body: 'email=a@b.fr&password=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
    ],
    ['text/plain', { method: 'POST', body: json, headers: { 'content-type': 'text/plain' } }],
    ['no Content-Type', { method: 'POST', body: new TextEncoder().encode(json) }],
    ['no Content-Type and no body', { method: 'POST' }],
    [
      'two Content-Type headers',
      {
        method: 'POST',
        body: json,
        headers: [
          ['content-type', 'application/json'],
          ['content-type', 'text/plain'],
        ],
      },
    ],
  ];

  for (const path of ['/v1/auth/login', '/v1/diagnostic/resolve']) {
    it.each(cases)(`answers 415 on ${path} for %s`, async (_, init) => {
      const body = await expectProblem(await t.app.request(path, init), 415);
      expect(body.type).toMatch(/unsupported-media-type$/);
      expect(body.detail).toBe('Send application/json.');
    });
  }

  it('still takes application/json with a charset', async () => {
    const res = await t.app.request('/v1/auth/login', {
      method: 'POST',
      body: json,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(res.status).toBe(401);
  });

  it('logs the caller’s mistake as a client error, without a stack', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const logged = createTestApp({ logger });
    await logged.app.request('/v1/auth/login', {
      method: 'POST',
      body: json,
      headers: { 'content-type': 'text/plain' },
    });
    logged.close();
    const messages = lines.map((l) => l.msg);
    expect(messages).toContain('client error');
    expect(messages).not.toContain('unhandled error');
    const entry = lines.find((l) => l.msg === 'client error');
    expect(entry).toMatchObject({ level: 30, status: 415, code: 'unsupported_media_type' });
    expect(JSON.stringify(lines)).not.toContain('stack');
  });
});

describe('request ids and headers', () => {
  it('keeps a sane incoming request id and replaces an unsafe one', async () => {
    const kept = await t.app.request('/health', { headers: { 'x-request-id': 'portal-12345678' } });
    expect(kept.headers.get('x-request-id')).toBe('portal-12345678');
    const replaced = await t.app.request('/health', { headers: { 'x-request-id': 'bad id <script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends strict security headers', async () => {
    const res = await t.app.request('/health');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});
