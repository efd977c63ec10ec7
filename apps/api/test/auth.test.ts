import { auditLog, seedDemo } from '@vigie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/lib/password.ts';
import { createTestApp, jsonRequest, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(() => {
  t = createTestApp();
  seedDemo(t.db.db, { hashPassword });
});
afterAll(() => t.close());

const admin = { email: 'admin@vigie.test', password: 'vigie-admin-demo' };

async function login(body: unknown, headers: Record<string, string> = {}) {
  return t.app.request('/v1/auth/login', jsonRequest('POST', body, headers));
}

describe('sign in', () => {
  it('opens a session and /v1/me returns the user', async () => {
    const res = await login({ ...admin, email: 'Admin@Vigie.test' });
    expect(res.status).toBe(200);
    const session = (await res.json()) as { token: string; user: { email: string; roles: string[] } };
    expect(session.token).toMatch(/^vs_[A-Za-z0-9_-]{40,}$/);
    expect(session.user).toMatchObject({ email: 'admin@vigie.test', roles: ['admin'] });
    const me = await t.app.request('/v1/me', { headers: { authorization: `Bearer ${session.token}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe('admin@vigie.test');
  });

  it('stores only a hash of the token', async () => {
    const { token } = (await (await login(admin)).json()) as { token: string };
    const stored = t.db.sqlite.prepare('select token_hash from sessions').pluck().all() as string[];
    expect(stored).not.toContain(token);
    expect(stored.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
  });

  it('gives the same 401 for a wrong password and an unknown email, and audits both', async () => {
    const wrong = await login({ ...admin, password: 'nope' });
    const unknown = await login({ email: 'ghost@vigie.test', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const a = (await wrong.json()) as { detail: string };
    const b = (await unknown.json()) as { detail: string };
    expect(a.detail).toBe(b.detail);
    const failures = t.db.db
      .select()
      .from(auditLog)
      .all()
      .filter((r) => r.action === 'auth.login_failed');
    expect(failures.length).toBeGreaterThanOrEqual(2);
  });

  it('ends the session on logout', async () => {
    const { token } = (await (await login(admin)).json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    expect((await t.app.request('/v1/auth/logout', { method: 'POST', headers: auth })).status).toBe(204);
    expect((await t.app.request('/v1/me', { headers: auth })).status).toBe(401);
  });
});

describe('sign in security', () => {
  it('rejects /v1/me without a token, with a bad token and with an expired session', async () => {
    expect((await t.app.request('/v1/me')).status).toBe(401);
    const bad = await t.app.request('/v1/me', { headers: { authorization: 'Bearer vs_forged' } });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toContain('Bearer');
    const { token } = (await (await login(admin)).json()) as { token: string };
    const later = createTestApp({ db: t.db, now: () => new Date(Date.now() + 13 * 3600_000) });
    expect(
      (await later.app.request('/v1/me', { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(401);
  });

  it('rate-limits repeated login attempts with 429 and Retry-After', async () => {
    const fresh = createTestApp();
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) {
      last = await fresh.app.request(
        '/v1/auth/login',
        jsonRequest('POST', { email: 'x@y.fr', password: 'z' }),
      );
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    fresh.close();
  });
});
