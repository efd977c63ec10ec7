import {
  type ApiCallOptions,
  resolvePlaces,
  type SearchProvidersResult,
  searchProviders,
} from '#app/components/providers/providers-api.server.ts';
import { pageCount } from '#app/components/providers/providers-pagination.ts';
import {
  type ProviderSearch,
  parseProviderSearch,
  pinnedPlace,
  providerSearchHref,
} from '#app/components/providers/providers-query.ts';
import type { PlaceAlternative, PlaceSuggestion, SearchOutcome } from '#app/components/providers/types.ts';

export type ProviderSearchPage =
  | {
      kind: 'page';
      status: number;
      search: ProviderSearch;
      outcome: SearchOutcome;
      /**
       * The place searched around when the address names it by its exact form (`insee:93066`):
       * the place field shows its label ("Saint-Denis (93)") and keeps the exact form beside it.
       */
      pinned?: PlaceSuggestion;
    }
  /** The page asked for lies beyond the last one (the results shrank since the link was made). */
  | { kind: 'redirect'; location: string };

/** Only a name can mean several places; postcodes, coordinates and `insee:<code>` say exactly where. */
const isPlaceName = (near: string) => !/^[\d\s,.+-]+$/.test(near) && !/^insee:/i.test(near);

/** Places as good a match as the one chosen (communes of the same name, elsewhere). */
const MIN_ALTERNATIVE_SCORE = 0.9;
const MAX_ALTERNATIVES = 5;
/** Enough candidates to hold every commune of a common name ("Saint-Denis"); the API's maximum. */
const CANDIDATES_LIMIT = 20;

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Everything `/prestataires` needs for an address: the search read from its query, then the
 * results (or the reason there are none). For a place given by name, the other places of that
 * name are offered as links, each by the exact form the API gives it (`insee:97411`).
 */
export async function loadProviderSearchPage(
  apiUrl: string,
  url: URL,
  options: ApiCallOptions = {},
): Promise<ProviderSearchPage> {
  let search = parseProviderSearch(url.searchParams);
  const near = search.near;
  if (!near) return { kind: 'page', status: 200, search, outcome: { kind: 'prompt' } };

  let found: SearchProvidersResult | undefined;
  // A form sent without JavaScript: the field showed a place's label and the hidden field held its
  // exact form. That form stands as long as the text is still that label.
  const submittedPin = pinnedPlace(url.searchParams);
  if (submittedPin && submittedPin !== near) {
    const exact = await searchProviders(apiUrl, { ...search, near: submittedPin }, options);
    if (exact.ok && sameText(exact.result.near.label, near)) {
      search = { ...search, near: submittedPin };
      found = exact;
    }
  }

  const [searched, candidates] = await Promise.all([
    found ?? searchProviders(apiUrl, { ...search, near: search.near! }, options),
    !found && isPlaceName(near)
      ? resolvePlaces(apiUrl, near, { ...options, limit: CANDIDATES_LIMIT })
      : Promise.resolve([]),
  ]);

  if (!searched.ok) {
    switch (searched.reason) {
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

  const { result } = searched;
  const lastPage = pageCount(result.total, result.pageSize);
  if (result.total > 0 && result.items.length === 0 && search.page > lastPage) {
    return { kind: 'redirect', location: providerSearchHref(search, { page: lastPage }) };
  }

  const alternatives: PlaceAlternative[] =
    result.near.near === search.near
      ? []
      : candidates
          .filter(
            (candidate) => candidate.score >= MIN_ALTERNATIVE_SCORE && candidate.near !== result.near.near,
          )
          .slice(0, MAX_ALTERNATIVES)
          .map((candidate) => ({
            label: candidate.label,
            href: providerSearchHref(search, { near: candidate.near }),
          }));

  const exactPlace =
    result.near.near === search.near ? { label: result.near.label, near: result.near.near } : undefined;
  return {
    kind: 'page',
    status: 200,
    search,
    outcome: { kind: 'results', result, alternatives },
    ...(exactPlace ? { pinned: exactPlace } : {}),
  };
}
