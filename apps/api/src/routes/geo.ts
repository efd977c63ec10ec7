import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { GeoQueryError } from '@vigie/geo';
import type { AppEnv } from '../deps.ts';
import { DomainError } from '../lib/problem.ts';
import { problemResponses, queryInt } from '../lib/schemas.ts';
import { rateLimit } from '../middleware/rate-limit.ts';

const Candidate = z
  .object({
    label: z.string(),
    postcode: z.string().optional(),
    communeCode: z.string().optional(),
    lat: z.number(),
    lng: z.number(),
    kind: z.enum(['postcode', 'commune', 'coordinates', 'address']),
    score: z.number(),
    approximate: z.boolean(),
  })
  .openapi('GeoCandidate');

const resolveRoute = createRoute({
  method: 'get',
  path: '/geo/resolve',
  tags: ['Geography'],
  summary: 'Ranked places for a postcode, a commune name or "lat,lng"',
  middleware: [
    rateLimit('geo', { limit: (d) => d.config.searchRateLimitPerMinute, windowMs: 60_000 }),
  ] as const,
  request: {
    query: z.object({
      q: z.string().trim().min(1, 'is required').max(200).openapi({ example: 'st etienne' }),
      limit: queryInt({ min: 1, max: 20, default: 8 }),
    }),
  },
  responses: {
    200: {
      description: 'Candidates, best first (empty when nothing matches)',
      content: { 'application/json': { schema: z.object({ candidates: z.array(Candidate) }) } },
    },
    ...problemResponses(400, 429),
  },
});

export const geoRoutes = new OpenAPIHono<AppEnv>().openapi(resolveRoute, async (c) => {
  const { q, limit } = c.req.valid('query');
  try {
    const candidates = await c.var.deps.geocoder.resolve(q, { limit });
    c.header('cache-control', 'public, max-age=3600');
    return c.json({ candidates }, 200);
  } catch (error) {
    if (error instanceof GeoQueryError) {
      throw new DomainError('validation_failed', error.message, {
        errors: [{ path: 'q', message: error.message }],
      });
    }
    throw error;
  }
});
