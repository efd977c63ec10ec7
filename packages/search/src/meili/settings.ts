import type { Settings } from 'meilisearch';

/**
 * The index settings the provider index needs.
 *
 * - searchable: the fields the text rule of `ProviderIndex` covers, most telling first (a provider
 *   named after the words ranks before one whose description mentions them).
 * - filterable: what the candidate filter uses (`_geo` for `_geoRadius`), plus the radius itself.
 * - sortable: `_geo` for `_geoPoint(lat, lng):asc`, and the name.
 * - ranking: relevance first, `sort` (the distance) last. Without text every relevance rule ties, so
 *   the order is the distance; with text it is relevance, then distance.
 * - pagination: Meilisearch returns at most `maxTotalHits` hits, so it must cover the candidate bound.
 */
export function providerIndexSettings(candidateLimit: number): Settings {
  return {
    searchableAttributes: ['name', 'description', 'city'],
    filterableAttributes: ['publics', 'services', 'label', 'remote', 'radiusKm', 'radiusBucket', '_geo'],
    sortableAttributes: ['_geo', 'name'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort'],
    displayedAttributes: ['*'],
    pagination: { maxTotalHits: Math.max(1000, candidateLimit) },
  };
}

const patternsOf = (attributes: unknown): string[] =>
  Array.isArray(attributes)
    ? attributes.flatMap((a) =>
        typeof a === 'string' ? [a] : ((a as { attributePatterns?: string[] }).attributePatterns ?? []),
      )
    : [];

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
const sameList = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Whether the index already has the wanted settings, so that starting up twice changes nothing. */
export function settingsMatch(current: Settings, wanted: Settings): boolean {
  return (
    sameList(current.searchableAttributes, wanted.searchableAttributes) &&
    sameSet(patternsOf(current.filterableAttributes), patternsOf(wanted.filterableAttributes)) &&
    sameSet(current.sortableAttributes ?? [], wanted.sortableAttributes ?? []) &&
    sameList(current.rankingRules, wanted.rankingRules) &&
    sameList(current.displayedAttributes, wanted.displayedAttributes) &&
    current.pagination?.maxTotalHits === wanted.pagination?.maxTotalHits
  );
}
