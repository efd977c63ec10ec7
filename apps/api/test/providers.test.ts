import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { distanceKm, loadGazetteer } from '@vigie/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeoResolveResult, Problem, ProviderSearchResult } from '../src/client.ts';
import { insertProviders, providerRow } from './support/providers.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
type Body = ProviderSearchResult;

beforeAll(() => {
  t = createTestApp();
  insertProviders(t.deps, [
    providerRow({
      slug: 'lyon-centre',
      lat: 45.7676,
      lng: 4.8345,
      label: 'expertcyber',
      services: ['ransomware-recovery', 'incident-response'],
    }),
    providerRow({ slug: 'villeurbanne', postcode: '69100', city: 'Villeurbanne', lat: 45.7719, lng: 4.8902 }),
    providerRow({ slug: 'vienne-petit-rayon', city: 'Vienne', lat: 45.5255, lng: 4.8743, radiusKm: 10 }),
    providerRow({
      slug: 'paris-a-distance',
      city: 'Paris',
      postcode: '75001',
      lat: 48.8606,
      lng: 2.3376,
      remote: true,
    }),
    providerRow({
      slug: 'saint-denis-93',
      postcode: '93200',
      communeCode: '93066',
      city: 'Saint-Denis',
      departement: '93',
      lat: 48.9362,
      lng: 2.3574,
    }),
    providerRow({
      slug: 'saint-denis-reunion',
      postcode: '97400',
      communeCode: '97411',
      city: 'Saint-Denis',
      departement: '974',
      lat: -20.8789,
      lng: 55.4481,
    }),
    providerRow({ slug: 'en-attente', status: 'pending' }),
    providerRow({ slug: 'suspendu', status: 'suspended' }),
  ]);
});
afterAll(() => t.close());

const search = async (qs: string) => {
  const res = await t.app.request(`/v1/providers?${qs}`);
  return { res, body: (await res.json()) as Body };
};

describe('GET /v1/providers', () => {
  it('finds providers around a postcode, nearest first, with distances, facets and the resolved place', async () => {
    const { res, body } = await search('near=69001');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(body.items.map((i) => i.slug)).toEqual(['lyon-centre', 'villeurbanne']);
    expect(body.items[0]!.distanceKm).toBeLessThan(body.items[1]!.distanceKm);
    expect(body.total).toBe(2);
    expect(body.facets.label).toEqual({ expertcyber: 1, none: 1 });
    expect(body.near.label).toMatch(/Lyon/);
  });

  it('leaves out a provider whose own radius does not reach the victim, and non-public providers', async () => {
    const { body } = await search('near=69001&radius_km=50');
    const slugs = body.items.map((i) => i.slug);
    expect(slugs).not.toContain('vienne-petit-rayon'); // ~27 km away, travels 10 km
    expect(slugs).not.toContain('en-attente');
    expect(slugs).not.toContain('suspendu');
  });

  it('includes remote providers only when remote is accepted', async () => {
    expect((await search('near=69001')).body.items.some((i) => i.slug === 'paris-a-distance')).toBe(false);
    const { body } = await search('near=69001&remote=true');
    const remote = body.items.find((i) => i.slug === 'paris-a-distance');
    expect(remote?.remote).toBe(true);
    expect(remote?.distanceKm).toBeGreaterThan(380);
  });

  it('filters by service (all required), label, public and text; accepts lat,lng and commune names', async () => {
    expect(
      (await search('near=69001&service=ransomware-recovery&service=incident-response')).body.items.map(
        (i) => i.slug,
      ),
    ).toEqual(['lyon-centre']);
    expect((await search('near=69001&service=ransomware-recovery,malware-removal')).body.total).toBe(0);
    expect((await search('near=69001&label=expertcyber')).body.items.map((i) => i.slug)).toEqual([
      'lyon-centre',
    ]);
    expect((await search('near=69001&public=public-body')).body.total).toBe(0);
    expect((await search('near=45.77,4.89&q=villeurbanne')).body.items[0]?.slug).toBe('villeurbanne');
    expect((await search('near=Villeurbanne')).body.items[0]?.slug).toBe('villeurbanne');
  });

  it('orders text matches by relevance by default and by distance on request', async () => {
    // Around Brest, away from every other provider of this file.
    insertProviders(t.deps, [
      providerRow({
        slug: 'brest-mentionne-vigier',
        tradeName: 'Atelier Kerinou',
        description: 'Partenaire agréé de Vigier.',
        postcode: '29200',
        city: 'Brest',
        lat: 48.3904,
        lng: -4.4861,
      }),
      providerRow({
        slug: 'brest-vigier',
        tradeName: 'Vigier Informatique',
        postcode: '29200',
        city: 'Brest',
        lat: 48.4303,
        lng: -4.4861,
      }),
    ]);
    const slugs = (body: Body) => body.items.map((i) => i.slug);
    const byDefault = await search('near=48.39,-4.4861&q=vigier');
    expect(slugs(byDefault.body)).toEqual(['brest-vigier', 'brest-mentionne-vigier']);
    expect(slugs((await search('near=48.39,-4.4861&q=vigier&sort=relevance')).body)).toEqual(
      slugs(byDefault.body),
    );
    const byDistance = await search('near=48.39,-4.4861&q=vigier&sort=distance');
    expect(byDistance.res.status).toBe(200);
    expect(slugs(byDistance.body)).toEqual(['brest-mentionne-vigier', 'brest-vigier']);
    expect(byDistance.body.total).toBe(byDefault.body.total);
    // Without text, relevance is distance order.
    expect(slugs((await search('near=48.39,-4.4861&sort=relevance')).body)).toEqual([
      'brest-mentionne-vigier',
      'brest-vigier',
    ]);
    const bad = await t.app.request('/v1/providers?near=29200&sort=nearest');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Problem).errors?.map((e) => e.path)).toEqual(['query.sort']);
  });

  it('answers a repeated search with the page sent before, until a provider changes', async () => {
    const first = await t.app.request('/v1/providers?near=69001&service=malware-removal');
    const again = await t.app.request('/v1/providers?service=malware-removal&near=69001');
    expect(first.headers.get('x-search-cache')).toBe('miss');
    expect(again.headers.get('x-search-cache')).toBe('hit');
    expect(again.headers.get('content-type')).toBe('application/json');
    expect(again.headers.get('cache-control')).toBe('public, max-age=60');
    const page = await first.text();
    expect(await again.text()).toBe(page);
    // The same parameters in another order are the same page; other parameters, another page.
    const other = await t.app.request('/v1/providers?near=69001&service=malware-removal&page_size=1');
    expect(other.headers.get('x-search-cache')).toBe('miss');

    // Any write to the index makes every kept page stale (here one that leaves the results as they were).
    insertProviders(t.deps, [
      providerRow({ slug: 'lyon-suspendu', status: 'suspended', lat: 45.7677, lng: 4.8346 }),
    ]);
    const afterWrite = await t.app.request('/v1/providers?near=69001&service=malware-removal');
    expect(afterWrite.headers.get('x-search-cache')).toBe('miss');
    expect(await afterWrite.text()).toBe(page);
  });

  it('searches around exactly the commune an "insee:<code>" names, homonyms apart', async () => {
    const paris = await search('near=insee:93066');
    expect(paris.res.status).toBe(200);
    expect(paris.body.near).toMatchObject({
      label: 'Saint-Denis (93)',
      near: 'insee:93066',
      kind: 'commune',
    });
    expect(paris.body.near.lat).toBeCloseTo(48.94, 1);
    expect(paris.body.near.lng).toBeCloseTo(2.35, 1);
    // The provider in Saint-Denis first, then those of Paris nearby; none in La Réunion.
    expect(paris.body.items.map((i) => i.slug)).toEqual(['saint-denis-93', 'paris-a-distance']);

    const reunion = await search('near=INSEE:97411');
    expect(reunion.body.near).toMatchObject({ label: 'Saint-Denis (974)', near: 'insee:97411' });
    expect(reunion.body.near.lat).toBeCloseTo(-20.88, 1);
    expect(reunion.body.near.lng).toBeCloseTo(55.45, 1);
    expect(reunion.body.items.map((i) => i.slug)).toEqual(['saint-denis-reunion']);
  });

  it('tells which place it searched around, with the form that leads back to it', async () => {
    const byName = await search('near=Villeurbanne');
    expect(byName.body.near).toMatchObject({ label: 'Villeurbanne (69)', near: 'insee:69266' });
    expect((await search(`near=${byName.body.near.near}`)).body.items).toEqual(byName.body.items);
    expect((await search('near=45.77,4.89')).body.near).toMatchObject({
      kind: 'coordinates',
      near: '45.77,4.89',
    });
  });

  it('never gives a distance more precise than the places it rests on', async () => {
    const exact = await search('near=45.77,4.89');
    expect(exact.body.near.approximate).toBe(false);
    expect(exact.body.items.every((i) => i.approximate === false)).toBe(true);
    expect(exact.body.items.some((i) => !Number.isInteger(i.distanceKm))).toBe(true);

    // From a commune whose point is still an estimate (one the 2017 boxes lack), every distance is
    // approximate, in whole kilometres; the remote provider makes sure there is one.
    const estimated = loadGazetteer().communes.find((c) => c.approximate && !c.departement.startsWith('9'));
    expect(estimated, 'the gazetteer still holds an estimated commune').toBeDefined();
    const from = await search(`near=insee:${estimated!.code}&remote=true`);
    expect(from.body.near).toMatchObject({ near: `insee:${estimated!.code}`, approximate: true });
    expect(from.body.items.length).toBeGreaterThan(0);
    for (const item of from.body.items) {
      expect(item.approximate).toBe(true);
      expect(Number.isInteger(item.distanceKm) && item.distanceKm >= 1, `${item.distanceKm}`).toBe(true);
    }
  });

  it('paginates with a stable total', async () => {
    const one = await search('near=69001&page_size=1&page=1');
    const two = await search('near=69001&page_size=1&page=2');
    expect(one.body.total).toBe(2);
    expect(two.body.total).toBe(2);
    expect([one.body.items[0]?.slug, two.body.items[0]?.slug]).toEqual(['lyon-centre', 'villeurbanne']);
  });
});

describe('GET /v1/providers from where places really are', () => {
  // Where these places are, as facts about the world (town halls, districts), not read from the gazetteer.
  const LESCHERAINES = { lat: 45.713, lng: 6.105 };
  const CHAMBERY = { lat: 45.5646, lng: 5.9178 };
  let geo: TestApp;

  beforeAll(() => {
    geo = createTestApp();
    const inLyon = (arrondissement: number, lat: number, lng: number) =>
      providerRow({
        slug: `lyon-${arrondissement}e`,
        postcode: `6900${arrondissement}`,
        communeCode: `6938${arrondissement}`,
        city: 'Lyon',
        lat,
        lng,
      });
    const inParis = (arrondissement: string, lat: number, lng: number) =>
      providerRow({
        slug: `paris-${arrondissement}e`,
        postcode: `750${arrondissement}`,
        communeCode: `751${arrondissement}`,
        city: 'Paris',
        departement: '75',
        lat,
        lng,
      });
    const inMarseille = (arrondissement: string, lat: number, lng: number) =>
      providerRow({
        slug: `marseille-${arrondissement}e`,
        postcode: `130${arrondissement}`,
        communeCode: `132${arrondissement}`,
        city: 'Marseille',
        departement: '13',
        lat,
        lng,
      });
    insertProviders(geo.deps, [
      providerRow({
        slug: 'chambery',
        postcode: '73000',
        communeCode: '73065',
        city: 'Chambéry',
        departement: '73',
        ...CHAMBERY,
        radiusKm: 40,
      }),
      inLyon(3, 45.7606, 4.8567), // Part-Dieu
      inLyon(7, 45.745, 4.842), // Jean Macé
      inLyon(9, 45.774, 4.805), // Vaise
      inParis('13', 48.8322, 2.3561), // Place d'Italie
      inParis('15', 48.8417, 2.2995), // Mairie du 15e
      inParis('18', 48.8925, 2.3444), // Mairie du 18e
      inMarseille('08', 43.2735, 5.389), // Prado
      inMarseille('01', 43.2965, 5.3765), // Vieux-Port
      inMarseille('13', 43.3319, 5.4247), // Château-Gombert
    ]);
  });
  afterAll(() => geo.close());

  const searchGeo = async (qs: string) =>
    (await (await geo.app.request(`/v1/providers?${qs}`)).json()) as ProviderSearchResult;

  it('from Lescheraines, shows a provider in Chambéry at the true distance (about 22 km), not at Chambéry', async () => {
    const expected = distanceKm(LESCHERAINES, CHAMBERY);
    expect(expected).toBeGreaterThan(20);
    for (const near of ['73340', 'insee:73146', 'Lescheraines']) {
      const body = await searchGeo(`near=${near}&radius_km=50`);
      expect(body.near).toMatchObject({ near: 'insee:73146', approximate: false });
      const [first] = body.items;
      expect(first?.slug, near).toBe('chambery');
      expect(first!.approximate).toBe(false);
      expect(Math.abs(first!.distanceKm - expected), `${near}: ${first!.distanceKm} km`).toBeLessThan(2);
    }
  });

  it('from 75015, puts the provider of the 15th first, at a plausible distance, before the 13th and the 18th', async () => {
    const paris = await searchGeo('near=75015&radius_km=10');
    expect(paris.near).toMatchObject({ near: 'insee:75115', approximate: false });
    expect(paris.items.map((i) => i.slug)).toEqual(['paris-15e', 'paris-13e', 'paris-18e']);
    expect(paris.items[0]!.distanceKm).toBeLessThan(1.5);
    expect(paris.items[1]!.distanceKm).toBeGreaterThan(3);
    const north = await searchGeo('near=75018&radius_km=10');
    expect(north.items[0]?.slug).toBe('paris-18e');
  });

  it('from a Lyon or Marseille postcode, puts the provider of that arrondissement first, nearby', async () => {
    const lyon = await searchGeo('near=69003&radius_km=10');
    expect(lyon.near).toMatchObject({ near: 'insee:69383', approximate: false });
    expect(lyon.items.map((i) => i.slug)).toEqual(['lyon-3e', 'lyon-7e', 'lyon-9e']);
    expect(lyon.items[0]!.distanceKm).toBeLessThan(1.5);
    expect(lyon.items[2]!.distanceKm).toBeGreaterThan(3);

    const marseille = await searchGeo('near=13008&radius_km=10');
    expect(marseille.near).toMatchObject({ near: 'insee:13208', approximate: false });
    expect(marseille.items[0]?.slug).toBe('marseille-08e');
    expect(marseille.items[0]!.distanceKm).toBeLessThan(1.5);
    const north = await searchGeo('near=13013&radius_km=10');
    expect(north.items[0]?.slug).toBe('marseille-13e');
  });
});

describe('GET /v1/providers errors', () => {
  it('answers 400 naming every bad parameter', async () => {
    const res = await t.app.request('/v1/providers?radius_km=500&service=hacking&public=aliens&page=0');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as { errors: { path: string }[] };
    expect(body.errors.map((e) => e.path.replace(/^query\./, '').split('.')[0]).sort()).toEqual(
      expect.arrayContaining(['near', 'page', 'public', 'radius_km', 'service']),
    );
  });

  it('answers 404 when no place matches', async () => {
    const res = await t.app.request('/v1/providers?near=Zzyzxville-sur-Nulle-Part');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toContain('No place matches');
  });

  it('answers a 404 problem for an INSEE code no commune has, rather than a guess', async () => {
    const res = await t.app.request('/v1/providers?near=insee:99999');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await res.json()) as Problem;
    expect(problem).toMatchObject({ status: 404, title: 'Not found' });
    expect(problem.detail).toContain('insee:99999');
  });

  it('rate-limits per client with 429', async () => {
    const limited = createTestApp({ db: t.db, search: t.deps.search });
    limited.deps.config.searchRateLimitPerMinute = 3;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await limited.app.request('/v1/providers?near=69001')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('rate limits behind the portal', () => {
  it('count each visitor forwarded by a loopback peer separately, over real HTTP', async () => {
    const limited = createTestApp({ db: t.db, search: t.deps.search });
    limited.deps.config.searchRateLimitPerMinute = 2;
    const server = serve({ fetch: limited.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/providers?near=69001`;
    const as = async (visitor: string) =>
      (await fetch(url, { headers: { 'x-forwarded-for': visitor } })).status;
    expect([await as('203.0.113.7'), await as('203.0.113.7'), await as('203.0.113.7')]).toEqual([
      200, 200, 429,
    ]);
    expect(await as('198.51.100.20')).toBe(200);
    await new Promise((r) => server.close(r));
  });
});

describe('GET /v1/providers/{slug}', () => {
  it('returns the public profile, without private fields', async () => {
    const res = await t.app.request('/v1/providers/lyon-centre');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      slug: 'lyon-centre',
      label: { id: 'expertcyber' },
      contact: { phone: '04 72 00 00 00' },
    });
    for (const hidden of ['id', 'status', 'createdAt', 'updatedAt', 'charterAcceptedAt'])
      expect(body).not.toHaveProperty(hidden);
  });

  it('answers 404 for unknown, pending and suspended providers alike', async () => {
    for (const slug of ['nobody', 'en-attente', 'suspendu']) {
      const res = await t.app.request(`/v1/providers/${slug}`);
      expect(res.status, slug).toBe(404);
    }
    expect((await t.app.request('/v1/providers/Not_A_Slug!')).status).toBe(400);
  });
});

describe('GET /v1/geo/resolve', () => {
  it('ranks candidates for a postcode, a commune with a shortened saint, and coordinates', async () => {
    const pc = (await (await t.app.request('/v1/geo/resolve?q=13001')).json()) as {
      candidates: { label: string; kind: string }[];
    };
    expect(pc.candidates[0]).toMatchObject({ kind: 'postcode' });
    expect(pc.candidates[0]?.label).toMatch(/Marseille/);
    const st = (await (await t.app.request('/v1/geo/resolve?q=st%20etienne')).json()) as {
      candidates: { communeCode: string }[];
    };
    expect(st.candidates[0]?.communeCode).toBe('42218');
    const ll = (await (await t.app.request('/v1/geo/resolve?q=45.76,4.83')).json()) as {
      candidates: { kind: string; lat: number }[];
    };
    expect(ll.candidates[0]).toMatchObject({ kind: 'coordinates', lat: 45.76 });
  });

  it('gives each commune of a shared name its own "insee:" form', async () => {
    const res = await t.app.request('/v1/geo/resolve?q=saint-denis&limit=20');
    expect(res.status).toBe(200);
    const { candidates } = (await res.json()) as GeoResolveResult;
    const exact = candidates.filter((c) => c.label.startsWith('Saint-Denis ('));
    expect(exact.map((c) => c.near)).toEqual(expect.arrayContaining(['insee:93066', 'insee:97411']));
    for (const candidate of candidates) expect(candidate.near).toBe(`insee:${candidate.communeCode}`);
    const reunion = (await (await t.app.request('/v1/geo/resolve?q=insee:97411')).json()) as GeoResolveResult;
    expect(reunion.candidates).toEqual(
      [candidates.find((c) => c.near === 'insee:97411')!].map((c) => ({ ...c, score: 1 })),
    );
  });

  it('answers 400 for an empty query, naming the parameter', async () => {
    const res = await t.app.request('/v1/geo/resolve?q=');
    expect(res.status).toBe(400);
    expect(((await res.json()) as Problem).errors?.[0]?.path).toMatch(/q$/);
  });
});
