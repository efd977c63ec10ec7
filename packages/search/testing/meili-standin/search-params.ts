/**
 * Validation of the `POST /indexes/:uid/search` body, as Meilisearch does it: unknown fields, types,
 * the filter, sort and facets against the index settings, and refusal of what the stand-in does not
 * implement. `search.ts` then matches, ranks and paginates with the parsed parameters.
 */
import { badRequest, describeJson, invalidType, MeiliError, notImplemented } from './errors.ts';
import { matchesAttributePattern, validateFilter } from './filter-eval.ts';
import { FilterError } from './filter-lexer.ts';
import { FilterShapeError, parseFilterParam } from './filter-param.ts';
import type { Point } from './geo.ts';
import type { Settings } from './settings.ts';
import type { MatchingStrategy } from './text.ts';

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

export type SortCriterion =
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

/** The search parameters, validated; defaults filled in. */
export type SearchParams = {
  q: string | null;
  /** Whether `page` or `hitsPerPage` was given (finite pagination) rather than `offset`/`limit`. */
  finite: boolean;
  offset: number;
  limit: number;
  page: number;
  hitsPerPage: number;
  attributesToRetrieve: string[];
  showRankingScore: boolean;
  strategy: MatchingStrategy;
  searchOn: string[] | undefined;
  filter: ReturnType<typeof parseFilterParam>;
  criteria: SortCriterion[];
  facets: string[] | undefined;
};

/**
 * Validates a search body the way Meilisearch does and refuses what the stand-in does not implement.
 */
export function parseSearchParams(indexUid: string, settings: Settings, body: unknown): SearchParams {
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

  return {
    q: q as string | null,
    finite,
    offset,
    limit,
    page,
    hitsPerPage,
    attributesToRetrieve,
    showRankingScore,
    strategy: strategy as MatchingStrategy,
    searchOn,
    filter,
    criteria,
    facets,
  };
}
