import { randomUUID } from 'node:crypto';
import { badRequest, describeJson, invalidType, MeiliError, notImplemented } from './errors.ts';
import {
  type Doc,
  evaluateFilter,
  facetString,
  matchesAttributePattern,
  normalizeFacet,
  validateFilter,
  valuesAt,
} from './filter-eval.ts';
import { FilterError, FilterShapeError, parseFilterParam } from './filter-parser.ts';
import { docGeoPoint, haversineMeters, type Point } from './geo.ts';
import type { Settings } from './settings.ts';
import {
  type AttributeWords,
  type MatchingStrategy,
  matchQuery,
  parseQuery,
  type TextMatch,
  wordsOf,
} from './text.ts';

/** A stored document with its internal id (insertion order breaks ranking ties, as in Meilisearch). */
export type StoredDoc = { doc: Doc; seq: number };

/** Every field `POST /indexes/:uid/search` knows; the stand-in implements those in IMPLEMENTED. */
const SEARCH_FIELDS = [
  'q',
  'vector',
  'media',
  'hybrid',
  'offset',
  'limit',
  'page',
  'hitsPerPage',
  'attributesToRetrieve',
  'retrieveVectors',
  'attributesToCrop',
  'cropLength',
  'attributesToHighlight',
  'showMatchesPosition',
  'showRankingScore',
  'showRankingScoreDetails',
  'showPerformanceDetails',
  'filter',
  'sort',
  'distinct',
  'facets',
  'highlightPreTag',
  'highlightPostTag',
  'cropMarker',
  'matchingStrategy',
  'attributesToSearchOn',
  'rankingScoreThreshold',
  'locales',
  'personalize',
  'useNetwork',
];
const IMPLEMENTED = new Set([
  'q',
  'offset',
  'limit',
  'page',
  'hitsPerPage',
  'attributesToRetrieve',
  'showRankingScore',
  'filter',
  'sort',
  'facets',
  'matchingStrategy',
  'attributesToSearchOn',
]);
/** Values of unimplemented parameters that change nothing, so sending them is harmless. */
const HARMLESS: Record<string, unknown[]> = {
  retrieveVectors: [false],
  showMatchesPosition: [false],
  showRankingScoreDetails: [false],
  showPerformanceDetails: [false],
  attributesToHighlight: [null],
  attributesToCrop: [null],
  vector: [null],
};

type SortCriterion =
  | { kind: 'field'; field: string; asc: boolean }
  | { kind: 'geo'; point: Point; asc: boolean };

const snakeCode = (name: string) => `invalid_search_${name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;

function positiveInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw invalidType(snakeCode(name), `.${name}`, 'a positive integer', value);
  }
  return value;
}

function stringList(name: string, value: unknown): string[] {
  if (!Array.isArray(value)) throw invalidType(snakeCode(name), `.${name}`, 'an array', value);
  value.forEach((v, i) => {
    if (typeof v !== 'string') throw invalidType(snakeCode(name), `.${name}[${i}]`, 'a string', v);
  });
  return value as string[];
}

const FLOAT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

function parseSort(expressions: string[], indexUid: string, settings: Settings): SortCriterion[] {
  const sortError = (message: string) => new MeiliError(400, 'invalid_search_sort', message);
  const criteria = expressions.map((text): SortCriterion => {
    if (text.startsWith('_geoPoint')) {
      const m = /^_geoPoint\(([^)]*)\):(asc|desc)$/.exec(text);
      const args = m?.[1]?.split(',') ?? [];
      if (!m || args.length !== 2 || !args.every((a) => FLOAT.test(a))) {
        throw sortError(
          `Invalid syntax for the geo parameter: expected expression formated like \`_geoPoint(latitude, longitude)\` and ending by \`:asc\` or \`:desc\`, found \`${text}\`.`,
        );
      }
      const [lat, lng] = args.map(Number) as [number, number];
      if (lat < -90 || lat > 90) {
        throw sortError(`Bad latitude \`${lat}\`. Latitude must be contained between -90 and 90 degrees.`);
      }
      if (lng < -180 || lng > 180) {
        throw sortError(
          `Bad longitude \`${lng}\`. Longitude must be contained between -180 and 180 degrees.`,
        );
      }
      return { kind: 'geo', point: { lat, lng }, asc: m[2] === 'asc' };
    }
    const colon = text.lastIndexOf(':');
    const field = text.slice(0, colon);
    const dir = text.slice(colon + 1);
    if (colon <= 0 || (dir !== 'asc' && dir !== 'desc')) {
      throw sortError(
        `Invalid syntax for the sort parameter: expected expression ending by \`:asc\` or \`:desc\`, found \`${text}\`.`,
      );
    }
    if (field === '_geo') {
      throw sortError(
        "`_geo` is a reserved keyword and thus can't be used as a sort expression. Use the _geoPoint(latitude, longitude) built-in rule to sort on _geo field coordinates.",
      );
    }
    if (['_geoDistance', '_geoRadius', '_geoBoundingBox', '_geoPolygon'].includes(field)) {
      throw sortError(`\`${field}\` is a reserved keyword and thus can't be used as a sort expression.`);
    }
    return { kind: 'field', field, asc: dir === 'asc' };
  });
  if (criteria.length > 0 && !settings.rankingRules.includes('sort')) {
    throw sortError(
      'You must specify where `sort` is listed in the rankingRules setting to use the sort parameter at search time.',
    );
  }
  for (const c of criteria) {
    const field = c.kind === 'geo' ? '_geo' : c.field;
    if (!matchesAttributePattern(field, settings.sortableAttributes)) {
      const sortable = [...settings.sortableAttributes].sort();
      const tail =
        sortable.length === 0
          ? 'This index does not have configured sortable attributes.'
          : `Available sortable attributes are: \`${sortable.join(', ')}\`.`;
      throw sortError(`Index \`${indexUid}\`: Attribute \`${field}\` is not sortable. ${tail}`);
    }
  }
  return criteria;
}

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
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest(`Invalid value type: expected an object, but found ${describeJson(body)}`);
  }
  const params = body as Record<string, unknown>;
  for (const [key, value] of Object.entries(params)) {
    if (!SEARCH_FIELDS.includes(key)) {
      throw badRequest(
        `Unknown field \`${key}\`: expected one of ${SEARCH_FIELDS.map((f) => `\`${f}\``).join(', ')}`,
      );
    }
    if (!IMPLEMENTED.has(key) && !(HARMLESS[key] ?? []).includes(value)) {
      throw notImplemented(`the search parameter \`${key}\``);
    }
  }

  const q = params.q ?? null;
  if (q !== null && typeof q !== 'string') throw invalidType('invalid_search_q', '.q', 'a string', q);
  if (typeof q === 'string' && (q.includes('"') || /(^|\s)-\S/u.test(q))) {
    throw notImplemented('phrase search (`"…"`) and negative keywords (`-word`) in `q`');
  }
  const finite = params.page !== undefined || params.hitsPerPage !== undefined;
  const offset = params.offset === undefined ? 0 : positiveInteger('offset', params.offset);
  const limit = params.limit === undefined ? 20 : positiveInteger('limit', params.limit);
  const page = params.page === undefined ? 1 : positiveInteger('page', params.page);
  const hitsPerPage =
    params.hitsPerPage === undefined ? 20 : positiveInteger('hitsPerPage', params.hitsPerPage);
  const attributesToRetrieve =
    params.attributesToRetrieve == null
      ? ['*']
      : stringList('attributesToRetrieve', params.attributesToRetrieve);
  if (attributesToRetrieve.some((a) => a.includes('.') || (a.includes('*') && a !== '*'))) {
    throw notImplemented('nested paths and patterns in `attributesToRetrieve`');
  }
  const showRankingScore = params.showRankingScore ?? false;
  if (typeof showRankingScore !== 'boolean') {
    throw invalidType(
      'invalid_search_show_ranking_score',
      '.showRankingScore',
      'a boolean',
      showRankingScore,
    );
  }
  const strategy = params.matchingStrategy ?? 'last';
  if (strategy !== 'last' && strategy !== 'all' && strategy !== 'frequency') {
    throw new MeiliError(
      400,
      'invalid_search_matching_strategy',
      `Unknown value \`${String(strategy)}\` at \`.matchingStrategy\`: expected one of \`last\`, \`all\`, \`frequency\``,
    );
  }
  if (strategy === 'frequency') throw notImplemented('`matchingStrategy: "frequency"`');
  let searchOn: string[] | undefined;
  if (params.attributesToSearchOn != null) {
    searchOn = stringList('attributesToSearchOn', params.attributesToSearchOn);
    const searchable = settings.searchableAttributes;
    for (const a of searchOn) {
      if (!searchable.includes('*') && !searchable.includes(a)) {
        throw new MeiliError(
          400,
          'invalid_search_attributes_to_search_on',
          `Attribute \`${a}\` is not searchable. Available searchable attributes are: \`${searchable.join(', ')}\`.`,
        );
      }
    }
  }

  let filter: ReturnType<typeof parseFilterParam>;
  try {
    filter = parseFilterParam(params.filter);
    if (filter) validateFilter(filter.node, indexUid, settings.filterableAttributes);
  } catch (e) {
    if (e instanceof FilterError || e instanceof FilterShapeError) {
      throw new MeiliError(400, 'invalid_search_filter', e.message);
    }
    throw e;
  }

  const criteria = params.sort == null ? [] : parseSort(stringList('sort', params.sort), indexUid, settings);

  let facets: string[] | undefined;
  if (params.facets != null) {
    facets = stringList('facets', params.facets).flatMap((f) =>
      f === '*' ? settings.filterableAttributes.filter((a) => !a.includes('*') && a !== '_geo') : [f],
    );
    for (const f of facets) {
      if (!matchesAttributePattern(f, settings.filterableAttributes)) {
        const patterns = [...settings.filterableAttributes].sort();
        const tail =
          patterns.length === 0
            ? 'This index does not have configured filterable attributes.'
            : `Available filterable attributes patterns are: \`${patterns.join(', ')}\`.`;
        throw new MeiliError(
          400,
          'invalid_search_facets',
          `Invalid facet distribution: Pattern \`${f}\` is not filterable. ${tail}`,
        );
      }
    }
  }

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
    const match = matchQuery(
      query,
      searchableAttributesOf(stored.doc, settings, searchOn),
      strategy as MatchingStrategy,
    );
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
