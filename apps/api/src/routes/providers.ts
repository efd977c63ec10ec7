import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { providers } from '@vigie/db';
import { and, eq } from 'drizzle-orm';
import {
  ProviderProfileSchema,
  ProviderSearchQuerySchema,
  ProviderSearchResultSchema,
  ProviderSlugSchema,
} from '../contract/providers.ts';
import type { AppEnv } from '../deps.ts';
import { DomainError } from '../lib/problem.ts';
import { problemResponses } from '../lib/schemas.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { resolvePlace } from '../services/providers/resolve-place.ts';
import { toPublicProfile, toSearchItem } from '../services/providers/to-doc.ts';

const searchRoute = createRoute({
  method: 'get',
  path: '/providers',
  tags: ['Providers'],
  summary: 'Find providers near a place',
  description:
    'A provider is listed when the place is within its intervention radius and within `radius_km`, or when it works remotely and `remote=true`. Sorted by distance, or with `q` by relevance then distance unless `sort=distance`. A commune name means the most populous commune of that name; `insee:<code>` (as `GET /v1/geo/resolve` gives in each candidate’s `near`) means exactly one. The answer’s `near` tells which place was searched around.',
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

export const providerRoutes = new OpenAPIHono<AppEnv>()
  .openapi(searchRoute, async (c) => {
    const p = c.req.valid('query');
    const place = await resolvePlace(c.var.deps, p.near);
    const result = await c.var.deps.search.search({
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
    c.header('cache-control', 'public, max-age=60');
    c.header('x-search-engine', result.servedBy);
    return c.json(
      {
        items: result.items.map((hit) => toSearchItem(hit, place)),
        total: result.total,
        page: result.page,
        pageSize: result.pageSize,
        facets: {
          services: result.facets.services as Record<string, number>,
          publics: result.facets.publics as Record<string, number>,
          label: result.facets.label,
        },
        near: place,
      },
      200,
    );
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
