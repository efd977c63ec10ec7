import { auditLog, seedDemo } from '@vigie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPasswordHasher,
  type DeriveKey,
  DUMMY_PASSWORD_HASH,
  hashPassword,
  type PasswordHasher,
  scryptAsync,
} from '../src/lib/password.ts';
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

describe('password checks off the event loop', () => {
  /** A key derivation that waits for `release()`, counting how many run at once. */
  function gatedDerive() {
    const gates: (() => void)[] = [];
    const stats = { calls: 0, active: 0, maxActive: 0 };
    const derive: DeriveKey = async (...args) => {
      stats.calls += 1;
      stats.active += 1;
      stats.maxActive = Math.max(stats.maxActive, stats.active);
      await new Promise<void>((resolve) => gates.push(resolve));
      stats.active -= 1;
      return scryptAsync(...args);
    };
    const releaseAll = () => {
      for (const open of gates.splice(0)) open();
    };
    return { derive, stats, gates, releaseAll };
  }

  async function until(condition: () => boolean) {
    for (let i = 0; i < 2000 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
    expect(condition()).toBe(true);
  }

  function appWith(passwords: PasswordHasher) {
    const app = createTestApp({ passwords });
    seedDemo(app.db.db, { hashPassword, providerCount: 0 });
    return app;
  }

  const attempt = (app: TestApp, body: unknown) =>
    app.app.request('/v1/auth/login', jsonRequest('POST', body));

  it('never runs more derivations than the cap, and serves them all', async () => {
    const gated = gatedDerive();
    const passwords = createPasswordHasher({ concurrency: 2, maxQueue: 10, derive: gated.derive });
    const app = appWith(passwords);
    const logins = [
      attempt(app, admin),
      ...Array.from({ length: 5 }, (_, i) => attempt(app, { email: `ghost${i}@vigie.test`, password: 'x' })),
    ];
    await until(() => passwords.load().queued === 4);
    expect(gated.stats.active).toBe(2);
    // Release one at a time: each finished derivation lets exactly one more start.
    while (gated.stats.calls < 6 || gated.gates.length > 0) {
      await until(() => gated.gates.length > 0);
      gated.gates.shift()?.();
      expect(gated.stats.active).toBeLessThanOrEqual(2);
    }
    const statuses = (await Promise.all(logins)).map((r) => r.status);
    expect(statuses).toEqual([200, 401, 401, 401, 401, 401]);
    expect(gated.stats.maxActive).toBe(2);
    expect(gated.stats.calls).toBe(6); // unknown emails cost a derivation too
    app.close();
  });

  it('answers 429 with Retry-After when the queue is full', async () => {
    const gated = gatedDerive();
    const passwords = createPasswordHasher({ concurrency: 1, maxQueue: 1, derive: gated.derive });
    const app = appWith(passwords);
    const running = attempt(app, admin);
    const queued = attempt(app, admin);
    await until(() => passwords.load().active === 1 && passwords.load().queued === 1);
    const refused = await attempt(app, admin);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { type: string }).type).toMatch(/rate-limited$/);
    await until(() => gated.gates.length === 1);
    gated.releaseAll();
    await until(() => gated.gates.length === 1);
    gated.releaseAll();
    expect([(await running).status, (await queued).status]).toEqual([200, 200]);
    app.close();
  });

  it('keeps answering /health while sign-ins are being checked', async () => {
    const gated = gatedDerive();
    const passwords = createPasswordHasher({ concurrency: 2, maxQueue: 10, derive: gated.derive });
    const app = appWith(passwords);
    const logins = [attempt(app, admin), attempt(app, { ...admin, password: 'wrong' }), attempt(app, admin)];
    await until(() => passwords.load().active === 2);
    const health = await app.app.request('/health');
    expect(health.status).toBe(200);
    expect(gated.stats.calls).toBe(2); // the sign-ins are still held
    while (gated.stats.calls < 3 || gated.gates.length > 0) {
      await until(() => gated.gates.length > 0);
      gated.releaseAll();
    }
    expect((await Promise.all(logins)).map((r) => r.status)).toEqual([200, 401, 200]);
    app.close();
  });

  it('verifies with the real scrypt in constant-time comparison, and refuses malformed hashes', async () => {
    const passwords = createPasswordHasher();
    const stored = await passwords.hash('correct horse');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await passwords.verify('correct horse', stored)).toBe(true);
    expect(await passwords.verify('correct horse!', stored)).toBe(false);
    expect(await passwords.verify('correct horse', hashPassword('correct horse'))).toBe(true);
    expect(await passwords.verify('anything', DUMMY_PASSWORD_HASH)).toBe(false);
    for (const bad of ['', 'bcrypt$x', 'scrypt$a$8$1$c2FsdA$aGFzaA', `${stored}$extra`]) {
      expect(await passwords.verify('correct horse', bad), bad).toBe(false);
    }
  });
});
