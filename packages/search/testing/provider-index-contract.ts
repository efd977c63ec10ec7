import { distanceKm } from '@vigie/geo';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchByFullScan } from '../src/embedded/full-scan.ts';
import type { Facets, ProviderIndex, SearchQuery, SearchResult } from '../src/types.ts';
import { FIXTURE_PLACES, generateProviderFixture, generateRandomQueries, makeProvider } from './fixture.ts';

export type MakeProviderIndex = () => Promise<{ index: ProviderIndex; cleanup: () => Promise<void> }>;

/** The victim of the hand-written cases: the centre of Paris. */
const VICTIM = { lat: FIXTURE_PLACES.paris.lat, lng: FIXTURE_PLACES.paris.lng };
const KM_PER_DEGREE_OF_LATITUDE = (6371.0088 * Math.PI) / 180;

/** A point `km` due north of the victim (along a meridian the distance is exact). */
function north(km: number): { lat: number; lng: number } {
  return { lat: VICTIM.lat + km / KM_PER_DEGREE_OF_LATITUDE, lng: VICTIM.lng };
}

function query(fields: Partial<SearchQuery> = {}): SearchQuery {
  return { ...VICTIM, radiusKm: 30, page: 1, pageSize: 50, ...fields };
}

const ids = (result: SearchResult) => result.items.map((item) => item.id);

/** Facets without zero counts: an engine may list a value nobody in the result has, or not. */
function normalizeFacets(facets: Facets): Facets {
  const nonZero = <T extends Record<string, number | undefined>>(counts: T): T =>
    Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== undefined && n > 0)) as T;
  return { services: nonZero(facets.services), publics: nonZero(facets.publics), label: { ...facets.label } };
}

/** Distances may be computed with a slightly different formula or rounded to the metre. */
function expectSameDistance(actual: number, expected: number, context: string): void {
  expect(Math.abs(actual - expected), context).toBeLessThanOrEqual(0.01 + expected * 1e-4);
}

/**
 * Declares the behaviour every ProviderIndex implementation must have. `makeIndex` gives a fresh,
 * empty index per test and a cleanup function.
 */
export function describeProviderIndexContract(name: string, makeIndex: MakeProviderIndex): void {
  describe(`ProviderIndex contract: ${name}`, () => {
    let index: ProviderIndex;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ index, cleanup } = await makeIndex());
    });
    afterEach(async () => {
      await cleanup();
    });

    describe('radius rule', () => {
      it('excludes a provider whose own radius does not reach the victim, even inside the query radius', async () => {
        await index.upsert([
          makeProvider({ id: 1, location: north(20), radiusKm: 10 }),
          makeProvider({ id: 2, location: north(20), radiusKm: 30 }),
        ]);
        const result = await index.search(query({ radiusKm: 50 }));
        expect(ids(result)).toEqual([2]);
        expect(result.total).toBe(1);
      });

      it('excludes a provider beyond the query radius however far it travels', async () => {
        await index.upsert([makeProvider({ id: 1, location: north(40), radiusKm: 200 })]);
        expect(ids(await index.search(query({ radiusKm: 30 })))).toEqual([]);
        expect(ids(await index.search(query({ radiusKm: 50 })))).toEqual([1]);
      });

      it('reports the great-circle distance of each hit', async () => {
        await index.upsert([makeProvider({ id: 1, location: north(12.5) })]);
        const [hit] = (await index.search(query())).items;
        expectSameDistance(hit!.distanceKm, 12.5, 'distance');
      });
    });

    describe('remote providers', () => {
      const lyon = { lat: FIXTURE_PLACES.lyon.lat, lng: FIXTURE_PLACES.lyon.lng };

      it('includes a distant remote provider only when remote help is accepted, at its real distance', async () => {
        await index.upsert([
          makeProvider({ id: 1, location: lyon, remote: true, radiusKm: 20 }),
          makeProvider({ id: 2, location: lyon, remote: false, radiusKm: 20 }),
        ]);
        expect(ids(await index.search(query()))).toEqual([]);
        expect(ids(await index.search(query({ remote: false })))).toEqual([]);
        const accepted = await index.search(query({ remote: true }));
        expect(ids(accepted)).toEqual([1]);
        expectSameDistance(accepted.items[0]!.distanceKm, distanceKm(VICTIM, lyon), 'remote distance');
      });

      it('orders remote providers among nearby ones by distance', async () => {
        await index.upsert([
          makeProvider({ id: 1, location: lyon, remote: true }),
          makeProvider({ id: 2, location: north(25) }),
          makeProvider({ id: 3, location: north(40), remote: true, radiusKm: 5 }),
          makeProvider({ id: 4, location: north(2) }),
        ]);
        expect(ids(await index.search(query({ remote: true })))).toEqual([4, 2, 3, 1]);
      });
    });

    describe('filters', () => {
      it('keeps the providers serving the requested public', async () => {
        await index.upsert([
          makeProvider({ id: 1, location: north(1), publics: ['individual'] }),
          makeProvider({ id: 2, location: north(2), publics: ['business', 'public-body'] }),
          makeProvider({ id: 3, location: north(3), publics: ['individual', 'business'] }),
        ]);
        expect(ids(await index.search(query({ public: 'individual' })))).toEqual([1, 3]);
        expect(ids(await index.search(query({ public: 'public-body' })))).toEqual([2]);
      });

      it('requires every requested service', async () => {
        await index.upsert([
          makeProvider({ id: 1, location: north(1), services: ['ransomware-recovery', 'forensics'] }),
          makeProvider({ id: 2, location: north(2), services: ['ransomware-recovery'] }),
          makeProvider({ id: 3, location: north(3), services: ['forensics', 'data-recovery'] }),
        ]);
        expect(ids(await index.search(query({ services: ['ransomware-recovery'] })))).toEqual([1, 2]);
        expect(ids(await index.search(query({ services: ['ransomware-recovery', 'forensics'] })))).toEqual([
          1,
        ]);
        expect(ids(await index.search(query({ services: ['forensics', 'website-repair'] })))).toEqual([]);
      });

      it('keeps only labelled providers when the label is asked for', async () => {
        await index.upsert([
          makeProvider({ id: 1, location: north(1), label: null }),
          makeProvider({ id: 2, location: north(2), label: 'expertcyber' }),
        ]);
        expect(ids(await index.search(query({ label: 'expertcyber' })))).toEqual([2]);
        expect(ids(await index.search(query()))).toEqual([1, 2]);
      });
    });

    describe('text', () => {
      beforeEach(async () => {
        await index.upsert([
          makeProvider({
            id: 1,
            location: north(1),
            name: 'Bastion Sécurité',
            description: 'Intervention après une attaque par rançongiciel.',
          }),
          makeProvider({
            id: 2,
            location: north(2),
            name: 'Alpha Dépannage',
            description: 'Récupération de données effacées.',
            city: 'Saint-Denis',
          }),
          makeProvider({ id: 3, location: north(3), name: 'Proxi Conseil', description: 'Audit du réseau.' }),
        ]);
      });

      it('finds words with or without their accents, in any case', async () => {
        for (const q of ['sécurité', 'securite', 'SECURITE', 'rançongiciel', 'rancongiciel']) {
          expect(ids(await index.search(query({ q }))), q).toEqual([1]);
        }
        expect(ids(await index.search(query({ q: 'depannage' })))).toEqual([2]);
        expect(ids(await index.search(query({ q: 'réseau' })))).toEqual([3]);
      });

      it('matches a word by its beginning', async () => {
        expect(ids(await index.search(query({ q: 'bast' })))).toEqual([1]);
        expect(ids(await index.search(query({ q: 'recup' })))).toEqual([2]);
      });

      it('searches the name, the description and the city, and requires every word', async () => {
        expect(ids(await index.search(query({ q: 'saint-denis' })))).toEqual([2]);
        expect(ids(await index.search(query({ q: 'bastion rançongiciel' })))).toEqual([1]);
        expect(ids(await index.search(query({ q: 'bastion données' })))).toEqual([]);
        expect(ids(await index.search(query({ q: 'inexistant' })))).toEqual([]);
      });

      it('still applies the place and the filters', async () => {
        expect(ids(await index.search(query({ q: 'bastion', radiusKm: 0.5 })))).toEqual([]);
        expect(ids(await index.search(query({ q: 'bastion', services: ['forensics'] })))).toEqual([]);
      });

      it('ranks a provider named after the words before a nearer one that only mentions them', async () => {
        await index.upsert([
          makeProvider({
            id: 10,
            location: north(0.5),
            name: 'Info Services',
            description: 'Partenaire de Rempart.',
          }),
          makeProvider({ id: 11, location: north(5), name: 'Rempart Informatique' }),
        ]);
        expect(ids(await index.search(query({ q: 'rempart' })))).toEqual([11, 10]);
      });

      it('orders the same text matches by distance alone when asked, relevance staying the default', async () => {
        await index.upsert([
          makeProvider({
            id: 10,
            location: north(0.5),
            name: 'Info Services',
            description: 'Partenaire de Rempart.',
          }),
          makeProvider({ id: 11, location: north(5), name: 'Rempart Informatique' }),
          makeProvider({ id: 12, location: north(8), name: 'Rempart Ouest' }),
        ]);
        const byDistance = await index.search(query({ q: 'rempart', sort: 'distance' }));
        expect(ids(byDistance)).toEqual([10, 11, 12]);
        expect(ids(await index.search(query({ q: 'rempart', sort: 'relevance' })))).toEqual(
          ids(await index.search(query({ q: 'rempart' }))),
        );
        expect(ids(await index.search(query({ q: 'rempart' })))[2]).toBe(10);
        // The order changes, not the set: same total, same facets, paged the same way.
        const relevance = await index.search(query({ q: 'rempart' }));
        expect(byDistance.total).toBe(relevance.total);
        expect(byDistance.facets).toEqual(relevance.facets);
        const second = await index.search(query({ q: 'rempart', sort: 'distance', page: 2, pageSize: 2 }));
        expect(ids(second)).toEqual([12]);
      });
    });

    describe('order and pages', () => {
      it('sorts by distance, then name, then id', async () => {
        const same = north(4);
        await index.upsert([
          makeProvider({ id: 1, location: north(9), name: 'Alpha' }),
          makeProvider({ id: 2, location: same, name: 'Delta' }),
          makeProvider({ id: 3, location: north(1), name: 'Zulu' }),
          makeProvider({ id: 4, location: same, name: 'Bravo' }),
          makeProvider({ id: 6, location: same, name: 'Charlie' }),
          makeProvider({ id: 5, location: same, name: 'Charlie' }),
        ]);
        expect(ids(await index.search(query()))).toEqual([3, 4, 5, 6, 2, 1]);
        // Without text every relevance ties: both orders are the distance.
        expect(ids(await index.search(query({ sort: 'relevance' })))).toEqual([3, 4, 5, 6, 2, 1]);
        expect(ids(await index.search(query({ sort: 'distance' })))).toEqual([3, 4, 5, 6, 2, 1]);
      });

      it('pages through the matches with a stable total and no duplicate', async () => {
        await index.upsert(
          Array.from({ length: 25 }, (_, i) =>
            makeProvider({ id: 100 + i, location: north(0.5 + ((i * 7) % 25)) }),
          ),
        );
        const all = await index.search(query({ pageSize: 25 }));
        const pages = await Promise.all(
          [1, 2, 3, 4].map((page) => index.search(query({ page, pageSize: 10 }))),
        );
        expect(pages.map((p) => p.total)).toEqual([25, 25, 25, 25]);
        expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5, 0]);
        expect(pages.map((p) => p.page)).toEqual([1, 2, 3, 4]);
        const paged = pages.flatMap(ids);
        expect(new Set(paged).size).toBe(25);
        expect(paged).toEqual(ids(all));
      });
    });

    it('counts facets over every match, not only the page', async () => {
      await index.upsert([
        makeProvider({
          id: 1,
          location: north(1),
          services: ['forensics', 'data-recovery'],
          publics: ['business'],
          label: 'expertcyber',
        }),
        makeProvider({
          id: 2,
          location: north(2),
          services: ['forensics'],
          publics: ['individual', 'business'],
        }),
        makeProvider({
          id: 3,
          location: north(3),
          services: ['malware-removal', 'forensics'],
          publics: ['public-body'],
          label: 'expertcyber',
        }),
        makeProvider({ id: 4, location: north(80), services: ['website-repair'], publics: ['individual'] }),
      ]);
      const result = await index.search(query({ pageSize: 1 }));
      expect(result.total).toBe(3);
      expect(normalizeFacets(result.facets)).toEqual({
        services: { forensics: 3, 'data-recovery': 1, 'malware-removal': 1 },
        publics: { business: 2, individual: 1, 'public-body': 1 },
        label: { expertcyber: 2, none: 1 },
      });
      const filtered = await index.search(query({ services: ['data-recovery'] }));
      expect(normalizeFacets(filtered.facets)).toEqual({
        services: { forensics: 1, 'data-recovery': 1 },
        publics: { business: 1 },
        label: { expertcyber: 1, none: 0 },
      });
    });

    it('answers an empty result with zero counts', async () => {
      await index.upsert([makeProvider({ id: 1, location: north(1) })]);
      const result = await index.search(query({ lat: 46.5, lng: -8, radiusKm: 50 }));
      expect(result).toMatchObject({ items: [], total: 0, page: 1, pageSize: 50 });
      expect(normalizeFacets(result.facets)).toEqual({
        services: {},
        publics: {},
        label: { expertcyber: 0, none: 0 },
      });
    });

    describe('writes', () => {
      it('moves a provider on upsert', async () => {
        await index.upsert([makeProvider({ id: 1, location: north(5) })]);
        await index.upsert([makeProvider({ id: 1, location: north(100) })]);
        expect((await index.search(query())).total).toBe(0);
        expect(ids(await index.search(query({ ...north(100) })))).toEqual([1]);
      });

      it('changes services on upsert, facets included', async () => {
        await index.upsert([makeProvider({ id: 1, location: north(5), services: ['forensics'] })]);
        await index.upsert([makeProvider({ id: 1, location: north(5), services: ['website-repair'] })]);
        expect(ids(await index.search(query({ services: ['forensics'] })))).toEqual([]);
        const result = await index.search(query({ services: ['website-repair'] }));
        expect(ids(result)).toEqual([1]);
        expect(normalizeFacets(result.facets).services).toEqual({ 'website-repair': 1 });
      });

      it('forgets removed providers and ignores unknown ids', async () => {
        await index.upsert([1, 2, 3].map((id) => makeProvider({ id, location: north(id) })));
        await index.remove([2, 999]);
        const result = await index.search(query());
        expect(ids(result)).toEqual([1, 3]);
        expect(result.total).toBe(2);
      });

      it('replaces everything on reindex', async () => {
        await index.upsert([1, 2].map((id) => makeProvider({ id, location: north(id) })));
        await index.reindex([3, 4].map((id) => makeProvider({ id, location: north(id) })));
        expect(ids(await index.search(query()))).toEqual([3, 4]);
        await index.reindex([]);
        expect((await index.search(query())).total).toBe(0);
      });

      it('returns the stored document with its distance', async () => {
        const doc = makeProvider({
          id: 7,
          location: north(3),
          name: 'Vigi Protection',
          label: 'expertcyber',
        });
        await index.upsert([doc]);
        const [hit] = (await index.search(query())).items;
        const { distanceKm: d, ...rest } = hit!;
        expect(rest).toEqual(doc);
        expectSameDistance(d, 3, 'distance');
      });
    });

    describe('input checks', () => {
      it('refuses an impossible query', async () => {
        for (const fields of [
          { lat: 91 },
          { lng: Number.NaN },
          { radiusKm: 0 },
          { radiusKm: Number.POSITIVE_INFINITY },
          { page: 0 },
          { pageSize: 1.5 },
        ]) {
          await expect(index.search(query(fields)), JSON.stringify(fields)).rejects.toThrow(RangeError);
        }
      });

      it('refuses a batch holding an impossible provider, before writing any of it', async () => {
        const fine = makeProvider({ id: 1, location: north(1) });
        const nowhere = makeProvider({ id: 2, location: { lat: Number.NaN, lng: 2 } });
        await expect(index.upsert([fine, nowhere])).rejects.toThrow(RangeError);
        await expect(index.upsert([fine, makeProvider({ id: 1.5 })])).rejects.toThrow(TypeError);
        await expect(index.upsert([fine, makeProvider({ id: -3 })])).rejects.toThrow(TypeError);
        await expect(index.reindex([fine, makeProvider({ id: 4, radiusKm: -1 })])).rejects.toThrow(
          RangeError,
        );
        expect(ids(await index.search(query()))).toEqual([]);
      });
    });

    it('reports itself healthy', async () => {
      expect(await index.health()).toBe('ok');
    });

    it('agrees with the full-scan reference on 200 providers and 300 random queries', async () => {
      const docs = generateProviderFixture({ count: 200, seed: 11 });
      await index.reindex(docs);
      let nonEmpty = 0;
      let ordered = 0;
      for (const random of generateRandomQueries(300, 13)) {
        // Relevance is engine-specific: with text, compare the whole matching set, not its order.
        const q: SearchQuery = random.q ? { ...random, page: 1, pageSize: 500 } : random;
        const context = JSON.stringify(q);
        const [actual, expected] = [await index.search(q), searchByFullScan(docs, q)];
        expect(actual.total, context).toBe(expected.total);
        expect(normalizeFacets(actual.facets), context).toEqual(normalizeFacets(expected.facets));
        if (q.q) expect(ids(actual).sort(byNumber), context).toEqual(ids(expected).sort(byNumber));
        else expect(ids(actual), context).toEqual(ids(expected));
        const expectedDistance = new Map(expected.items.map((hit) => [hit.id, hit.distanceKm]));
        for (const hit of actual.items)
          expectSameDistance(hit.distanceKm, expectedDistance.get(hit.id)!, context);
        if (expected.total > 0) nonEmpty++;
        if (expected.items.length > 1) ordered++;
      }
      // The queries must exercise something: most find providers, many several to put in order.
      expect(nonEmpty).toBeGreaterThan(150);
      expect(ordered).toBeGreaterThan(100);
    });

    it('in distance order, agrees with the full-scan reference on text queries, order and pages included', async () => {
      const docs = generateProviderFixture({ count: 200, seed: 11 });
      await index.reindex(docs);
      let ordered = 0;
      const textQueries = generateRandomQueries(400, 17).filter((random) => random.q);
      for (const random of textQueries) {
        const q: SearchQuery = { ...random, sort: 'distance' };
        const context = JSON.stringify(q);
        const [actual, expected] = [await index.search(q), searchByFullScan(docs, q)];
        expect(actual.total, context).toBe(expected.total);
        expect(normalizeFacets(actual.facets), context).toEqual(normalizeFacets(expected.facets));
        expect(ids(actual), context).toEqual(ids(expected));
        if (expected.items.length > 1) ordered++;
      }
      expect(ordered).toBeGreaterThan(20);
    });
  });
}

const byNumber = (a: number, b: number) => a - b;
