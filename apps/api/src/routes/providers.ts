import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { providers } from '@vigie/db';
import { and, eq } from 'drizzle-orm';
import type { TypedResponse } from 'hono';
import type { Place } from '../contract/geo.ts';
import {
  ProviderProfileSchema,
  ProviderSearchQuerySchema,
  type ProviderSearchResult,
  ProviderSearchResultSchema,
  ProviderSlugSchema,
} from '../contract/providers.ts';
import type { AppEnv } from '../deps.ts';
import { DomainError } from '../lib/problem.ts';
import { problemResponses } from '../lib/schemas.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { resolvePlace } from '../services/providers/resolve-place.ts';
import { toPublicProfile } from '../services/providers/to-doc.ts';

const searchRoute = createRoute({
  method: 'get',
  path: '/providers',
  tags: ['Providers'],
  summary: 'Find providers near a place',
  description:
    'A provider is listed when the place is within its intervention radius and within `radius_km`, or when it works remotely and `remote=true`. Sorted by distance, or with `q` by relevance then distance unless `sort=distance`. A commune name means the most populous commune of that name; `insee:<code>` (as `GET /v1/geo/resolve` gives in each candidate’s `near`) means exactly one. The answer’s `near` tells which place was searched around. A repeated search is answered with the page computed before, until a provider changes: `X-Search-Cache` says `hit` or `miss`.',
  middleware: [
    rateLimit('providers', { limit: (d) => d.config.searchRateLimitPerMinute, windowMs: 60_000 }),
  ] as const,
  request: { query: ProviderSearchQuerySchema },
  responses: {
    200: {
      description: 'Matching providers',
      content: { 'application/json': { schema: ProviderSearchResultSchema } },
    },
    ...problemResponses(400, 404, 429),
  },
});

const profileRoute = createRoute({
  method: 'get',
  path: '/providers/{slug}',
  tags: ['Providers'],
  summary: 'A provider’s public profile',
  middleware: [
    rateLimit('providers', { limit: (d) => d.config.searchRateLimitPerMinute, windowMs: 60_000 }),
  ] as const,
  request: { params: z.object({ slug: ProviderSlugSchema }) },
  responses: {
    200: { description: 'The profile', content: { 'application/json': { schema: ProviderProfileSchema } } },
    ...problemResponses(400, 404, 429),
  },
});

type SearchParams = z.output<typeof ProviderSearchQuerySchema>;

/**
 * Everything that changes a page, in a canonical form: the place searched around (as resolved, so a
 * geocoder's other answer is another page) and the parameters, services sorted, the order as applied.
 */
function pageKey(place: Place, p: SearchParams): string {
  const q = p.q ?? '';
  return [
    place.lat,
    place.lng,
    place.label,
    place.near,
    place.kind,
    place.approximate,
    p.radius_km,
    p.public ?? '',
    [...new Set(p.service)].sort().join(','),
    p.label ?? '',
    p.remote,
    q,
    q ? (p.sort ?? 'relevance') : 'distance',
    p.page,
    p.page_size,
  ].join('\u0000');
}

export const providerRoutes = new OpenAPIHono<AppEnv>()
  .openapi(searchRoute, async (c) => {
    const p = c.req.valid('query');
    const { search } = c.var.deps;
    const place = await resolvePlace(c.var.deps, p.near);
    const key = pageKey(place, p);
    // The body is the JSON of a ProviderSearchResult, serialised once and sent as is on a cache hit.
    const send = (body: string, engine: string, cache: 'hit' | 'miss') =>
      c.body(body, 200, {
        'content-type': 'application/json',
        'cache-control': 'public, max-age=60',
        'x-search-engine': engine,
        'x-search-cache': cache,
      }) as unknown as TypedResponse<ProviderSearchResult, 200, 'json'>;
    const cached = search.cachedPage(key);
    if (cached !== undefined) return send(cached, 'embedded', 'hit');
    const result = await search.search({
      lat: place.lat,
      lng: place.lng,
      radiusKm: p.radius_km,
      public: p.public,
      services: p.service,
      label: p.label,
      remote: p.remote,
      q: p.q || undefined,
      sort: p.sort,
      page: p.page,
      pageSize: p.page_size,
    });
    const body = search.writePage(result, place, result.generation);
    if (result.generation !== undefined) search.keepPage(key, result.generation, body);
    return send(body, result.servedBy, 'miss');
  })
  .openapi(profileRoute, (c) => {
    const { slug } = c.req.valid('param');
    const row = c.var.deps.db.db
      .select()
      .from(providers)
      .where(and(eq(providers.slug, slug), eq(providers.status, 'referenced')))
      .get();
    if (!row) throw new DomainError('not_found', `No provider "${slug}".`);
    c.header('cache-control', 'public, max-age=300');
    return c.json(toPublicProfile(row), 200);
  });
