import { hc } from 'hono/client';
import type { AppType } from './app.ts';

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
export type { AppType };
