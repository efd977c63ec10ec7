/**
 * The Meilisearch candidate filter of the provider index, evaluated with the stand-in's filter parser
 * and evaluator (no server).
 */
import { describe, expect, it } from 'vitest';
import { searchByFullScan } from '../src/embedded/full-scan.ts';
import { buildCandidateFilter } from '../src/meili/candidate-filter.ts';
import { RADIUS_BUCKETS_KM, radiusBucketOf, toMeiliDocument } from '../src/meili/documents.ts';
import type { SearchQuery } from '../src/types.ts';
import { generateProviderFixture, generateRandomQueries, makeProvider } from '../testing/fixture.ts';
import { evaluateFilter } from '../testing/meili-standin/filter-eval.ts';
import { parseFilterString } from '../testing/meili-standin/filter-parser.ts';
import { nearParis, north } from './meili-harness.ts';

describe('candidate filter', () => {
  /** Evaluates the Meilisearch filter of a query on a provider, with the stand-in's evaluator. */
  const passes = (query: SearchQuery, doc: Parameters<typeof toMeiliDocument>[0]) =>
    evaluateFilter(parseFilterString(buildCandidateFilter(query))!, toMeiliDocument(doc));

  it('rounds a radius up to its bucket', () => {
    expect([0, 2, 2.5, 10, 10.01, 150, 201, 5000].map(radiusBucketOf)).toEqual([
      2, 2, 5, 10, 15, 150, 300, 20_038,
    ]);
    expect([...RADIUS_BUCKETS_KM].sort((a, b) => a - b)).toEqual([...RADIUS_BUCKETS_KM]);
  });

  it('is a superset of the exact rule, never missing a match', () => {
    const docs = generateProviderFixture({ count: 300, seed: 21 }).map((d, i) => ({
      ...d,
      radiusKm: [0, 1, 3, 7.5, 12, 33, 64, 99, 180, 250, 1500][i % 11]!,
    }));
    let kept = 0;
    let exact = 0;
    for (const query of generateRandomQueries(300, 23)) {
      const { q: _text, ...withoutText } = query;
      const expected = searchByFullScan(docs, { ...withoutText, page: 1, pageSize: docs.length });
      const candidates = docs.filter((d) => passes(query, d));
      const candidateIds = new Set(candidates.map((d) => d.id));
      for (const hit of expected.items) expect(candidateIds.has(hit.id), JSON.stringify(query)).toBe(true);
      kept += candidates.length;
      exact += expected.total;
    }
    // ... and not much more: the buckets keep the extra candidates few.
    expect(kept).toBeLessThan(exact * 1.5);
  });

  it('keeps out a provider whose bucket does not reach the victim', () => {
    const query = nearParis({ radiusKm: 50 });
    expect(passes(query, makeProvider({ id: 1, location: north(20), radiusKm: 10 }))).toBe(false);
    expect(passes(query, makeProvider({ id: 2, location: north(20), radiusKm: 18 }))).toBe(true); // bucket 20
    expect(passes(query, makeProvider({ id: 3, location: north(60), radiusKm: 200 }))).toBe(false);
    expect(
      passes({ ...query, remote: true }, makeProvider({ id: 4, location: north(600), remote: true })),
    ).toBe(true);
    expect(
      passes(
        { ...query, public: 'business' },
        makeProvider({ id: 5, location: north(1), publics: ['individual'] }),
      ),
    ).toBe(false);
  });

  it('writes filters the Meilisearch grammar accepts, quoting values', () => {
    const filter = buildCandidateFilter(
      nearParis({
        radiusKm: 12,
        remote: true,
        public: 'public-body',
        services: ['ransomware-recovery', 'forensics'],
        label: 'expertcyber',
      }),
    );
    expect(filter).toBe(
      '((radiusBucket = 2 AND _geoRadius(48.8566, 2.3522, 2002)) OR (radiusBucket = 5 AND _geoRadius(48.8566, 2.3522, 5002)) ' +
        'OR (radiusBucket = 10 AND _geoRadius(48.8566, 2.3522, 10002)) OR (radiusBucket >= 15 AND _geoRadius(48.8566, 2.3522, 12003)) ' +
        'OR remote = true) AND publics = "public-body" AND services = "ransomware-recovery" AND services = "forensics" ' +
        'AND label = "expertcyber"',
    );
    expect(() => parseFilterString(filter)).not.toThrow();
  });
});
