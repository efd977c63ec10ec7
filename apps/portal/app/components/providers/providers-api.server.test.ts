import type { ProviderSearchResult } from '@vigie/api/client';
import {
  createTestApp,
  fetchFrom,
  seedDemoData,
  startSilentServer,
  type TestApp,
  unreachableUrl,
} from '@vigie/api/testing';
import { catalogue } from '@vigie/diagnostic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProviderProfile, resolvePlaces, searchProviders } from './providers-api.server.ts';
import { parseProviderSearch } from './providers-query.ts';

/*
 * Against the real API (`createApp` over a temporary SQLite file with the demo data), handed
 * each request in process; the failure cases use real servers that refuse or never answer.
 */

let api: TestApp;
const apiUrl = 'http://api.test';
/** Every `METHOD path?query` the API was asked, in order. */
let asked: string[] = [];
const toApi: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  asked.push(`${request.method} ${url.pathname}${url.search}`);
  return fetchFrom(api.app)(request);
};

beforeAll(async () => {
  api = createTestApp();
  await seedDemoData(api);
});
afterAll(() => api?.close());

const searchFor = (query: string) => {
  const search = parseProviderSearch(new URLSearchParams(query));
  return { ...search, near: search.near ?? '' };
};
/** What the API itself answers to `GET /v1/providers?{query}`. */
const apiAnswer = async (query: string) =>
  (await (await api.app.request(`/v1/providers?${query}`)).json()) as ProviderSearchResult;

describe('searchProviders', () => {
  it('asks GET /v1/providers with the search and returns its results, nearest first', async () => {
    asked = [];
    const query = 'near=69001&radius_km=50&label=expertcyber';
    const found = await searchProviders(apiUrl, searchFor(query), { fetch: toApi });
    expect(asked).toEqual([
      'GET /v1/providers?near=69001&radius_km=50&label=expertcyber&remote=false&page=1&page_size=20',
    ]);
    if (!found.ok) throw new Error(`expected results, got ${found.reason}`);
    expect(found.result).toEqual(await apiAnswer(query));
    expect(found.result.total).toBeGreaterThan(0);
    expect(found.result.items.every((item) => item.label === 'expertcyber')).toBe(true);
    const distances = found.result.items.map((item) => item.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(found.result.near).toMatchObject({ label: '69001 Lyon 1er Arrondissement', kind: 'postcode' });
  });

  it('sends every ticked service in catalogue order, and gets only providers offering them all', async () => {
    asked = [];
    const found = await searchProviders(
      apiUrl,
      searchFor('near=75001&radius_km=100&service=forensics&service=malware-removal'),
      { fetch: toApi },
    );
    const sent = new URL(asked[0]!.slice(4), apiUrl).searchParams.getAll('service');
    const order = catalogue.services.map((service) => service.id as string);
    expect(sent).toEqual(
      ['forensics', 'malware-removal'].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    );
    if (!found.ok) throw new Error(`expected results, got ${found.reason}`);
    for (const item of found.result.items) expect(item.services).toEqual(expect.arrayContaining(sent));
  });

  it('searches exactly the commune an "insee:" form names', async () => {
    const found = await searchProviders(apiUrl, searchFor('near=insee:97411'), { fetch: toApi });
    if (!found.ok) throw new Error(`expected results, got ${found.reason}`);
    expect(found.result.near).toMatchObject({ label: 'Saint-Denis (974)', near: 'insee:97411' });
    for (const item of found.result.items) expect(item.location.lat).toBeLessThan(-19);
  });

  it('reports an unknown place (404 problem) as such, with the API’s words', async () => {
    for (const near of ['Atlantide', 'insee:99999']) {
      const found = await searchProviders(apiUrl, searchFor(`near=${near}`), { fetch: toApi });
      expect(found).toEqual({ ok: false, reason: 'unknown-place', detail: expect.stringContaining(near) });
    }
  });

  it('reports a refused request (400 problem) as invalid', async () => {
    const found = await searchProviders(
      apiUrl,
      { ...searchFor('near=69001'), radiusKm: 500 },
      { fetch: toApi },
    );
    expect(found).toEqual({ ok: false, reason: 'invalid', detail: 'Some fields are missing or invalid.' });
  });

  it('tells "slow down" (429) apart from "down"', async () => {
    const limited = createTestApp({ db: api.db, search: api.deps.search });
    limited.deps.config.searchRateLimitPerMinute = 1;
    try {
      const options = { fetch: fetchFrom(limited.app), forwardedFor: '203.0.113.9' };
      expect((await searchProviders(apiUrl, searchFor('near=69001'), options)).ok).toBe(true);
      expect(await searchProviders(apiUrl, searchFor('near=69001'), options)).toEqual({
        ok: false,
        reason: 'busy',
      });
    } finally {
      limited.close();
    }
  });

  it('says "unavailable" when nothing listens, and when something answers that is not the API', async () => {
    const down = await searchProviders(await unreachableUrl(), searchFor('near=69001'));
    expect(down).toEqual({ ok: false, reason: 'unavailable' });
    const gateway = await searchProviders(apiUrl, searchFor('near=69001'), {
      fetch: async () => new Response('<html>Bad gateway</html>', { status: 502 }),
    });
    expect(gateway).toEqual({ ok: false, reason: 'unavailable' });
    const stranger = await searchProviders(apiUrl, searchFor('near=69001'), {
      fetch: async () => Response.json({ items: 'nope' }),
    });
    expect(stranger).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('gives up on an API that never answers', async () => {
    const silent = await startSilentServer();
    try {
      const found = await searchProviders(silent.url, searchFor('near=69001'), { timeoutMs: 300 });
      expect(found).toEqual({ ok: false, reason: 'unavailable' });
    } finally {
      await silent.close();
    }
  });

  it('forwards the request id and the visitor’s address, so both logs can be matched', async () => {
    let headers: Headers | undefined;
    const found = await searchProviders(apiUrl, searchFor('near=69001'), {
      requestId: 'req-123',
      forwardedFor: '198.51.100.4',
      fetch: async (input, init) => {
        headers = new Request(input, init).headers;
        return toApi(input, init);
      },
    });
    expect(found.ok).toBe(true);
    expect(headers?.get('x-request-id')).toBe('req-123');
    expect(headers?.get('x-forwarded-for')).toBe('198.51.100.4');
  });
});

describe('getProviderProfile', () => {
  it('returns the public profile of a listed provider', async () => {
    const [first] = (await apiAnswer('near=69001')).items;
    if (!first) throw new Error('the demo data has no provider around 69001');
    asked = [];
    const found = await getProviderProfile(apiUrl, first.slug, { fetch: toApi });
    expect(asked).toEqual([`GET /v1/providers/${first.slug}`]);
    if (!found.ok) throw new Error(`expected a profile, got ${found.reason}`);
    expect(found.provider).toMatchObject({ slug: first.slug, name: first.name, postcode: first.postcode });
  });

  it('says "not found" for an unknown slug, and never asks for a slug that cannot exist', async () => {
    asked = [];
    for (const slug of ['personne-de-ce-nom', '../admin', 'UPPER']) {
      expect(await getProviderProfile(apiUrl, slug, { fetch: toApi })).toEqual({
        ok: false,
        reason: 'not-found',
      });
    }
    expect(asked).toEqual(['GET /v1/providers/personne-de-ce-nom']);
  });

  it('says "unavailable" when the API cannot be reached', async () => {
    expect(await getProviderProfile(await unreachableUrl(), 'abc')).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });
});

describe('resolvePlaces', () => {
  it('returns the places the API proposes, each with the exact form to search it by', async () => {
    asked = [];
    const places = await resolvePlaces(apiUrl, 'saint-denis', { fetch: toApi, limit: 20 });
    expect(asked).toEqual(['GET /v1/geo/resolve?q=saint-denis&limit=20']);
    expect(places).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'Saint-Denis (93)', near: 'insee:93066' }),
        expect.objectContaining({ label: 'Saint-Denis (974)', near: 'insee:97411' }),
      ]),
    );
  });

  it('returns nothing, without asking, for an empty or overlong query, and nothing on failure', async () => {
    asked = [];
    expect(await resolvePlaces(apiUrl, '  ', { fetch: toApi })).toEqual([]);
    expect(await resolvePlaces(apiUrl, 'x'.repeat(201), { fetch: toApi })).toEqual([]);
    expect(asked).toEqual([]);
    expect(await resolvePlaces(await unreachableUrl(), 'lyon')).toEqual([]);
  });
});
