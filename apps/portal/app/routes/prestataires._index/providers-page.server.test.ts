import type { ProviderSearchResult } from '@vigie/api/client';
import { createTestApp, fetchFrom, seedDemoData, type TestApp, unreachableUrl } from '@vigie/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProviderSearchPage } from './providers-page.server.ts';

/* The page's loader against the real API, over a temporary database holding the demo data. */

let api: TestApp;
const apiUrl = 'http://api.test';
let asked: string[] = [];

beforeAll(async () => {
  api = createTestApp();
  await seedDemoData(api);
});
afterAll(() => api?.close());

const load = (query: string, over: { apiUrl?: string; app?: TestApp } = {}) => {
  const app = over.app ?? api;
  return loadProviderSearchPage(over.apiUrl ?? apiUrl, new URL(`http://portal.test/prestataires?${query}`), {
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      asked.push(`${url.pathname}?${url.searchParams}`);
      return fetchFrom(app.app)(request);
    },
  });
};
const loadResults = async (query: string) => {
  const page = await load(query);
  if (page.kind !== 'page' || page.outcome.kind !== 'results') {
    throw new Error(`expected results for ${query}, got ${JSON.stringify(page)}`);
  }
  return { ...page, result: page.outcome.result, alternatives: page.outcome.alternatives };
};
const apiAnswer = async (query: string) =>
  (await (await api.app.request(`/v1/providers?${query}`)).json()) as ProviderSearchResult;

describe('loadProviderSearchPage', () => {
  it('invites a visitor without a place to give one, keeping the diagnostic’s filters, without calling the API', async () => {
    asked = [];
    expect(await load('service=forensics&public=business')).toEqual({
      kind: 'page',
      status: 200,
      search: expect.objectContaining({ services: ['forensics'], public: 'business' }),
      outcome: { kind: 'prompt' },
    });
    expect(asked).toEqual([]);
  });

  it('searches around a postcode as typed, without looking for other places of that name', async () => {
    asked = [];
    const page = await loadResults('near=69001');
    expect(page.result).toEqual(await apiAnswer('near=69001&page_size=20'));
    expect(page.result.total).toBeGreaterThan(0);
    expect(page.alternatives).toEqual([]);
    // The field keeps what the visitor typed.
    expect(page.pinned).toBeUndefined();
    expect(asked.every((request) => request.startsWith('/v1/providers?'))).toBe(true);
  });

  it('offers the other communes of the same name, each by its exact form, with the same filters', async () => {
    const page = await loadResults('near=Saint-Denis&service=forensics');
    const chosen = page.result.near;
    expect(['insee:93066', 'insee:97411']).toContain(chosen.near);
    const other =
      chosen.near === 'insee:93066'
        ? { label: 'Saint-Denis (974)', code: '97411' }
        : { label: 'Saint-Denis (93)', code: '93066' };
    expect(page.alternatives).toContainEqual({
      label: other.label,
      href: `/prestataires?near=insee%3A${other.code}&service=forensics`,
    });
    expect(page.alternatives.map((alternative) => alternative.label)).not.toContain(chosen.label);
  });

  it('searches exactly the commune an "insee:" address names, and shows its label rather than its code', async () => {
    asked = [];
    for (const [code, label, latitude] of [
      ['97411', 'Saint-Denis (974)', -20.9],
      ['93066', 'Saint-Denis (93)', 48.9],
    ] as const) {
      const page = await loadResults(`near=insee:${code}`);
      expect(page.result.near).toMatchObject({ label, near: `insee:${code}` });
      expect(page.result.near.lat).toBeCloseTo(latitude, 0);
      expect(page.pinned).toEqual({ label, near: `insee:${code}` });
      // Nothing else to offer: the visitor chose this very commune.
      expect(page.alternatives).toEqual([]);
    }
    expect(asked.some((request) => request.startsWith('/v1/geo/'))).toBe(false);
  });

  it('keeps the exact place of a form sent unchanged without JavaScript, and drops it once the text changed', async () => {
    const unchanged = await loadResults('near=Saint-Denis+(974)&place=insee%3A97411&radius_km=30&public=');
    expect(unchanged.search.near).toBe('insee:97411');
    expect(unchanged.result.near.label).toBe('Saint-Denis (974)');
    expect(unchanged.pinned).toEqual({ label: 'Saint-Denis (974)', near: 'insee:97411' });

    const edited = await loadResults('near=Villeurbanne&place=insee%3A97411');
    expect(edited.search.near).toBe('Villeurbanne');
    expect(edited.result.near).toMatchObject({ label: 'Villeurbanne (69)', near: 'insee:69266' });
  });

  it('says when the place is unknown, by name or by code', async () => {
    for (const near of ['Atlantide', 'insee:99999']) {
      expect(await load(`near=${encodeURIComponent(near)}`)).toMatchObject({
        kind: 'page',
        status: 200,
        outcome: { kind: 'unknown-place', near },
      });
    }
  });

  it('answers 400 with an "invalid" page when the API refuses the search', async () => {
    // The portal never builds a search the API refuses: alter one on its way to the API.
    const page = await loadProviderSearchPage(apiUrl, new URL('http://portal.test/prestataires?near=69001'), {
      fetch: async (input, init) => {
        const url = new URL(new Request(input, init).url);
        url.searchParams.set('radius_km', '500');
        return fetchFrom(api.app)(new Request(url, init));
      },
    });
    expect(page).toMatchObject({ status: 400, outcome: { kind: 'invalid' } });
  });

  it('answers 503 with an "unavailable" page when the API is down or asks to slow down', async () => {
    const down = await loadProviderSearchPage(
      await unreachableUrl(),
      new URL('http://portal.test/prestataires?near=69001'),
    );
    expect(down).toMatchObject({ status: 503, outcome: { kind: 'unavailable', busy: false } });

    const limited = createTestApp({ db: api.db, search: api.deps.search });
    limited.deps.config.searchRateLimitPerMinute = 1;
    try {
      expect(await load('near=69001', { app: limited })).toMatchObject({ status: 200 });
      expect(await load('near=69001', { app: limited })).toMatchObject({
        status: 503,
        outcome: { kind: 'unavailable', busy: true },
      });
    } finally {
      limited.close();
    }
  });

  it('asks the API for distance order when the address says `tri=distance`, and for its default otherwise', async () => {
    asked = [];
    const byDistance = await loadResults('near=69001&q=cyber&tri=distance');
    expect(byDistance.search.sort).toBe('distance');
    expect(asked.filter((request) => request.startsWith('/v1/providers?'))).toEqual([
      expect.stringContaining('sort=distance'),
    ]);
    asked = [];
    await loadResults('near=69001&q=cyber');
    expect(asked.some((request) => request.includes('sort='))).toBe(false);
  });

  it('sends a page beyond the last one back to the last one', async () => {
    const { total, pageSize } = await apiAnswer('near=69001');
    const last = Math.ceil(total / pageSize);
    expect(await load('near=69001&page=400')).toEqual({
      kind: 'redirect',
      location: last > 1 ? `/prestataires?near=69001&page=${last}` : '/prestataires?near=69001',
    });
  });
});
