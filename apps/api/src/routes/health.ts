import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { CATALOGUE_VERSION } from '@vigie/diagnostic';
import type { AppEnv } from '../deps.ts';
import { problemResponses } from '../lib/schemas.ts';

const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    service: z.literal('vigie-api'),
    version: z.string(),
    catalogueVersion: z.string(),
    search: z.object({ engine: z.enum(['embedded', 'meilisearch']), status: z.enum(['ok', 'degraded']) }),
    database: z.object({ status: z.literal('ok') }),
  })
  .openapi('Health');

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['System'],
  summary: 'Liveness and readiness, with the diagnostic catalogue version and the search engine in use',
  responses: {
    200: {
      description: 'The API can serve requests',
      content: { 'application/json': { schema: HealthSchema } },
    },
    ...problemResponses(503),
  },
});

export const API_VERSION = '1.0.0';

const pings = new WeakMap<object, { get: () => unknown }>();

export const healthRoutes = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { db, search } = c.var.deps;
  // A real round trip to SQLite: a health check that never touches the database lies.
  let ping = pings.get(db.sqlite);
  if (!ping) {
    ping = db.sqlite.prepare('select 1');
    pings.set(db.sqlite, ping);
  }
  ping.get();
  const searchStatus = await search.status();
  c.header('cache-control', 'no-store');
  return c.json(
    {
      status: searchStatus === 'ok' ? ('ok' as const) : ('degraded' as const),
      service: 'vigie-api' as const,
      version: API_VERSION,
      catalogueVersion: CATALOGUE_VERSION,
      search: { engine: search.engine, status: searchStatus },
      database: { status: 'ok' as const },
    },
    200,
  );
});
