import { describe, expect, it } from 'vitest';
import {
  communeLabelName,
  type GeoCandidate,
  getProviderProfile,
  placeFieldValue,
  resolvePlaces,
  searchProviders,
} from './providers-api.server.ts';
import { parseProviderSearch } from './providers-query.ts';
import { createProvidersStandIn } from './providers-stand-in.ts';

const api = 'http://api.test';
const searchFor = (query: string) => {
  const search = parseProviderSearch(new URLSearchParams(query));
  return { ...search, near: search.near ?? '' };
};
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('searchProviders', () => {
  it('asks GET /v1/providers with the search, and returns the results nearest first', async () => {
    const standIn = createProvidersStandIn();
    const found = await searchProviders(
      api,
      searchFor('near=69001&radius_km=50&service=incident-response&label=expertcyber'),
      { fetch: standIn.fetch },
    );
    expect(standIn.requests).toEqual([
      'GET /v1/providers?near=69001&radius_km=50&service=incident-response&label=expertcyber&remote=false&page=1&page_size=20',
    ]);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.result.items.map((item) => item.slug)).toEqual(['cyber-secours-lyon']);
    expect(found.result.near).toEqual({
      label: '69001 Lyon 1er',
      lat: 45.7676,
      lng: 4.8345,
      kind: 'postcode',
    });
    expect(found.result.facets.label).toEqual({ expertcyber: 1, none: 0 });
  });

  it('sends every ticked service (the API requires them all)', async () => {
    const standIn = createProvidersStandIn();
    const found = await searchProviders(
      api,
      searchFor('near=69001&service=forensics&service=malware-removal'),
      {
        fetch: standIn.fetch,
      },
    );
    expect(new URL(standIn.requests[0]!.slice(4), api).searchParams.getAll('service')).toEqual([
      'malware-removal',
      'forensics',
    ]);
    expect(found.ok && found.result.total).toBe(0);
  });

  it('reports an unknown place (404 problem) as such', async () => {
    const standIn = createProvidersStandIn();
    const found = await searchProviders(api, searchFor('near=Atlantide'), { fetch: standIn.fetch });
    expect(found).toEqual({ ok: false, reason: 'unknown-place', detail: 'No place matches "Atlantide".' });
  });

  it('reports a refused request (400 problem) as invalid', async () => {
    const found = await searchProviders(api, searchFor('near=69001'), {
      fetch: async () => json({ type: 'x', title: 'Invalid request', status: 400, detail: 'bad q' }, 400),
    });
    expect(found).toEqual({ ok: false, reason: 'invalid', detail: 'bad q' });
  });

  it('tells "slow down" (429) apart from "down"', async () => {
    const busy = await searchProviders(api, searchFor('near=69001'), {
      fetch: async () => json({ status: 429, detail: 'Too many attempts' }, 429),
    });
    expect(busy).toEqual({ ok: false, reason: 'busy' });
    const down = await searchProviders(api, searchFor('near=69001'), {
      fetch: async () => new Response('<html>Bad gateway</html>', { status: 502 }),
    });
    expect(down).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('treats an answer that is not the documented result as unavailable', async () => {
    const found = await searchProviders(api, searchFor('near=69001'), {
      fetch: async () => json({ items: 'nope' }),
    });
    expect(found).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('gives up after the timeout, and survives an unreachable API', async () => {
    const started = Date.now();
    const slow = await searchProviders(api, searchFor('near=69001'), {
      timeoutMs: 50,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    });
    expect(slow).toEqual({ ok: false, reason: 'unavailable' });
    expect(Date.now() - started).toBeLessThan(1_000);
    const unreachable = await searchProviders('http://127.0.0.1:9', searchFor('near=69001'), {
      timeoutMs: 1_000,
    });
    expect(unreachable).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('forwards the request id so both logs can be matched', async () => {
    let seen: string | null = null;
    await searchProviders(api, searchFor('near=69001'), {
      requestId: 'req-123',
      fetch: async (input, init) => {
        seen = new Request(input, init).headers.get('x-request-id');
        return json({});
      },
    });
    expect(seen).toBe('req-123');
  });
});

describe('getProviderProfile', () => {
  it('returns the public profile of a known slug', async () => {
    const standIn = createProvidersStandIn();
    const found = await getProviderProfile(api, 'cyber-secours-lyon', { fetch: standIn.fetch });
    expect(standIn.requests).toEqual(['GET /v1/providers/cyber-secours-lyon']);
    expect(found.ok && found.provider.label?.certificate).toBe('EC-2025-0042');
  });

  it('says "not found" for an unknown slug, and never asks for a slug that cannot exist', async () => {
    const standIn = createProvidersStandIn();
    expect(await getProviderProfile(api, 'nobody', { fetch: standIn.fetch })).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await getProviderProfile(api, '../admin', { fetch: standIn.fetch })).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await getProviderProfile(api, 'UPPER', { fetch: standIn.fetch })).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(standIn.requests).toEqual(['GET /v1/providers/nobody']);
  });

  it('says "unavailable" when the API fails', async () => {
    expect(await getProviderProfile(api, 'abc', { fetch: async () => json({ status: 500 }, 500) })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });
});

describe('resolvePlaces', () => {
  it('returns the places the API proposes, best first', async () => {
    const standIn = createProvidersStandIn();
    const places = await resolvePlaces(api, 'saint-denis', { fetch: standIn.fetch, limit: 5 });
    expect(standIn.requests).toEqual(['GET /v1/geo/resolve?q=saint-denis&limit=5']);
    expect(places.map((place) => place.label)).toEqual(['Saint-Denis (93)', 'Saint-Denis (974)']);
  });

  it('returns nothing, without asking, for an empty or overlong query, and nothing on failure', async () => {
    const standIn = createProvidersStandIn();
    expect(await resolvePlaces(api, '  ', { fetch: standIn.fetch })).toEqual([]);
    expect(await resolvePlaces(api, 'x'.repeat(201), { fetch: standIn.fetch })).toEqual([]);
    expect(standIn.requests).toEqual([]);
    expect(await resolvePlaces(api, 'lyon', { fetch: async () => json({}, 503) })).toEqual([]);
  });
});

describe('placeFieldValue', () => {
  const candidate = (over: Partial<GeoCandidate>): GeoCandidate => ({
    label: '',
    lat: 0,
    lng: 0,
    kind: 'commune',
    score: 1,
    approximate: false,
    ...over,
  });

  it('writes a text the API resolves back to the same place', () => {
    expect(placeFieldValue(candidate({ kind: 'postcode', label: '69001 Lyon 1er', postcode: '69001' }))).toBe(
      '69001 Lyon 1er',
    );
    expect(placeFieldValue(candidate({ label: 'Aix-en-Provence (13)', postcode: '13100' }))).toBe(
      '13100 Aix-en-Provence',
    );
    expect(placeFieldValue(candidate({ label: 'Ajaccio (2A)', postcode: '20000' }))).toBe('20000 Ajaccio');
    // Several postcodes: the label, which the portal resolves itself (the API would take the first Saint-Denis).
    expect(placeFieldValue(candidate({ label: 'Saint-Denis (93)' }))).toBe('Saint-Denis (93)');
    expect(
      placeFieldValue(candidate({ kind: 'address', label: '8 rue X 69001 Lyon', postcode: '69001' })),
    ).toBe('8 rue X 69001 Lyon');
    expect(
      placeFieldValue(candidate({ kind: 'coordinates', label: '45.76, 4.83', lat: 45.76, lng: 4.83 })),
    ).toBe('45.76,4.83');
  });
});

describe('communeLabelName', () => {
  it('reads the name out of a "Name (dép.)" label, and nothing else', () => {
    expect(communeLabelName('Saint-Denis (93)')).toBe('Saint-Denis');
    expect(communeLabelName(' Ajaccio (2A) ')).toBe('Ajaccio');
    expect(communeLabelName('Saint-Denis (974)')).toBe('Saint-Denis');
    expect(communeLabelName('Saint-Denis')).toBeNull();
    expect(communeLabelName('69001')).toBeNull();
    expect(communeLabelName('(93)')).toBeNull();
  });
});
