import {
  OUTCOME_PROVIDERS_ID,
  OUTCOME_PROVIDERS_SHOWN,
} from '#app/components/diagnostic/outcome-providers.tsx';
import type {
  OutcomeProviderItem,
  OutcomeProvidersView,
  OutcomeView,
} from '#app/components/diagnostic/types.ts';
import {
  type ApiCallOptions,
  type SearchProvidersResult,
  searchProviders,
} from '#app/components/providers/providers-api.server.ts';
import {
  NEW_SEARCH,
  type ProviderSearch,
  parseProviderSearch,
  pinnedPlace,
  providerProfileHref,
  providerSearchHref,
  serializeProviderSearch,
  widerRadius,
} from '#app/components/providers/providers-query.ts';

/*
 * The provider search on an outcome page. The outcome's address carries the place beside the
 * journey (`/diagnostic?parcours=…&near=69001`), so the search is a GET form that works without
 * JavaScript and a page that can be shared; the services and public come from the outcome itself,
 * never from the address.
 */

/** The place a search on the outcome page was sent for, read from the outcome's address. */
function readPlaceSearch(params: URLSearchParams, filters: NonNullable<OutcomeView['providerFilters']>) {
  const asked = parseProviderSearch(params);
  const search: ProviderSearch = {
    ...NEW_SEARCH,
    ...(asked.near ? { near: asked.near } : {}),
    radiusKm: asked.radiusKm,
    remote: asked.remote,
    services: filters.services,
    public: filters.public,
  };
  return { search, pin: pinnedPlace(params) };
}

/** `/diagnostic?parcours=…&near=…`: the outcome with a place searched (services and public stay out). */
export function outcomeSearchHref(selfHref: string, search: ProviderSearch): string {
  const place = serializeProviderSearch({ ...search, services: [], public: undefined, page: 1 });
  const query = place.toString();
  return `${query ? `${selfHref}&${query}` : selfHref}#${OUTCOME_PROVIDERS_ID}`;
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The provider section of an outcome page, for the address it was asked with: an invitation to
 * give a place, the first results around it, or why there are none. Never throws: when the API is
 * out of reach the outcome still shows, with a notice in this section.
 */
export async function loadOutcomeProviders(
  apiUrl: string,
  outcome: Pick<OutcomeView, 'selfHref' | 'providerFilters'>,
  params: URLSearchParams,
  options: ApiCallOptions = {},
): Promise<OutcomeProvidersView | null> {
  const filters = outcome.providerFilters;
  if (!filters) return null;
  const { search, pin } = readPlaceSearch(params, filters);
  const near = search.near;
  if (!near) {
    return { fieldValue: '', state: params.has('near') ? { kind: 'missing-place' } : { kind: 'prompt' } };
  }

  const find = (where: string) =>
    searchProviders(apiUrl, { ...search, near: where }, { ...options, pageSize: OUTCOME_PROVIDERS_SHOWN });
  // Without JavaScript the field sends the label it showed ("Saint-Denis (974)") and a hidden
  // field its exact form: that form stands while the text is still the label.
  let found: SearchProvidersResult | undefined;
  let searched: ProviderSearch & { near: string } = { ...search, near };
  if (pin && pin !== near) {
    const exact = await find(pin);
    if (exact.ok && sameText(exact.result.near.label, near)) {
      found = exact;
      searched = { ...search, near: pin };
    }
  }
  found ??= await find(near);

  if (!found.ok) {
    if (found.reason === 'unknown-place' || found.reason === 'invalid') {
      return { fieldValue: near, state: { kind: 'unknown-place', near } };
    }
    return { fieldValue: near, state: { kind: 'unavailable', fullHref: providerSearchHref(searched) } };
  }

  const { result } = found;
  // Links name the place by the exact form the API resolved, so widening never lands elsewhere.
  const exactSearch = { ...searched, near: result.near.near };
  const namedExactly = searched.near === result.near.near;
  const items = result.items.map(
    (item): OutcomeProviderItem => ({
      slug: item.slug,
      name: item.name,
      distanceKm: item.distanceKm,
      approximate: item.approximate,
      label: item.label,
      city: item.city,
      postcode: item.postcode,
      remote: item.remote,
      onSite: item.onSite,
      href: providerProfileHref(item.slug, exactSearch),
    }),
  );
  const wider = widerRadius(searched.radiusKm);
  return {
    fieldValue: namedExactly && result.near.kind !== 'coordinates' ? result.near.label : near,
    ...(namedExactly && result.near.kind !== 'coordinates' ? { pinnedNear: result.near.near } : {}),
    state: {
      kind: 'results',
      place: { label: result.near.label, kind: result.near.kind, approximate: result.near.approximate },
      radiusKm: searched.radiusKm,
      remote: searched.remote,
      total: result.total,
      items,
      fullHref: providerSearchHref(exactSearch),
      ...(searched.remote
        ? {}
        : { remoteHref: outcomeSearchHref(outcome.selfHref, { ...exactSearch, remote: true }) }),
      ...(wider
        ? {
            wider: {
              radiusKm: wider,
              href: outcomeSearchHref(outcome.selfHref, { ...exactSearch, radiusKm: wider }),
            },
          }
        : {}),
    },
  };
}
