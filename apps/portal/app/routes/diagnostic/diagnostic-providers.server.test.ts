import type { ProviderSearchResult } from '@vigie/api/client';
import { createTestApp, fetchFrom, seedDemoData, type TestApp, unreachableUrl } from '@vigie/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutcomeProvidersView, OutcomeView } from '#app/components/diagnostic/types.ts';
import { loadOutcomeProviders, outcomeSearchHref } from './diagnostic-providers.server.ts';

/* The outcome page's provider search against the real API, over a temporary database holding the demo data. */

let api: TestApp;
const apiUrl = 'http://api.test';
let asked: URL[] = [];

beforeAll(async () => {
  api = createTestApp();
  await seedDemoData(api);
});
afterAll(() => api?.close());

const selfHref = '/diagnostic?parcours=abc';
const outcome: Pick<OutcomeView, 'selfHref' | 'providerFilters'> = {
  selfHref,
  providerFilters: { services: ['account-recovery'], public: 'individual', serviceNames: ['x'] },
};

const load = (query: string, over: { apiUrl?: string } = {}) =>
  loadOutcomeProviders(over.apiUrl ?? apiUrl, outcome, new URLSearchParams(query), {
    fetch: async (input, init) => {
      const request = new Request(input, init);
      asked.push(new URL(request.url));
      return fetchFrom(api.app)(request);
    },
  });

const apiAnswer = async (query: string) =>
  (await (await api.app.request(`/v1/providers?${query}`)).json()) as ProviderSearchResult;

function results(view: OutcomeProvidersView | null) {
  if (view?.state.kind !== 'results') throw new Error(`expected results, got ${JSON.stringify(view)}`);
  return view.state;
}

describe('loadOutcomeProviders', () => {
  it('asks for a place, without calling the API, until one is given', async () => {
    asked = [];
    expect(await load('parcours=abc')).toEqual({ fieldValue: '', state: { kind: 'prompt' } });
    expect(asked).toEqual([]);
    // A form sent with nothing in the field asks again, saying so.
    expect(await load('parcours=abc&near=+')).toEqual({ fieldValue: '', state: { kind: 'missing-place' } });
    expect(asked).toEqual([]);
  });

  it('shows nothing for an outcome that sends nobody to a provider', async () => {
    expect(
      await loadOutcomeProviders(
        apiUrl,
        { selfHref, providerFilters: null },
        new URLSearchParams('near=69001'),
      ),
    ).toBeNull();
  });

  it('searches around the place with the outcome’s service and public, whatever the address says, first five only', async () => {
    asked = [];
    const view = await load('parcours=abc&near=75011&service=forensics&public=business');
    const state = results(view);
    const expected = await apiAnswer('near=75011&service=account-recovery&public=individual&page_size=5');
    expect(expected.total).toBeGreaterThan(0);
    expect(state.total).toBe(expected.total);
    expect(state.items.map((item) => item.slug)).toEqual(expected.items.map((item) => item.slug));
    expect(state.items.length).toBeLessThanOrEqual(5);
    expect(asked.map((url) => url.searchParams.getAll('service'))).toEqual([['account-recovery']]);
    expect(asked[0]?.searchParams.get('public')).toBe('individual');
    // The field keeps what the visitor typed; the full search names the place exactly.
    expect(view?.fieldValue).toBe('75011');
    expect(view?.pinnedNear).toBeUndefined();
    expect(state.fullHref).toBe(
      `/prestataires?near=${encodeURIComponent(expected.near.near)}&public=individual&service=account-recovery`,
    );
    expect(state.items[0]?.href).toMatch(new RegExp(`^/prestataires/${state.items[0]?.slug}\\?retour=`));
  });

  it('offers remote providers and a wider radius, staying on the outcome page', async () => {
    const state = results(await load('near=75011&radius_km=5'));
    expect(state.radiusKm).toBe(5);
    const remote = new URL(state.remoteHref!, 'http://portal.test');
    expect(remote.pathname).toBe('/diagnostic');
    expect(remote.hash).toBe('#trouver-un-prestataire');
    expect(remote.searchParams.get('parcours')).toBe('abc');
    expect(remote.searchParams.get('remote')).toBe('true');
    expect(remote.searchParams.get('radius_km')).toBe('5');
    expect(remote.searchParams.has('service')).toBe(false);
    const wider = new URL(state.wider!.href, 'http://portal.test');
    expect(state.wider?.radiusKm).toBe(10);
    expect(wider.searchParams.get('radius_km')).toBe('10');

    const withRemote = results(await load(`${remote.searchParams}`));
    expect(withRemote.remote).toBe(true);
    expect(withRemote.remoteHref).toBeUndefined();
    expect(withRemote.total).toBeGreaterThanOrEqual(state.total);
  });

  it('keeps the exact commune of a form sent unchanged, and shows its label in the field', async () => {
    const pinned = await load('near=Saint-Denis+(974)&place=insee%3A97411');
    expect(results(pinned).place.label).toBe('Saint-Denis (974)');
    expect(pinned).toMatchObject({ fieldValue: 'Saint-Denis (974)', pinnedNear: 'insee:97411' });

    const edited = await load('near=Villeurbanne&place=insee%3A97411');
    expect(results(edited).place.label).toBe('Villeurbanne (69)');
    expect(edited?.fieldValue).toBe('Villeurbanne');
  });

  it('says a place is unknown, keeping what was typed', async () => {
    expect(await load('near=Atlantide')).toEqual({
      fieldValue: 'Atlantide',
      state: { kind: 'unknown-place', near: 'Atlantide' },
    });
  });

  it('gives a notice, and the directory, when the API is out of reach', async () => {
    const view = await loadOutcomeProviders(
      await unreachableUrl(),
      outcome,
      new URLSearchParams('near=69001'),
    );
    expect(view).toEqual({
      fieldValue: '69001',
      state: {
        kind: 'unavailable',
        fullHref: '/prestataires?near=69001&public=individual&service=account-recovery',
      },
    });
  });

  it('builds the outcome’s address with a place, leaving the outcome’s filters out', () => {
    expect(
      outcomeSearchHref(selfHref, {
        near: 'insee:69123',
        radiusKm: 50,
        remote: true,
        services: ['forensics'],
        public: 'business',
        labelOnly: false,
        page: 3,
      }),
    ).toBe('/diagnostic?parcours=abc&near=insee%3A69123&radius_km=50&remote=true#trouver-un-prestataire');
  });
});
