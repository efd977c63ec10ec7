import { randomUUID } from 'node:crypto';
import { type Doc, evaluateFilter, facetString, normalizeFacet, valuesAt } from './filter-eval.ts';
import { docGeoPoint, haversineMeters } from './geo.ts';
import { parseSearchParams, type SortCriterion } from './search-params.ts';
import type { Settings } from './settings.ts';
import { type AttributeWords, matchQuery, parseQuery, type TextMatch, wordsOf } from './text.ts';

/** A stored document with its internal id (insertion order breaks ranking ties, as in Meilisearch). */
export type StoredDoc = { doc: Doc; seq: number };

/** Compares two sort values: numbers before strings, missing values last in both directions. */
function compareSortValues(a: unknown, b: unknown, asc: boolean): number {
  const rank = (v: unknown) =>
    typeof v === 'number' ? 0 : typeof v === 'string' || typeof v === 'boolean' ? 1 : 2;
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 2 || rb === 2) return ra === rb ? 0 : ra === 2 ? 1 : -1;
  let cmp: number;
  if (ra !== rb) cmp = ra - rb;
  else if (ra === 0) cmp = (a as number) - (b as number);
  else {
    const sa = normalizeFacet(String(a));
    const sb = normalizeFacet(String(b));
    cmp = sa < sb ? -1 : sa > sb ? 1 : 0;
  }
  return asc ? cmp : -cmp;
}

function firstValue(doc: Doc, field: string): unknown {
  const { values } = valuesAt(doc, field);
  return values.find((v) => v !== null && v !== undefined);
}

type Candidate = { stored: StoredDoc; match?: TextMatch; geoDistance?: number };

function compareBySort(a: Candidate, b: Candidate, criteria: SortCriterion[]): number {
  for (const c of criteria) {
    let cmp: number;
    if (c.kind === 'geo') {
      const pa = docGeoPoint(a.stored.doc);
      const pb = docGeoPoint(b.stored.doc);
      cmp = compareSortValues(
        pa ? haversineMeters(c.point, pa) : undefined,
        pb ? haversineMeters(c.point, pb) : undefined,
        c.asc,
      );
    } else {
      cmp = compareSortValues(firstValue(a.stored.doc, c.field), firstValue(b.stored.doc, c.field), c.asc);
    }
    if (cmp !== 0) return cmp;
  }
  return 0;
}

function rank(
  candidates: Candidate[],
  rules: string[],
  criteria: SortCriterion[],
  hasQuery: boolean,
): Candidate[] {
  return [...candidates].sort((a, b) => {
    for (const rule of rules) {
      let cmp = 0;
      if (hasQuery && rule === 'words') cmp = b.match!.words - a.match!.words;
      else if (hasQuery && rule === 'attribute')
        cmp = a.match!.attribute - b.match!.attribute || a.match!.position - b.match!.position;
      else if (hasQuery && rule === 'exactness') cmp = b.match!.exact - a.match!.exact;
      else if (rule === 'sort') cmp = compareBySort(a, b, criteria);
      else {
        // typo and proximity never separate documents here (no typos, proximity not modelled);
        // custom rules sort by a field.
        const custom = /^(.+):(asc|desc)$/.exec(rule);
        if (custom) {
          cmp = compareSortValues(
            firstValue(a.stored.doc, custom[1]!),
            firstValue(b.stored.doc, custom[1]!),
            custom[2] === 'asc',
          );
        }
      }
      if (cmp !== 0) return cmp;
    }
    return a.stored.seq - b.stored.seq;
  });
}

function searchableAttributesOf(doc: Doc, settings: Settings, restrictTo?: string[]): AttributeWords[] {
  const fields = settings.searchableAttributes.includes('*')
    ? Object.keys(doc)
    : settings.searchableAttributes;
  return fields
    .filter((f) => !restrictTo || restrictTo.includes(f))
    .map((attribute) => ({ attribute, words: wordsOf(valuesAt(doc, attribute).values) }));
}

function facetDistribution(
  candidates: Candidate[],
  facets: string[],
  settings: Settings,
): {
  distribution: Record<string, Record<string, number>>;
  stats: Record<string, { min: number; max: number }>;
} {
  const distribution: Record<string, Record<string, number>> = {};
  const stats: Record<string, { min: number; max: number }> = {};
  for (const facet of facets) {
    const counts = new Map<string, { label: string; count: number }>();
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const { stored } of candidates) {
      const seen = new Set<string>();
      for (const v of valuesAt(stored.doc, facet).values) {
        let key: string;
        let label: string;
        if (typeof v === 'number') {
          key = `n:${v}`;
          label = String(v);
          min = Math.min(min, v);
          max = Math.max(max, v);
        } else {
          const s = facetString(v);
          if (s === undefined) continue;
          key = `s:${normalizeFacet(s)}`;
          label = s;
        }
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = counts.get(key) ?? { label, count: 0 };
        entry.count++;
        counts.set(key, entry);
      }
    }
    const order =
      settings.faceting.sortFacetValuesBy[facet] ?? settings.faceting.sortFacetValuesBy['*'] ?? 'alpha';
    const entries = [...counts.values()].sort((a, b) =>
      order === 'count' && a.count !== b.count
        ? b.count - a.count
        : a.label < b.label
          ? -1
          : a.label > b.label
            ? 1
            : 0,
    );
    distribution[facet] = Object.fromEntries(
      entries.slice(0, settings.faceting.maxValuesPerFacet).map((e) => [e.label, e.count]),
    );
    if (min <= max) stats[facet] = { min, max };
  }
  return { distribution, stats };
}

function project(doc: Doc, settings: Settings, attributesToRetrieve: string[]): Doc {
  const displayed = (f: string) =>
    settings.displayedAttributes.includes('*') || settings.displayedAttributes.includes(f);
  const retrieved = (f: string) => attributesToRetrieve.includes('*') || attributesToRetrieve.includes(f);
  return Object.fromEntries(Object.entries(doc).filter(([f]) => displayed(f) && retrieved(f)));
}

/**
 * Runs `POST /indexes/:uid/search` against an index's documents, validating the body the way
 * Meilisearch does and refusing what the stand-in does not implement.
 */
export function runSearch(
  indexUid: string,
  settings: Settings,
  docs: StoredDoc[],
  body: unknown,
): Record<string, unknown> {
  const started = performance.now();
  const {
    q,
    finite,
    offset,
    limit,
    page,
    hitsPerPage,
    attributesToRetrieve,
    showRankingScore,
    strategy,
    searchOn,
    filter,
    criteria,
    facets,
  } = parseSearchParams(indexUid, settings, body);

  const query = parseQuery(q ?? '').map((w) =>
    settings.prefixSearch === 'disabled' ? { ...w, prefix: false } : w,
  );
  const hasQuery = query.length > 0;
  let candidates: Candidate[] = [];
  for (const stored of docs) {
    if (filter && !evaluateFilter(filter.node, stored.doc)) continue;
    if (!hasQuery) {
      candidates.push({ stored });
      continue;
    }
    const match = matchQuery(query, searchableAttributesOf(stored.doc, settings, searchOn), strategy);
    if (match) candidates.push({ stored, match });
  }
  candidates = rank(candidates, settings.rankingRules, criteria, hasQuery);

  const maxTotalHits = settings.pagination.maxTotalHits;
  const [rawOffset, rawLimit] = finite
    ? page === 0
      ? [0, 0]
      : [(page - 1) * hitsPerPage, hitsPerPage]
    : [offset, limit];
  const from = Math.min(rawOffset, maxTotalHits);
  const count = Math.min(rawLimit, maxTotalHits - from);
  const geo = criteria.find((c): c is Extract<SortCriterion, { kind: 'geo' }> => c.kind === 'geo');
  const hits = candidates.slice(from, from + count).map(({ stored, match }) => {
    const hit = project(stored.doc, settings, attributesToRetrieve);
    if (geo) {
      const p = docGeoPoint(stored.doc);
      if (p) hit._geoDistance = Math.round(haversineMeters(geo.point, p));
    }
    if (showRankingScore) {
      hit._rankingScore = match ? (match.words / query.length) * (0.5 + 0.5 / (1 + match.attribute)) : 1;
    }
    return hit;
  });
  const totalHits = Math.min(candidates.length, maxTotalHits);
  const response: Record<string, unknown> = {
    hits,
    query: q ?? '',
    processingTimeMs: Math.round(performance.now() - started),
  };
  if (finite) {
    response.hitsPerPage = hitsPerPage;
    response.page = page;
    response.totalPages = hitsPerPage === 0 ? 0 : Math.ceil(totalHits / hitsPerPage);
    response.totalHits = totalHits;
  } else {
    response.limit = count;
    response.offset = from;
    response.estimatedTotalHits = totalHits;
  }
  if (facets) {
    const { distribution, stats } = facetDistribution(candidates, facets, settings);
    response.facetDistribution = distribution;
    response.facetStats = stats;
  }
  response.requestUid = randomUUID();
  return response;
}
