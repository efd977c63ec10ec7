/**
 * Tests of the Meilisearch stand-in's HTTP protocol for search, multi-search and index swaps. With
 * MEILI_HOST set, they also run against that server, which checks that the stand-in says what
 * Meilisearch says (knob tests stay stand-in only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMeiliStandin } from '../testing/meili-standin/server.ts';
import {
  type Answer,
  client,
  expectError,
  freshUid,
  MASTER_KEY,
  targets,
} from './meili-standin-protocol-harness.ts';

describe.each(targets)('Meilisearch HTTP protocol ($name)', (target) => {
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    if (target.kind === 'stand-in') {
      target.standin = await startMeiliStandin({ masterKey: MASTER_KEY });
      target.url = target.standin.url;
    }
    api = client(target);
  });
  afterAll(async () => {
    await api.cleanup();
    await target.standin?.close();
  });

  const MILAN = [
    { id: 1, name: "Nàpiz' Milano", type: 'pizza', rating: 9, _geo: { lat: 45.4777599, lng: 9.1967508 } },
    { id: 2, name: 'Bouillon Pigalle', type: 'french', rating: 8, _geo: { lat: 48.8826517, lng: 2.3352748 } },
    {
      id: 3,
      name: 'Artico Gelateria Tradizionale',
      type: 'ice cream',
      rating: 10,
      _geo: { lat: 45.4632046, lng: 9.1719421 },
    },
    { id: 4, name: 'Pizzeria Da Michele', type: 'pizza', rating: 10, _geo: { lat: 40.8498, lng: 14.2635 } },
    { id: 5, name: 'Café sans géolocalisation', type: 'café', rating: 7 },
  ];
  const MILAN_SETTINGS = {
    filterableAttributes: ['type', 'rating', '_geo'],
    sortableAttributes: ['_geo', 'rating', 'name'],
    searchableAttributes: ['name', 'type'],
  };

  describe('search', () => {
    let uid: string;
    beforeAll(async () => {
      uid = await api.index(MILAN_SETTINGS, MILAN);
    });
    const search = (body: unknown) => api.call('POST', `/indexes/${uid}/search`, body);
    const names = (answer: Answer) => answer.body.hits.map((h: { id: number }) => h.id);

    it('answers a placeholder search with every document and the offset/limit fields', async () => {
      const res = await search({});
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        query: '',
        limit: 20,
        offset: 0,
        estimatedTotalHits: 5,
        processingTimeMs: expect.any(Number),
      });
      expect(names(res).sort()).toEqual([1, 2, 3, 4, 5]);
    });

    it('matches words by prefix, ignoring case and diacritics', async () => {
      expect(names(await search({ q: 'napiz' }))).toEqual([1]);
      expect(names(await search({ q: 'GELAT' }))).toEqual([3]);
      expect(names(await search({ q: 'geolocalisation' }))).toEqual([5]);
      expect(names(await search({ q: 'pizza', filter: 'rating = 10' }))).toEqual([4]);
      expect(names(await search({ q: 'zzz' }))).toEqual([]);
    });

    it('filters with strings and arrays', async () => {
      const ids = async (filter: unknown) =>
        names(await search({ filter, sort: ['rating:desc', 'name:asc'] }));
      expect(await ids('type = pizza')).toEqual([4, 1]);
      expect(await ids(['type = pizza', ['rating = 9', 'rating = 8']])).toEqual([1]);
      expect(await ids('rating 8 TO 9')).toEqual([1, 2]);
      expect(await ids("type IN [pizza, 'ice cream']")).toEqual([3, 4, 1]);
      expect(await ids('NOT type = pizza AND rating >= 8')).toEqual([3, 2]);
      expect(await ids('_geoRadius(45.472735, 9.184019, 2000)')).toEqual([3, 1]);
      expect(await ids('_geoBoundingBox([45.494181, 9.214024], [45.449484, 9.179175])')).toEqual([1]);
    });

    it('refuses a filter on an attribute that is not filterable, and malformed filters', async () => {
      expectError(await search({ filter: '_geo EXISTS' }), 400, 'invalid_search_filter');
      const res = await search({ filter: 'name = Bouillon' });
      expectError(res, 400, 'invalid_search_filter');
      expect(res.body.message).toContain('Attribute `name` is not filterable.');
      expectError(await search({ filter: 'type = pizza XOR rating = 2' }), 400, 'invalid_search_filter');
      expectError(await search({ filter: true }), 400, 'invalid_search_filter');
      expectError(await search({ filter: '_geoRadius(100, 9, 2000)' }), 400, 'invalid_search_filter');
    });

    it('sorts by distance with _geoPoint and reports _geoDistance in metres', async () => {
      const res = await search({ sort: ['_geoPoint(45.472735, 9.184019):asc'], limit: 3 });
      expect(names(res)).toEqual([1, 3, 2]);
      const distances = res.body.hits.map((h: { _geoDistance: number }) => h._geoDistance);
      expect(distances.every(Number.isInteger)).toBe(true);
      expect(distances[0]).toBeGreaterThanOrEqual(1138);
      expect(distances[0]).toBeLessThanOrEqual(1140);
      const desc = await search({ sort: ['_geoPoint(45.472735, 9.184019):desc'] });
      expect(names(desc)).toEqual([4, 2, 3, 1, 5]); // documents without _geo come last
      expect((await search({})).body.hits[0]._geoDistance).toBeUndefined();
    });

    it('refuses sorting on what is not sortable', async () => {
      const res = await search({ sort: ['type:asc'] });
      expectError(res, 400, 'invalid_search_sort');
      expect(res.body.message).toContain('Attribute `type` is not sortable.');
      expectError(await search({ sort: ['_geo:asc'] }), 400, 'invalid_search_sort');
      expectError(await search({ sort: ['rating'] }), 400, 'invalid_search_sort');
      expectError(await search({ sort: 'rating:asc' }), 400, 'invalid_search_sort');
      const plain = await api.index({ rankingRules: ['words'], sortableAttributes: ['rating'] }, []);
      expectError(
        await api.call('POST', `/indexes/${plain}/search`, { sort: ['rating:asc'] }),
        400,
        'invalid_search_sort',
      );
    });

    it('pages with limit/offset or with page/hitsPerPage', async () => {
      const sort = ['rating:desc', 'name:asc'];
      const window = await search({ sort, offset: 1, limit: 2 });
      expect(window.body).toMatchObject({ offset: 1, limit: 2, estimatedTotalHits: 5 });
      expect(names(window)).toEqual([4, 1]);
      const page = await search({ sort, page: 2, hitsPerPage: 2 });
      expect(page.body).toMatchObject({ page: 2, hitsPerPage: 2, totalHits: 5, totalPages: 3 });
      expect(page.body.estimatedTotalHits).toBeUndefined();
      expect(names(page)).toEqual([1, 2]);
    });

    it('returns no more than pagination.maxTotalHits', async () => {
      const small = await api.index({ pagination: { maxTotalHits: 2 } }, MILAN);
      const res = await api.call('POST', `/indexes/${small}/search`, { limit: 10 });
      expect(res.body.hits).toHaveLength(2);
      expect(res.body.estimatedTotalHits).toBe(2);
    });

    it('counts facet values over every match', async () => {
      const res = await search({ facets: ['type', 'rating'], limit: 1 });
      expect(res.body.facetDistribution).toEqual({
        type: { café: 1, french: 1, 'ice cream': 1, pizza: 2 },
        rating: { '7': 1, '8': 1, '9': 1, '10': 2 },
      });
      expect(res.body.facetStats).toEqual({ rating: { min: 7, max: 10 } });
      expectError(await search({ facets: ['name'] }), 400, 'invalid_search_facets');
    });

    it('returns only the attributes asked for, and the ranking score when asked', async () => {
      const res = await search({ q: 'pizza', attributesToRetrieve: ['name'], showRankingScore: true });
      for (const hit of res.body.hits) {
        expect(Object.keys(hit).sort()).toEqual(['_rankingScore', 'name']);
        expect(hit._rankingScore).toBeGreaterThan(0);
        expect(hit._rankingScore).toBeLessThanOrEqual(1);
      }
    });

    it('ranks by the searchable attributes order, then by the sort', async () => {
      const ranked = await api.index(
        { searchableAttributes: ['name', 'description'], sortableAttributes: ['_geo'] },
        [
          {
            id: 1,
            name: 'Info Services',
            description: 'Partenaire de Rempart.',
            _geo: { lat: 48.86, lng: 2.35 },
          },
          { id: 2, name: 'Rempart Informatique', description: 'Conseil.', _geo: { lat: 48.9, lng: 2.35 } },
          { id: 3, name: 'Rempart Ouest', description: 'Conseil.', _geo: { lat: 48.87, lng: 2.35 } },
        ],
      );
      const res = await api.call('POST', `/indexes/${ranked}/search`, {
        q: 'rempart',
        sort: ['_geoPoint(48.8566, 2.3522):asc'],
      });
      expect(names(res)).toEqual([3, 2, 1]);
    });

    it('validates its parameters', async () => {
      expectError(await search({ marin: 'hello' }), 400, 'bad_request');
      expectError(await search({ limit: 'doggo' }), 400, 'invalid_search_limit');
      expectError(await search({ offset: -1 }), 400, 'invalid_search_offset');
      expectError(await search({ q: ['doggo'] }), 400, 'invalid_search_q');
      expectError(await search({ matchingStrategy: 'most' }), 400, 'invalid_search_matching_strategy');
      expectError(
        await api.call('POST', `/indexes/${freshUid()}/search`, { q: 'hello' }),
        404,
        'index_not_found',
      );
    });

    it('runs several searches in one multi-search request', async () => {
      const res = await api.call('POST', '/multi-search', {
        queries: [
          { indexUid: uid, q: 'pizza', attributesToRetrieve: ['id'] },
          { indexUid: uid, filter: 'rating = 10', attributesToRetrieve: ['id'] },
        ],
      });
      expect(res.status).toBe(200);
      expect(res.body.results.map((r: { indexUid: string }) => r.indexUid)).toEqual([uid, uid]);
      expect(res.body.results[0].hits.map((h: { id: number }) => h.id).sort()).toEqual([1, 4]);
      expect(res.body.results[1].hits.map((h: { id: number }) => h.id).sort()).toEqual([3, 4]);
      const failing = await api.call('POST', '/multi-search', {
        queries: [{ indexUid: uid }, { indexUid: uid, filter: 'name = x' }],
      });
      expectError(failing, 400, 'invalid_search_filter');
      expect(failing.body.message).toMatch(/^Inside `\.queries\[1\]`: /);
    });
  });

  describe('swap-indexes', () => {
    it('swaps two indexes, and fails the task when one is missing', async () => {
      const a = await api.index({}, [{ id: 1, v: 'a' }]);
      const b = await api.index({}, [{ id: 1, v: 'b' }]);
      const swapped = await api.task(await api.call('POST', '/swap-indexes', [{ indexes: [a, b] }]));
      expect(swapped).toMatchObject({ status: 'succeeded', type: 'indexSwap' });
      expect((await api.call('GET', `/indexes/${a}/documents/1`)).body.v).toBe('b');
      expect((await api.call('GET', `/indexes/${b}/documents/1`)).body.v).toBe('a');
      const missing = await api.task(await api.call('POST', '/swap-indexes', [{ indexes: [a, freshUid()] }]));
      expect(missing).toMatchObject({ status: 'failed', error: { code: 'index_not_found' } });
    });
  });
});
