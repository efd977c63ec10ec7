import {
  createApiClient,
  type GeoCandidate,
  GeoResolveResultSchema,
  ProblemSchema,
  type ProviderProfile,
  ProviderProfileSchema,
  type ProviderSearchResult,
  ProviderSearchResultSchema,
  ProviderSlugSchema,
} from '@vigie/api/client';
import { PAGE_SIZE, type ProviderSearch, toApiQuery } from './providers-query.ts';

/*
 * The provider directory's calls to the API: `GET /v1/providers`, `GET /v1/providers/{slug}` and
 * `GET /v1/geo/resolve`. Each answer is checked with the API's own response schemas, and none of
 * these functions throws: a page always has something to show, even when the API is down.
 */

/** Why a call gave nothing to show: the place is unknown, the request was refused, or the API is out of reach. */
export type ApiFailure =
  | { reason: 'unknown-place'; detail?: string }
  | { reason: 'invalid'; detail?: string }
  | { reason: 'busy' }
  | { reason: 'unavailable' };

export type SearchProvidersResult = { ok: true; result: ProviderSearchResult } | ({ ok: false } & ApiFailure);
export type GetProviderResult =
  | { ok: true; provider: ProviderProfile }
  | { ok: false; reason: 'not-found' | 'unavailable' };

export type ApiCallOptions = {
  /** Give up after this many milliseconds (default 4000): a slow API must not hold the page. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Forwarded as `x-request-id`, so a problem reported by a visitor can be found in both logs. */
  requestId?: string;
  /** The visitor's address (see PortalLoadContext.clientAddress). */
  forwardedFor?: string;
};

function clientFor(apiUrl: string, options: ApiCallOptions) {
  const signal = AbortSignal.timeout(options.timeoutMs ?? 4000);
  const fetchImpl = options.fetch ?? fetch;
  return createApiClient(apiUrl, {
    requestId: options.requestId,
    forwardedFor: options.forwardedFor,
    fetch: (input, init) => fetchImpl(input, { ...init, signal }),
  });
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Searches providers around `search.near`. */
export async function searchProviders(
  apiUrl: string,
  search: ProviderSearch & { near: string },
  options: ApiCallOptions & { pageSize?: number } = {},
): Promise<SearchProvidersResult> {
  let response: Response;
  try {
    response = await clientFor(apiUrl, options).v1.providers.$get({
      query: toApiQuery(search, options.pageSize ?? PAGE_SIZE),
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const body = await readJson(response);
  if (response.ok) {
    const parsed = ProviderSearchResultSchema.safeParse(body);
    return parsed.success ? { ok: true, result: parsed.data } : { ok: false, reason: 'unavailable' };
  }
  const detail = ProblemSchema.safeParse(body).data?.detail;
  if (response.status === 404) return { ok: false, reason: 'unknown-place', detail };
  if (response.status === 400) return { ok: false, reason: 'invalid', detail };
  if (response.status === 429) return { ok: false, reason: 'busy' };
  return { ok: false, reason: 'unavailable' };
}

/** One provider's public profile; a slug the API cannot hold is answered "not found" without asking it. */
export async function getProviderProfile(
  apiUrl: string,
  slug: string,
  options: ApiCallOptions = {},
): Promise<GetProviderResult> {
  if (!ProviderSlugSchema.safeParse(slug).success) return { ok: false, reason: 'not-found' };
  let response: Response;
  try {
    response = await clientFor(apiUrl, options).v1.providers[':slug'].$get({ param: { slug } });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (response.status === 404) return { ok: false, reason: 'not-found' };
  if (!response.ok) return { ok: false, reason: 'unavailable' };
  const parsed = ProviderProfileSchema.safeParse(await readJson(response));
  return parsed.success ? { ok: true, provider: parsed.data } : { ok: false, reason: 'unavailable' };
}

/** Places matching what a visitor typed, best first; an empty list when none match or the API fails. */
export async function resolvePlaces(
  apiUrl: string,
  q: string,
  options: ApiCallOptions & { limit?: number } = {},
): Promise<GeoCandidate[]> {
  const query = q.trim();
  if (query === '' || query.length > 200) return [];
  try {
    const response = await clientFor(apiUrl, { timeoutMs: 2000, ...options }).v1.geo.resolve.$get({
      query: { q: query, limit: String(options.limit ?? 8) },
    });
    if (!response.ok) return [];
    const parsed = GeoResolveResultSchema.safeParse(await readJson(response));
    return parsed.success ? parsed.data.candidates : [];
  } catch {
    return [];
  }
}
