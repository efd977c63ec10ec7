import { CATALOGUE_VERSION } from '@vigie/diagnostic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(() => {
  t = createTestApp();
});
afterAll(() => t.close());

describe('GET /health', () => {
  it('reports the catalogue version, the search engine and the database', async () => {
    const res = await t.app.request('/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      status: 'ok',
      service: 'vigie-api',
      version: expect.any(String),
      catalogueVersion: CATALOGUE_VERSION,
      search: { engine: 'embedded', status: 'ok' },
      database: { status: 'ok' },
    });
  });

  it('says degraded when the search engine is degraded', async () => {
    const base = createTestApp();
    const degraded = createTestApp({
      db: base.db,
      search: { ...base.deps.search, engine: 'meilisearch', status: async () => 'degraded' },
    });
    const body = (await (await degraded.app.request('/health')).json()) as {
      status: string;
      search: unknown;
    };
    expect(body.status).toBe('degraded');
    expect(body.search).toEqual({ engine: 'meilisearch', status: 'degraded' });
    base.close();
  });
});

describe('API description', () => {
  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await t.app.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/health',
        '/v1/auth/login',
        '/v1/me',
        '/v1/diagnostic',
        '/v1/diagnostic/resolve',
        '/v1/providers',
        '/v1/providers/{slug}',
        '/v1/geo/resolve',
      ]),
    );
    expect(doc.paths['/v1/auth/login']).toHaveProperty('post');
  });

  it('documents the 415 problem on every operation that reads a JSON body', async () => {
    type Operation = {
      requestBody?: { content?: Record<string, unknown> };
      responses: Record<string, unknown>;
    };
    const doc = (await (await t.app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const jsonOperations = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) => op.requestBody?.content?.['application/json'])
        .map(([method, op]) => ({
          operation: `${method.toUpperCase()} ${path}`,
          has415: '415' in op.responses,
        })),
    );
    expect(jsonOperations.length).toBeGreaterThan(0);
    expect(jsonOperations.filter((o) => !o.has415)).toEqual([]);
  });

  it('serves human docs that load only same-origin assets', async () => {
    const res = await t.app.request('/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/docs/swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg)/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const bundle = await t.app.request('/docs/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
  });
});
