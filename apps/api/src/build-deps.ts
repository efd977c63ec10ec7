import type { ApiEnv } from '@vigie/config';
import { resolveFromRoot } from '@vigie/config';
import { createDb, migrateDb } from '@vigie/db';
import { chooseSearchEngine } from '@vigie/search';
import { widgetDistDir } from '@vigie/widget';
import pino from 'pino';
import type { AppDeps } from './deps.ts';

/** Builds the production dependencies from parsed settings: opens and migrates the database. */
export function buildDeps(env: ApiEnv): AppDeps {
  const logger = pino({ level: env.LOG_LEVEL, base: { service: 'vigie-api' } });
  const db = createDb(resolveFromRoot(env.DATABASE_PATH));
  migrateDb(db);
  const engine = chooseSearchEngine({ meiliHost: env.MEILI_HOST });
  return {
    db,
    logger,
    config: {
      nodeEnv: env.NODE_ENV,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      publicApiUrl: env.PUBLIC_API_URL,
      publicPortalUrl: env.PUBLIC_PORTAL_URL,
    },
    search: { engine, status: async () => 'ok' },
    widgetDistDir: widgetDistDir(),
    now: () => new Date(),
  };
}
