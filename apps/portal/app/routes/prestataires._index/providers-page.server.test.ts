import { describe, expect, it } from 'vitest';
import { createProvidersStandIn } from '#app/components/providers/providers-stand-in.ts';
import { loadProviderSearchPage } from './providers-page.server.ts';

const api = 'http://api.test';
const load = (query: string, fetchImpl?: typeof fetch) => {
  const standIn = createProvidersStandIn();
  const page = loadProviderSearchPage(api, new URL(`http://portal.test/prestataires?${query}`), {
    fetch: fetchImpl ?? standIn.fetch,
  });
  return { page, requests: standIn.requests };
};

describe('loadProviderSearchPage', () => {
  it('invites a visitor without a place to give one, keeping the diagnostic’s filters, without calling the API', async () => {
    const { page, requests } = load('service=forensics&public=business');
    expect(await page).toEqual({
      kind: 'page',
      status: 200,
      search: expect.objectContaining({ services: ['forensics'], public: 'business' }),
      outcome: { kind: 'prompt' },
    });
    expect(requests).toEqual([]);
  });

  it('searches around a postcode, without looking for other places of that name', async () => {
    const { page, requests } = load('near=69001');
    const result = await page;
    expect(result.kind === 'page' && result.outcome.kind).toBe('results');
    if (result.kind !== 'page' || result.outcome.kind !== 'results') return;
    expect(result.outcome.result.items.map((item) => item.slug)).toEqual([
      'cyber-secours-lyon',
      'depannage-rhone',
    ]);
    expect(result.outcome.alternatives).toEqual([]);
    expect(requests.every((request) => request.startsWith('GET /v1/providers?'))).toBe(true);
  });

  it('offers the other places of the same name, as searches with the same filters', async () => {
    const result = await load('near=Saint-Denis&service=forensics').page;
    if (result.kind !== 'page' || result.outcome.kind !== 'results') throw new Error('expected results');
    expect(result.outcome.result.near.label).toBe('Saint-Denis (93)');
    expect(result.outcome.alternatives).toEqual([
      { label: 'Saint-Denis (974)', href: '/prestataires?near=Saint-Denis+%28974%29&service=forensics' },
    ]);
  });

  it('searches around exactly the commune a "Name (dép.)" label names, not the first of that name', async () => {
    const { page, requests } = load('near=Saint-Denis+(974)');
    const result = await page;
    if (result.kind !== 'page' || result.outcome.kind !== 'results') throw new Error('expected results');
    expect(requests).toEqual([
      'GET /v1/geo/resolve?q=Saint-Denis&limit=20',
      'GET /v1/providers?near=-20.8823%2C55.4504&radius_km=30&remote=false&page=1&page_size=20',
    ]);
    expect(result.outcome.result.near).toEqual({
      label: 'Saint-Denis (974)',
      lat: -20.8823,
      lng: 55.4504,
      kind: 'commune',
    });
    expect(result.outcome.alternatives.map((alternative) => alternative.label)).toEqual(['Saint-Denis (93)']);
  });

  it('says a label matching no commune is an unknown place', async () => {
    const result = await load('near=Saint-Denis+(99)').page;
    expect(result).toMatchObject({ outcome: { kind: 'unknown-place', near: 'Saint-Denis (99)' } });
  });

  it('says when the place is unknown', async () => {
    const result = await load('near=Atlantide').page;
    expect(result).toMatchObject({
      kind: 'page',
      status: 200,
      outcome: { kind: 'unknown-place', near: 'Atlantide' },
    });
  });

  it('answers 503 with an "unavailable" page when the API is down or asks to slow down', async () => {
    const down = await load('near=69001', async () => new Response('down', { status: 500 })).page;
    expect(down).toMatchObject({ status: 503, outcome: { kind: 'unavailable', busy: false } });
    const busy = await load(
      'near=69001',
      async () =>
        new Response(JSON.stringify({ status: 429, detail: 'slow down' }), {
          status: 429,
          headers: { 'content-type': 'application/problem+json' },
        }),
    ).page;
    expect(busy).toMatchObject({ status: 503, outcome: { kind: 'unavailable', busy: true } });
  });

  it('sends a page beyond the last one back to the last one', async () => {
    const result = await load('near=69001&page=9').page;
    expect(result).toEqual({ kind: 'redirect', location: '/prestataires?near=69001' });
  });
});
