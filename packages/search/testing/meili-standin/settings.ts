import { badRequest, describeJson, invalidType, MeiliError, notImplemented } from './errors.ts';

/** Index settings as `GET /indexes/:uid/settings` returns them. */
export type Settings = {
  displayedAttributes: string[];
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  rankingRules: string[];
  stopWords: string[];
  nonSeparatorTokens: string[];
  separatorTokens: string[];
  dictionary: string[];
  synonyms: Record<string, string[]>;
  distinctAttribute: string | null;
  proximityPrecision: 'byWord' | 'byAttribute';
  typoTolerance: {
    enabled: boolean;
    minWordSizeForTypos: { oneTypo: number; twoTypos: number };
    disableOnWords: string[];
    disableOnAttributes: string[];
    disableOnNumbers: boolean;
  };
  faceting: { maxValuesPerFacet: number; sortFacetValuesBy: Record<string, 'alpha' | 'count'> };
  pagination: { maxTotalHits: number };
  embedders: Record<string, unknown>;
  searchCutoffMs: number | null;
  localizedAttributes: unknown[] | null;
  facetSearch: boolean;
  prefixSearch: 'indexingTime' | 'disabled';
};

export const DEFAULT_RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

export function defaultSettings(): Settings {
  return {
    displayedAttributes: ['*'],
    searchableAttributes: ['*'],
    filterableAttributes: [],
    sortableAttributes: [],
    rankingRules: [...DEFAULT_RANKING_RULES],
    stopWords: [],
    nonSeparatorTokens: [],
    separatorTokens: [],
    dictionary: [],
    synonyms: {},
    distinctAttribute: null,
    proximityPrecision: 'byWord',
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
      disableOnNumbers: false,
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
    pagination: { maxTotalHits: 1000 },
    embedders: {},
    searchCutoffMs: null,
    localizedAttributes: null,
    facetSearch: true,
    prefixSearch: 'indexingTime',
  };
}

const KEYS = Object.keys(defaultSettings()) as (keyof Settings)[];
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const codeFor = (key: string) => `invalid_settings_${snake(key)}`;

function stringArray(key: string, value: unknown): string[] {
  if (!Array.isArray(value)) throw invalidType(codeFor(key), `.${key}`, 'an array', value);
  value.forEach((v, i) => {
    if (typeof v !== 'string') throw invalidType(codeFor(key), `.${key}[${i}]`, 'a string', v);
  });
  return value as string[];
}

function positiveInteger(code: string, path: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw invalidType(code, path, 'a positive integer', value);
  }
  return value;
}

const BUILT_IN_RULES = new Set(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']);

function rankingRules(value: unknown): string[] {
  const rules = stringArray('rankingRules', value);
  rules.forEach((rule, i) => {
    if (!BUILT_IN_RULES.has(rule) && !/^[^:\s]+:(asc|desc)$/.test(rule)) {
      throw new MeiliError(
        400,
        'invalid_settings_ranking_rules',
        `Invalid value at \`.rankingRules[${i}]\`: \`${rule}\` ranking rule is invalid. Valid ranking rules are words, typo, sort, proximity, attribute, exactness and custom ranking rules.`,
      );
    }
  });
  return rules;
}

function filterableAttributes(value: unknown): string[] {
  if (!Array.isArray(value))
    throw invalidType(codeFor('filterableAttributes'), '.filterableAttributes', 'an array', value);
  return value.flatMap((v, i) => {
    if (typeof v === 'string') return [v];
    // Granular rules: `{attributePatterns: [...], features: {...}}`; the stand-in keeps the patterns.
    if (
      v &&
      typeof v === 'object' &&
      Array.isArray((v as { attributePatterns?: unknown }).attributePatterns)
    ) {
      return stringArray(
        `filterableAttributes[${i}].attributePatterns`,
        (v as { attributePatterns: unknown }).attributePatterns,
      );
    }
    throw invalidType(
      codeFor('filterableAttributes'),
      `.filterableAttributes[${i}]`,
      'a string or an object',
      v,
    );
  });
}

function objectValue(key: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidType(codeFor(key), `.${key}`, 'an object', value);
  }
  return value as Record<string, unknown>;
}

function checkKeys(path: string, obj: Record<string, unknown>, allowed: string[], code = 'bad_request') {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) {
      throw new MeiliError(
        400,
        code,
        `Unknown field \`${k}\`${path ? ` inside \`${path}\`` : ''}: expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}`,
      );
    }
  }
}

/**
 * Validates a `PATCH /indexes/:uid/settings` body (synchronously, as Meilisearch's deserializer does)
 * and returns the settings it produces once applied to `current`. `null` resets a setting.
 */
export function applySettingsPatch(current: Settings, patch: unknown): Settings {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    throw badRequest(`Invalid value type: expected an object, but found ${describeJson(patch)}`);
  }
  const body = patch as Record<string, unknown>;
  checkKeys('', body, KEYS);
  const next: Settings = structuredClone(current);
  const defaults = defaultSettings();
  for (const key of KEYS) {
    if (!Object.hasOwn(body, key)) continue;
    const value = body[key];
    if (value === null) {
      (next as Record<string, unknown>)[key] = structuredClone(defaults[key]);
      continue;
    }
    switch (key) {
      case 'displayedAttributes':
      case 'searchableAttributes':
      case 'sortableAttributes':
        next[key] = [...new Set(stringArray(key, value))];
        break;
      case 'filterableAttributes':
        next.filterableAttributes = [...new Set(filterableAttributes(value))];
        break;
      case 'rankingRules':
        next.rankingRules = rankingRules(value);
        break;
      case 'stopWords':
      case 'nonSeparatorTokens':
      case 'separatorTokens':
      case 'dictionary':
        if (stringArray(key, value).length > 0) throw notImplemented(`the \`${key}\` setting`);
        next[key] = [];
        break;
      case 'synonyms':
        if (Object.keys(objectValue(key, value)).length > 0) throw notImplemented('the `synonyms` setting');
        break;
      case 'distinctAttribute':
        throw notImplemented('the `distinctAttribute` setting');
      case 'proximityPrecision':
        if (value !== 'byWord' && value !== 'byAttribute') {
          throw new MeiliError(
            400,
            codeFor(key),
            `Unknown value \`${String(value)}\` at \`.proximityPrecision\`: expected one of \`byWord\`, \`byAttribute\``,
          );
        }
        next.proximityPrecision = value;
        break;
      case 'typoTolerance': {
        const t = objectValue(key, value);
        checkKeys(
          '.typoTolerance',
          t,
          ['enabled', 'minWordSizeForTypos', 'disableOnWords', 'disableOnAttributes', 'disableOnNumbers'],
          codeFor(key),
        );
        // Stored and returned, never applied: the stand-in matches without typos whatever the setting.
        Object.assign(next.typoTolerance, t);
        break;
      }
      case 'faceting': {
        const f = objectValue(key, value);
        checkKeys('.faceting', f, ['maxValuesPerFacet', 'sortFacetValuesBy'], codeFor(key));
        if (f.maxValuesPerFacet !== undefined && f.maxValuesPerFacet !== null) {
          next.faceting.maxValuesPerFacet = positiveInteger(
            codeFor(key),
            '.faceting.maxValuesPerFacet',
            f.maxValuesPerFacet,
          );
        }
        if (f.sortFacetValuesBy !== undefined && f.sortFacetValuesBy !== null) {
          const s = objectValue(key, f.sortFacetValuesBy);
          for (const [k, v] of Object.entries(s)) {
            if (v !== 'alpha' && v !== 'count') {
              throw new MeiliError(
                400,
                codeFor(key),
                `Unknown value \`${String(v)}\` at \`.faceting.sortFacetValuesBy.${k}\`: expected one of \`alpha\`, \`count\``,
              );
            }
          }
          next.faceting.sortFacetValuesBy = s as Record<string, 'alpha' | 'count'>;
        }
        break;
      }
      case 'pagination': {
        const p = objectValue(key, value);
        checkKeys('.pagination', p, ['maxTotalHits'], codeFor(key));
        if (p.maxTotalHits !== undefined && p.maxTotalHits !== null) {
          next.pagination.maxTotalHits = positiveInteger(
            codeFor(key),
            '.pagination.maxTotalHits',
            p.maxTotalHits,
          );
        }
        break;
      }
      case 'embedders':
        if (Object.keys(objectValue(key, value)).length > 0) throw notImplemented('the `embedders` setting');
        break;
      case 'searchCutoffMs':
        next.searchCutoffMs = positiveInteger(codeFor(key), '.searchCutoffMs', value);
        break;
      case 'localizedAttributes':
        if (stringArray(key, value).length > 0) throw notImplemented('the `localizedAttributes` setting');
        next.localizedAttributes = [];
        break;
      case 'facetSearch':
        if (typeof value !== 'boolean') throw invalidType(codeFor(key), '.facetSearch', 'a boolean', value);
        next.facetSearch = value;
        break;
      case 'prefixSearch':
        if (value !== 'indexingTime' && value !== 'disabled') {
          throw new MeiliError(
            400,
            codeFor(key),
            `Unknown value \`${String(value)}\` at \`.prefixSearch\`: expected one of \`indexingTime\`, \`disabled\``,
          );
        }
        next.prefixSearch = value;
        break;
    }
  }
  return next;
}
