import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { providers } from '@vigie/db';
import { PUBLICS, SERVICE_IDS } from '@vigie/diagnostic';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../deps.ts';
import { DomainError } from '../lib/problem.ts';
import { problemResponses, queryInt } from '../lib/schemas.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { resolvePlace } from '../services/providers/resolve-place.ts';
import { toPublicProfile, toSearchItem } from '../services/providers/to-doc.ts';

const ServiceId = z.enum(SERVICE_IDS);
const listOf = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).filter(Boolean),
    )
    .pipe(z.array(item).max(SERVICE_IDS.length));

const SearchParams = z.object({
  near: z
    .string({ error: 'is required: a postcode, a commune or "lat,lng"' })
    .trim()
    .min(1, 'is required: a postcode, a commune or "lat,lng"')
    .max(200)
    .openapi({ example: '69001', description: 'Postcode, commune name, or "lat,lng"' }),
  radius_km: queryInt({ min: 1, max: 200, default: 30 }).openapi({
    description: 'Search radius in km (1–200)',
  }),
  public: z.enum(PUBLICS).optional(),
  service: listOf(ServiceId).openapi({
    description: 'Provider services, all required (repeat the parameter or separate with commas)',
    type: 'string',
  }),
  label: z.enum(['expertcyber']).optional(),
  remote: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  q: z.string().trim().max(100).optional(),
  page: queryInt({ min: 1, max: 500, default: 1 }),
  page_size: queryInt({ min: 1, max: 50, default: 20 }),
});

const Location = z.object({ lat: z.number(), lng: z.number() });
const Rating = z.object({ average: z.number().nullable(), count: z.number().int() });

const SearchItem = z
  .object({
    slug: z.string(),
    name: z.string(),
    distanceKm: z.number(),
    label: z.enum(['expertcyber']).nullable(),
    services: z.array(z.string()),
    publics: z.array(z.string()),
    remote: z.boolean(),
    onSite: z.boolean(),
    postcode: z.string(),
    city: z.string(),
    location: Location,
    rating: Rating,
  })
  .openapi('ProviderSearchItem');

const SearchResponse = z
  .object({
    items: z.array(SearchItem),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets: z.object({
      services: z.record(z.string(), z.number().int()),
      publics: z.record(z.string(), z.number().int()),
      label: z.object({ expertcyber: z.number().int(), none: z.number().int() }),
    }),
    near: z.object({ label: z.string(), lat: z.number(), lng: z.number(), kind: z.string() }),
  })
  .openapi('ProviderSearchResult');

const Profile = z
  .object({
    slug: z.string(),
    name: z.string(),
    legalName: z.string(),
    siret: z.string(),
    description: z.string(),
    address: z.string(),
    postcode: z.string(),
    city: z.string(),
    location: Location,
    radiusKm: z.number().int(),
    onSite: z.boolean(),
    remote: z.boolean(),
    publics: z.array(z.string()),
    services: z.array(z.string()),
    languages: z.array(z.string()),
    hours: z.object({ always: z.boolean(), text: z.object({ fr: z.string(), en: z.string() }).optional() }),
    contact: z.object({
      email: z.string().nullable(),
      phone: z.string().nullable(),
      website: z.string().nullable(),
    }),
    label: z
      .object({
        id: z.literal('expertcyber'),
        grantedAt: z.string().nullable(),
        expiresAt: z.string().nullable(),
        certificate: z.string().nullable(),
      })
      .nullable(),
    rating: Rating,
  })
  .openapi('ProviderProfile');

const searchRoute = createRoute({
  method: 'get',
  path: '/providers',
  tags: ['Providers'],
  summary: 'Find providers near a place',
  description:
    'A provider is listed when the place is within its intervention radius and within `radius_km`, or when it works remotely and `remote=true`. Sorted by distance, or by relevance then distance with `q`.',
  middleware: [
    rateLimit('providers', { limit: (d) => d.config.searchRateLimitPerMinute, windowMs: 60_000 }),
  ] as const,
  request: { query: SearchParams },
  responses: {
    200: { description: 'Matching providers', content: { 'application/json': { schema: SearchResponse } } },
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
  request: { params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/, 'is not a provider slug') }) },
  responses: {
    200: { description: 'The profile', content: { 'application/json': { schema: Profile } } },
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
      page: p.page,
      pageSize: p.page_size,
    });
    c.header('cache-control', 'public, max-age=60');
    c.header('x-search-engine', result.servedBy);
    return c.json(
      {
        items: result.items.map(toSearchItem),
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
