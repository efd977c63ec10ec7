import { createApiClient } from '@vigie/api/client';
import { z } from 'zod';
import { PAGE_SIZE, type ProviderSearch, toApiQuery } from './providers-query.ts';
import {
  type GeoCandidate,
  geoCandidateSchema,
  type ProviderProfile,
  type ProviderSearchResult,
  problemSchema,
  profileSchema,
  searchResultSchema,
} from './providers-schemas.ts';

export type {
  GeoCandidate,
  ProviderProfile,
  ProviderSearchItem,
  ProviderSearchResult,
} from './providers-schemas.ts';

/*
 * The provider directory's calls to the API: `GET /v1/providers`, `GET /v1/providers/{slug}` and
 * `GET /v1/geo/resolve`. Each answer is checked against what the pages render (unknown fields are
 * ignored), and none of these functions throws: a page always has something to show, even when
 * the API is down.
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
    const parsed = searchResultSchema.safeParse(body);
    return parsed.success ? { ok: true, result: parsed.data } : { ok: false, reason: 'unavailable' };
  }
  const detail = problemSchema.safeParse(body).data?.detail;
  if (response.status === 404) return { ok: false, reason: 'unknown-place', detail };
  if (response.status === 400) return { ok: false, reason: 'invalid', detail };
  if (response.status === 429) return { ok: false, reason: 'busy' };
  return { ok: false, reason: 'unavailable' };
}

/** Slugs the API can hold; anything else is answered "not found" without asking it. */
export const SLUG_PATTERN = /^[a-z0-9-]{1,120}$/;

/** One provider's public profile. */
export async function getProviderProfile(
  apiUrl: string,
  slug: string,
  options: ApiCallOptions = {},
): Promise<GetProviderResult> {
  if (!SLUG_PATTERN.test(slug)) return { ok: false, reason: 'not-found' };
  let response: Response;
  try {
    response = await clientFor(apiUrl, options).v1.providers[':slug'].$get({ param: { slug } });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (response.status === 404) return { ok: false, reason: 'not-found' };
  if (!response.ok) return { ok: false, reason: 'unavailable' };
  const parsed = profileSchema.safeParse(await readJson(response));
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
    const parsed = z.object({ candidates: z.array(geoCandidateSchema) }).safeParse(await readJson(response));
    return parsed.success ? parsed.data.candidates : [];
  } catch {
    return [];
  }
}

/** A commune as the API labels it: its name and, in brackets, its département ("Saint-Denis (93)"). */
const COMMUNE_LABEL = /^(.*\S)\s+\((\d{2,3}|2A|2B)\)$/i;

/** The commune name of a "Name (dép.)" label, or null for any other text. */
export function communeLabelName(text: string): string | null {
  return COMMUNE_LABEL.exec(text.trim())?.[1] ?? null;
}

/**
 * The text to put in the place field for a candidate, one that leads back to the same place:
 * "69001 Lyon 1er", "13100 Aix-en-Provence" (a commune with one postcode), or the candidate's own
 * label, "Saint-Denis (93)", for a commune with several. The API does not read that last form
 * (it would take "Saint-Denis" for the first of the same name); the portal resolves it itself
 * (see `resolveLabelledPlace`).
 */
export function placeFieldValue(candidate: GeoCandidate): string {
  if (candidate.kind === 'coordinates') return `${candidate.lat},${candidate.lng}`;
  if (candidate.kind === 'address' || !candidate.postcode) return candidate.label;
  const name = candidate.label
    .replace(/^\d{5}\s+/, '')
    .replace(COMMUNE_LABEL, '$1')
    .trim();
  return `${candidate.postcode} ${name}`;
}
