import { PUBLICS, type Public, SERVICE_IDS, type ServiceId } from '@vigie/diagnostic/vocabulary';

/*
 * The provider search as it lives in the address bar of `/prestataires`. The parameter names are
 * the API's (`near`, `radius_km`, `public`, `service`, `label`, `remote`, `q`, `page`), so the
 * diagnostic's provider link (`?service=…&public=…`) and a bookmarked search read the same way;
 * two more are the page's own, in French like its path: `tri=distance` (distance order for a text
 * search, which is otherwise by relevance) and `vue=carte` (the map view rather than the list).
 * An address is user input: a value that does not fit is dropped (or set to its default) rather
 * than failing the page.
 */

/** Distances offered in the radius select, in km; the API accepts any whole number from 1 to 200. */
export const RADIUS_CHOICES = [5, 10, 20, 30, 50, 100, 200] as const;
export const DEFAULT_RADIUS_KM = 30;
export const MAX_RADIUS_KM = 200;
/** Results per page, the API's default. */
export const PAGE_SIZE = 20;
/** The API refuses pages beyond this one. */
export const MAX_PAGE = 500;
export const MAX_NEAR_LENGTH = 200;
export const MAX_QUERY_LENGTH = 100;

export type ProviderSearch = {
  /**
   * The place, as the API reads it: what the visitor typed (a postcode, a commune, "lat,lng"), or
   * the exact form of a place they picked (`insee:93066`); undefined before any search.
   */
  near?: string;
  radiusKm: number;
  public?: Public;
  /** Providers offering all of these, in catalogue order, without duplicates. */
  services: ServiceId[];
  /** Only providers labelled ExpertCyber. */
  labelOnly: boolean;
  /** Also providers working remotely, wherever they are. */
  remote: boolean;
  q?: string;
  /** Distance order for a text search (the API orders one by relevance); only set with `q`. */
  sort?: 'distance';
  /** The map view of the results rather than the list (the default everywhere). */
  view?: 'map';
  page: number;
};

/** Trimmed, inner spaces collapsed; undefined when empty or longer than `max`. */
function optionalText(value: string | undefined, max: number): string | undefined {
  const text = value?.trim().replace(/\s+/g, ' ');
  return text && text.length <= max ? text : undefined;
}

/** A whole number within bounds, as `Number` reads it (" 5 " is 5); otherwise the fallback. */
function wholeNumber(value: string | undefined, min: number, max: number, fallback: number): number {
  const n = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

const publicSet: ReadonlySet<string> = new Set(PUBLICS);

/** A search with nothing chosen yet: every filter off, default radius, first page. */
export const NEW_SEARCH: ProviderSearch = Object.freeze({
  radiusKm: DEFAULT_RADIUS_KM,
  services: [],
  labelOnly: false,
  remote: false,
  page: 1,
});

/**
 * The form's hidden field holding the exact form (`insee:93066`) of the place whose label the
 * place field shows ("Saint-Denis (93)"): the label is for people, the exact form for the API.
 * It stands only while the text is that label (see `pinnedPlace`), and never appears in a
 * canonical address.
 */
export const PINNED_PLACE_PARAM = 'place';

/** The exact form a submitted form pinned its place to, if any. */
export function pinnedPlace(params: URLSearchParams | FormData): string | undefined {
  const value = params.get(PINNED_PLACE_PARAM);
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_NEAR_LENGTH
    ? value.trim()
    : undefined;
}

/** Reads a search from query parameters (`URLSearchParams` or a submitted `FormData`); never throws. */
export function parseProviderSearch(params: URLSearchParams | FormData): ProviderSearch {
  const single = (name: string) => {
    const value = params.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  // Plain checks rather than a schema library: this runs in the browser too, where every kilobyte counts.
  const near = optionalText(single('near'), MAX_NEAR_LENGTH);
  const pub = single('public');
  const asked = params.getAll('service').filter((value): value is string => typeof value === 'string');
  const q = optionalText(single('q'), MAX_QUERY_LENGTH);
  return {
    ...(near ? { near } : {}),
    radiusKm: wholeNumber(single('radius_km'), 1, MAX_RADIUS_KM, DEFAULT_RADIUS_KM),
    ...(pub && publicSet.has(pub) ? { public: pub as Public } : {}),
    services: SERVICE_IDS.filter((id) => asked.includes(id)),
    labelOnly: single('label') === 'expertcyber',
    remote: single('remote') === 'true',
    ...(q ? { q } : {}),
    ...(q && single('tri') === 'distance' ? { sort: 'distance' as const } : {}),
    ...(single('vue') === 'carte' ? { view: 'map' as const } : {}),
    page: wholeNumber(single('page'), 1, MAX_PAGE, 1),
  };
}

/**
 * The canonical query parameters of a search: fixed order, defaults left out (radius 30 km,
 * page 1, no filter), so equal searches have equal addresses.
 */
export function serializeProviderSearch(search: ProviderSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.near) params.set('near', search.near);
  if (search.radiusKm !== DEFAULT_RADIUS_KM) params.set('radius_km', String(search.radiusKm));
  if (search.public) params.set('public', search.public);
  for (const service of search.services) params.append('service', service);
  if (search.labelOnly) params.set('label', 'expertcyber');
  if (search.remote) params.set('remote', 'true');
  if (search.q) params.set('q', search.q);
  if (search.q && search.sort === 'distance') params.set('tri', 'distance');
  if (search.view === 'map') params.set('vue', 'carte');
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

/**
 * `/prestataires?…` for a search, with `changes` applied: any change but `page` goes back to
 * page 1, except a change of view or order, which shows the same results another way.
 */
export function providerSearchHref(search: ProviderSearch, changes: Partial<ProviderSearch> = {}): string {
  const resets = Object.keys(changes).some((key) => key !== 'view' && key !== 'sort');
  const page = changes.page ?? (resets ? 1 : search.page);
  const query = serializeProviderSearch({ ...search, ...changes, page }).toString();
  return query ? `/prestataires?${query}` : '/prestataires';
}

/** True when any filter narrows the results (not the place, radius or page). */
export function hasFilters(search: ProviderSearch): boolean {
  return Boolean(search.public || search.services.length > 0 || search.labelOnly || search.q);
}

/**
 * How many choices of the filter panel differ from a new search: the public, each service, the
 * label, remote help, the text and a radius other than the default. Shown on the closed panel.
 */
export function activeFilterCount(search: ProviderSearch): number {
  return (
    (search.public ? 1 : 0) +
    search.services.length +
    (search.labelOnly ? 1 : 0) +
    (search.remote ? 1 : 0) +
    (search.q ? 1 : 0) +
    (search.radiusKm !== DEFAULT_RADIUS_KM ? 1 : 0)
  );
}

/** The query of `GET /v1/providers` for a search that has a place. */
export function toApiQuery(search: ProviderSearch & { near: string }, pageSize = PAGE_SIZE) {
  return {
    near: search.near,
    radius_km: String(search.radiusKm),
    ...(search.public ? { public: search.public } : {}),
    ...(search.services.length > 0 ? { service: [...search.services] } : {}),
    ...(search.labelOnly ? { label: 'expertcyber' as const } : {}),
    remote: search.remote ? ('true' as const) : ('false' as const),
    ...(search.q ? { q: search.q } : {}),
    ...(search.q && search.sort === 'distance' ? { sort: 'distance' as const } : {}),
    page: String(search.page),
    page_size: String(pageSize),
  };
}

/** The next wider radius offered after `radiusKm`, or null at the widest. */
export function widerRadius(radiusKm: number): number | null {
  return RADIUS_CHOICES.find((choice) => choice > radiusKm) ?? null;
}

/**
 * Where a profile's "back to the results" link leads: the search the visitor came from, carried
 * in the profile's address as `?retour=<query>` and re-read here, so it can only ever point at
 * `/prestataires`.
 */
export const RETURN_PARAM = 'retour';

export function returnHref(param: string | null | undefined): string {
  if (!param) return '/prestataires';
  return providerSearchHref(parseProviderSearch(new URLSearchParams(param)));
}

/** A profile's address, remembering the search it was opened from. */
export function providerProfileHref(slug: string, from?: ProviderSearch): string {
  const path = `/prestataires/${encodeURIComponent(slug)}`;
  if (!from) return path;
  const query = serializeProviderSearch(from).toString();
  return query ? `${path}?${new URLSearchParams({ [RETURN_PARAM]: query })}` : path;
}
