import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertProviders, providerRow } from './support/providers.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(() => {
  t = createTestApp();
  insertProviders(t.deps, [providerRow({ slug: 'lyon-centre', lat: 45.7676, lng: 4.8345 })]);
});
afterAll(() => t.close());

const SPELLINGS = ['0x10', '1e1', '0b11', ' 12', '+5', '1.0', '-3', '', '１２'];
const PARAMETERS = [
  ['/v1/providers?near=69001', 'radius_km'],
  ['/v1/providers?near=69001', 'page'],
  ['/v1/providers?near=69001', 'page_size'],
  ['/v1/geo/resolve?q=lyon', 'limit'],
] as const;

describe('whole-number query parameters', () => {
  for (const [base, name] of PARAMETERS) {
    it.each(SPELLINGS)(`refuses ${name}=%j with a problem naming ${name}`, async (value) => {
      const res = await t.app.request(`${base}&${name}=${encodeURIComponent(value)}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const body = (await res.json()) as { errors: { path: string; message: string }[] };
      expect(body.errors).toEqual([
        { path: `query.${name}`, message: 'must be a whole number written with digits' },
      ]);
    });
  }

  it('takes decimal digits and applies the range', async () => {
    const ok = await t.app.request('/v1/providers?near=69001&radius_km=10&page=1&page_size=5');
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { pageSize: number; items: { slug: string }[] };
    expect(body.pageSize).toBe(5);
    expect(body.items.map((i) => i.slug)).toEqual(['lyon-centre']);

    const far = await t.app.request('/v1/providers?near=69001&radius_km=201');
    expect(far.status).toBe(400);
    expect(((await far.json()) as { errors: unknown[] }).errors).toEqual([
      { path: 'query.radius_km', message: 'must be between 1 and 200' },
    ]);
  });

  it('uses the default when the parameter is absent', async () => {
    const res = await t.app.request('/v1/geo/resolve?q=lyon');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { candidates: unknown[] };
    expect(body.candidates.length).toBeLessThanOrEqual(8);
  });

  it('describes them as bounded integers in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters: { name: string; schema: unknown }[] } }>;
    };
    const radius = doc.paths['/v1/providers']?.get.parameters.find((p) => p.name === 'radius_km');
    expect(radius?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 200, default: 30 });
    const limit = doc.paths['/v1/geo/resolve']?.get.parameters.find((p) => p.name === 'limit');
    expect(limit?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 20, default: 8 });
  });
});
