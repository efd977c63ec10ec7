import { distanceKm } from '@vigie/geo';
import type { Facets, ProviderDoc, SearchHit, SearchQuery, SearchResult } from '../types.ts';
import { queryTerms, tokenizeText } from './text.ts';

const tokensByDoc = new WeakMap<ProviderDoc, string[]>();

/** The folded words of a provider's searchable text, computed once per document object. */
function tokensOf(doc: ProviderDoc): string[] {
  let tokens = tokensByDoc.get(doc);
  if (!tokens) {
    tokens = tokenizeText(`${doc.name} ${doc.description} ${doc.city}`);
    tokensByDoc.set(doc, tokens);
  }
  return tokens;
}

/**
 * The naive reference search: checks every provider, computes every distance, sorts every match.
 * It is the baseline of the benchmarks and the oracle of the contract tests. Text matching is the
 * same as the FTS5 index (every query term is a prefix of some word of the name, description or
 * city); relevance is engine-specific, so this reference always orders by distance: with a text
 * query in relevance order callers compare the sets, not the order.
 */
export function searchByFullScan(docs: readonly ProviderDoc[], query: SearchQuery): SearchResult {
  const victim = { lat: query.lat, lng: query.lng };
  const terms = queryTerms(query.q);
  const matches: SearchHit[] = [];
  for (const doc of docs) {
    const d = distanceKm(victim, doc.location);
    const nearby = d <= query.radiusKm && d <= doc.radiusKm;
    if (!nearby && !(query.remote === true && doc.remote)) continue;
    if (query.public && !doc.publics.includes(query.public)) continue;
    if (query.services && !query.services.every((s) => doc.services.includes(s))) continue;
    if (query.label && doc.label !== query.label) continue;
    if (terms.length > 0) {
      const tokens = tokensOf(doc);
      if (!terms.every((term) => tokens.some((token) => token.startsWith(term)))) continue;
    }
    matches.push({ ...doc, distanceKm: d });
  }
  matches.sort(compareHits);
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matches.slice(start, start + query.pageSize),
    total: matches.length,
    page: query.page,
    pageSize: query.pageSize,
    facets: countFacets(matches),
  };
}

/** Distance, then name (code unit order), then id. */
export function compareHits(a: SearchHit, b: SearchHit): number {
  if (a.distanceKm !== b.distanceKm) return a.distanceKm - b.distanceKm;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id - b.id;
}

/** Facet counts over a set of matches; values nobody has are left out. */
export function countFacets(matches: readonly ProviderDoc[]): Facets {
  const facets: Facets = { services: {}, publics: {}, label: { expertcyber: 0, none: 0 } };
  for (const doc of matches) {
    for (const s of new Set(doc.services)) facets.services[s] = (facets.services[s] ?? 0) + 1;
    for (const p of new Set(doc.publics)) facets.publics[p] = (facets.publics[p] ?? 0) + 1;
    if (doc.label === 'expertcyber') facets.label.expertcyber++;
    else facets.label.none++;
  }
  return facets;
}
