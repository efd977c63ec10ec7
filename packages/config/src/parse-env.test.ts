import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiEnvSchema } from './api-env.ts';
import { EnvError, parseEnv } from './parse-env.ts';
import { portalEnvSchema } from './portal-env.ts';

describe('parseEnv', () => {
  it('gives the documented defaults on an empty environment', () => {
    const env = parseEnv('api', apiEnvSchema, {});
    expect(env.API_PORT).toBe(8787);
    expect(env.API_HOST).toBe('127.0.0.1');
    expect(env.DATABASE_PATH).toBe('./data/vigie.db');
    expect(env.PUBLIC_API_URL).toBe('http://127.0.0.1:8787');
    expect(env.MEILI_HOST).toBeUndefined();
    const portal = parseEnv('portal', portalEnvSchema, {});
    expect(portal.PORTAL_PORT).toBe(3000);
    expect(portal.API_INTERNAL_URL).toBe('http://127.0.0.1:8787');
  });

  it('treats empty strings as unset', () => {
    const env = parseEnv('api', apiEnvSchema, { MEILI_HOST: '', API_PORT: ' ' });
    expect(env.MEILI_HOST).toBeUndefined();
    expect(env.API_PORT).toBe(8787);
  });

  it('reports every problem at once, naming each variable', () => {
    let error: unknown;
    try {
      parseEnv('api', apiEnvSchema, {
        API_PORT: 'eighty',
        MEILI_HOST: 'not a url',
        BODY_LIMIT_BYTES: '-1',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const problems = (error as EnvError).problems.join('\n');
    expect(problems).toMatch(/^API_PORT: must be a number/m);
    expect(problems).toMatch(/^MEILI_HOST: must be an http\(s\) URL/m);
    expect(problems).toMatch(/^BODY_LIMIT_BYTES: /m);
    expect((error as EnvError).message).toContain('api: invalid configuration');
  });

  it('never prints secret values: variables named like secrets, and URLs carrying credentials', () => {
    const schema = z.object({ WEBHOOK_SECRET: z.string().startsWith('whsec_', 'must start with whsec_') });
    expect(() => parseEnv('app', schema, { WEBHOOK_SECRET: 'very_secret_value' })).toThrow(
      /WEBHOOK_SECRET: must start with whsec_ \(got "\*\*\*"\)/,
    );
    try {
      parseEnv('api', apiEnvSchema, { MEILI_HOST: 'ftp://admin:very_secret_value@search.example' });
      expect.unreachable('should have thrown');
    } catch (e) {
      expect((e as Error).message).toMatch(/MEILI_HOST: must be an http\(s\) URL/);
      expect((e as Error).message).not.toContain('very_secret_value');
      expect((e as Error).message).toContain('***');
    }
  });

  it('starts the portal in production on defaults: it keeps no session, so needs no secret', () => {
    const env = parseEnv('portal', portalEnvSchema, { NODE_ENV: 'production' });
    expect(env.NODE_ENV).toBe('production');
    expect(env.API_INTERNAL_URL).toBe('http://127.0.0.1:8787');
  });

  it('trusts loopback proxies by default and reads a list of IPs and CIDR ranges', () => {
    expect(parseEnv('api', apiEnvSchema, {}).TRUSTED_PROXIES).toEqual(['127.0.0.1/8', '::1']);
    const env = parseEnv('api', apiEnvSchema, { TRUSTED_PROXIES: ' 10.0.0.0/8, 2001:db8::/32 ,192.0.2.7,' });
    expect(env.TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '2001:db8::/32', '192.0.2.7']);
  });

  it('names each trusted proxy entry that is not an IP address or CIDR range', () => {
    let error: unknown;
    try {
      parseEnv('api', apiEnvSchema, {
        TRUSTED_PROXIES: '127.0.0.1/8,proxy.local,10.0.0.0/33,::1/129,1.2.3.4/8/8',
      });
    } catch (e) {
      error = e;
    }
    const problems = (error as EnvError).problems.join('\n');
    for (const bad of ['proxy.local', '10.0.0.0/33', '::1/129', '1.2.3.4/8/8']) {
      expect(problems).toContain(`TRUSTED_PROXIES: "${bad}" is not an IP address or CIDR range`);
    }
    expect(problems).not.toContain('"127.0.0.1/8"');
  });

  it('gives the API server deadlines, connection cap and password-check limits their defaults', () => {
    const env = parseEnv('api', apiEnvSchema, { HTTP_REQUEST_TIMEOUT_MS: '1000', SCRYPT_QUEUE_LIMIT: '0' });
    expect(env).toMatchObject({
      HTTP_HEADERS_TIMEOUT_MS: 10_000,
      HTTP_REQUEST_TIMEOUT_MS: 1000,
      HTTP_KEEP_ALIVE_TIMEOUT_MS: 5000,
      HTTP_MAX_CONNECTIONS: 1000,
      SCRYPT_CONCURRENCY: 2,
      SCRYPT_QUEUE_LIMIT: 0,
    });
    expect(() => parseEnv('api', apiEnvSchema, { SCRYPT_CONCURRENCY: '0' })).toThrow(/SCRYPT_CONCURRENCY/);
  });

  it('rejects ports out of range', () => {
    expect(() => parseEnv('api', apiEnvSchema, { API_PORT: '70000' })).toThrow(/API_PORT: must be between/);
  });
});
