import {
  type ApiCallOptions,
  communeLabelName,
  type GeoCandidate,
  placeFieldValue,
  resolvePlaces,
  searchProviders,
} from '#app/components/providers/providers-api.server.ts';
import { pageCount } from '#app/components/providers/providers-pagination.ts';
import {
  type ProviderSearch,
  parseProviderSearch,
  providerSearchHref,
} from '#app/components/providers/providers-query.ts';
import type { PlaceAlternative, SearchOutcome } from '#app/components/providers/types.ts';

export type ProviderSearchPage =
  | { kind: 'page'; status: number; search: ProviderSearch; outcome: SearchOutcome }
  /** The page asked for lies beyond the last one (the results shrank since the link was made). */
  | { kind: 'redirect'; location: string };

/** Only a name can mean several places; postcodes and coordinates say exactly where. */
const isPlaceName = (near: string) => !/^[\d\s,.+-]+$/.test(near);

/** Places as good a match as the one chosen (communes of the same name, elsewhere). */
const MIN_ALTERNATIVE_SCORE = 0.9;
const MAX_ALTERNATIVES = 5;
/** Enough candidates to hold every commune of a common name ("Saint-Denis"); the API's maximum. */
const CANDIDATES_LIMIT = 20;

/**
 * Everything `/prestataires` needs for an address: the search read from its query, then the
 * results (or the reason there are none). For a place given by name, the other places of that
 * name are offered as links. A place written as the API labels a commune, "Saint-Denis (93)",
 * is resolved here, by that exact label, and searched by its coordinates: the API alone would
 * read "Saint-Denis" and take the first one.
 */
export async function loadProviderSearchPage(
  apiUrl: string,
  url: URL,
  options: ApiCallOptions = {},
): Promise<ProviderSearchPage> {
  const search = parseProviderSearch(url.searchParams);
  const near = search.near;
  if (!near) return { kind: 'page', status: 200, search, outcome: { kind: 'prompt' } };

  const labelName = communeLabelName(near);
  let candidates: GeoCandidate[] = [];
  let chosen: GeoCandidate | undefined;
  const lookUp = (text: string) => resolvePlaces(apiUrl, text, { ...options, limit: CANDIDATES_LIMIT });
  let found: Awaited<ReturnType<typeof searchProviders>>;
  if (labelName) {
    candidates = await lookUp(labelName);
    chosen = candidates.find((candidate) => candidate.label.toLowerCase() === near.toLowerCase());
    const apiNear = chosen ? `${chosen.lat},${chosen.lng}` : near;
    found = await searchProviders(apiUrl, { ...search, near: apiNear }, options);
  } else {
    [found, candidates] = await Promise.all([
      searchProviders(apiUrl, { ...search, near }, options),
      isPlaceName(near) ? lookUp(near) : Promise.resolve([]),
    ]);
  }

  if (!found.ok) {
    switch (found.reason) {
      case 'unknown-place':
        return { kind: 'page', status: 200, search, outcome: { kind: 'unknown-place', near } };
      case 'invalid':
        return { kind: 'page', status: 400, search, outcome: { kind: 'invalid' } };
      case 'busy':
        return { kind: 'page', status: 503, search, outcome: { kind: 'unavailable', busy: true } };
      default:
        return { kind: 'page', status: 503, search, outcome: { kind: 'unavailable', busy: false } };
    }
  }

  const result = chosen
    ? {
        ...found.result,
        near: { label: chosen.label, lat: chosen.lat, lng: chosen.lng, kind: chosen.kind },
      }
    : found.result;
  const lastPage = pageCount(result.total, result.pageSize);
  if (result.total > 0 && result.items.length === 0 && search.page > lastPage) {
    return { kind: 'redirect', location: providerSearchHref(search, { page: lastPage }) };
  }

  const alternatives: PlaceAlternative[] = candidates
    .filter((candidate) => candidate.score >= MIN_ALTERNATIVE_SCORE && candidate.label !== result.near.label)
    .slice(0, MAX_ALTERNATIVES)
    .map((candidate) => ({
      label: candidate.label,
      href: providerSearchHref(search, { near: placeFieldValue(candidate) }),
    }));

  return { kind: 'page', status: 200, search, outcome: { kind: 'results', result, alternatives } };
}
