import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { GeoResolveQuerySchema, GeoResolveResultSchema } from '../contract/geo.ts';
import type { AppEnv } from '../deps.ts';
import { problemResponses } from '../lib/schemas.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { resolveGeoQuery } from '../services/providers/resolve-place.ts';

const resolveRoute = createRoute({
  method: 'get',
  path: '/geo/resolve',
  tags: ['Geography'],
  summary: 'Ranked places for a postcode, a commune name, "insee:<code>" or "lat,lng"',
  description:
    'Each candidate carries in `near` the value that leads `GET /v1/providers` (or this endpoint) back to exactly that place: `insee:<code>` for a commune, so that homonyms (Saint-Denis (93), Saint-Denis (974)…) are never confused.',
  middleware: [
    rateLimit('geo', { limit: (d) => d.config.searchRateLimitPerMinute, windowMs: 60_000 }),
  ] as const,
  request: { query: GeoResolveQuerySchema },
  responses: {
    200: {
      description: 'Candidates, best first (empty when nothing matches)',
      content: { 'application/json': { schema: GeoResolveResultSchema } },
    },
    ...problemResponses(400, 429),
  },
});

export const geoRoutes = new OpenAPIHono<AppEnv>().openapi(resolveRoute, async (c) => {
  const { q, limit } = c.req.valid('query');
  const candidates = await resolveGeoQuery(c.var.deps, q, { field: 'q', limit });
  c.header('cache-control', 'public, max-age=3600');
  return c.json({ candidates }, 200);
});
