import { createApiClient } from '@vigie/api/client';
import { z } from 'zod';

/**
 * The part of `GET /health` the portal shows, checked at run time too: the typed client describes
 * what the API should send, this describes what the page can render (unknown fields are ignored).
 */
const apiHealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  service: z.string(),
  version: z.string(),
  catalogueVersion: z.string(),
  search: z.object({ engine: z.enum(['embedded', 'meilisearch']), status: z.enum(['ok', 'degraded']) }),
  database: z.object({ status: z.string() }),
});

export type ApiHealth = z.output<typeof apiHealthSchema>;

export type ApiHealthResult =
  | { available: true; health: ApiHealth }
  | { available: false; reason: 'timeout' | 'unreachable' | 'invalid-response' };

export type GetApiHealthOptions = {
  /** Give up after this many milliseconds (default 2000): a slow API must not hold the page. */
  timeoutMs?: number;
  fetch?: typeof fetch;
};

/** Asks the API for its health; never throws, so a page can always render an "unavailable" state. */
export async function getApiHealth(
  apiUrl: string,
  options: GetApiHealthOptions = {},
): Promise<ApiHealthResult> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? 2000);
  const fetchImpl = options.fetch ?? fetch;
  let body: unknown;
  try {
    const client = createApiClient(apiUrl, { fetch: (input, init) => fetchImpl(input, { ...init, signal }) });
    const response = await client.health.$get();
    body = await response.json();
  } catch (error) {
    if (signal.aborted) return { available: false, reason: 'timeout' };
    return { available: false, reason: error instanceof SyntaxError ? 'invalid-response' : 'unreachable' };
  }
  const parsed = apiHealthSchema.safeParse(body);
  return parsed.success
    ? { available: true, health: parsed.data }
    : { available: false, reason: 'invalid-response' };
}
