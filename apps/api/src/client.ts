import type { z } from '@hono/zod-openapi';
import { hc } from 'hono/client';
import type { AppType } from './app.ts';
import type { ProblemSchema } from './lib/schemas.ts';

/*
 * What another app needs to talk to the API: the typed client, each route's response type, and
 * the schemas to check an answer at run time. The schemas come from modules that import nothing
 * server-only (`contract/`, `lib/schemas.ts`); types cost nothing at run time, so a browser
 * component may import them (`import type`).
 */

/** Typed HTTP client for the API; pass the user's session token to act on their behalf. */
export function createApiClient(
  baseUrl: string,
  options: { token?: string; fetch?: typeof fetch; requestId?: string; forwardedFor?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.requestId) headers['x-request-id'] = options.requestId;
  // The visitor's address, so per-client rate limits apply to visitors and not to the portal.
  if (options.forwardedFor) headers['x-forwarded-for'] = options.forwardedFor;
  return hc<AppType>(baseUrl, { headers, fetch: options.fetch });
}

export type ApiClient = ReturnType<typeof createApiClient>;

export {
  DEV_MAIL_PAGE_SIZE,
  type DevMailList,
  DevMailListSchema,
  type DevMailMessage,
  DevMailMessageSchema,
} from './contract/dev-mail.ts';
export {
  type GeoCandidate,
  GeoCandidateSchema,
  type GeoResolveResult,
  GeoResolveResultSchema,
  type Place,
} from './contract/geo.ts';
export {
  type ProviderProfile,
  ProviderProfileSchema,
  type ProviderSearchItem,
  type ProviderSearchResult,
  ProviderSearchResultSchema,
  ProviderSlugSchema,
} from './contract/providers.ts';
export { ProblemSchema } from './lib/schemas.ts';
export type { AppType };
/** An error answer (application/problem+json, RFC 9457). */
export type Problem = z.output<typeof ProblemSchema>;
