import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, type DbHandle, migrateDb } from '@vigie/db';
import { createEmbeddedGeocoder, loadGazetteer } from '@vigie/geo';
import { createEmbeddedIndex } from '@vigie/search';
import pino from 'pino';
import { createApp } from '../../src/app.ts';
import type { AppDeps } from '../../src/deps.ts';
import { createPasswordHasher } from '../../src/lib/password.ts';
import { createSearchService } from '../../src/services/search/search-service.ts';

export type TestApp = {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  db: DbHandle;
  dir: string;
  close: () => void;
};

/** A real API over a fresh, migrated SQLite file in its own temporary folder. */
const silent = pino({ level: 'silent' });

export function createTestApp(overrides: Partial<AppDeps> = {}): TestApp {
  const dir = mkdtempSync(path.join(tmpdir(), 'vigie-api-'));
  const db = overrides.db ?? createDb(path.join(dir, 'test.db'));
  if (!overrides.db) migrateDb(db);
  const deps: AppDeps = {
    db,
    logger: silent,
    config: {
      nodeEnv: 'test',
      bodyLimitBytes: 16 * 1024,
      publicApiUrl: 'http://127.0.0.1:8787',
      publicPortalUrl: 'http://127.0.0.1:3000',
      searchRateLimitPerMinute: 1000,
      trustedProxies: ['127.0.0.1/8', '::1'],
    },
    search: createSearchService({ embedded: createEmbeddedIndex(db.sqlite), logger: silent }),
    passwords: createPasswordHasher(),
    geocoder: createEmbeddedGeocoder(loadGazetteer()),
    widgetDistDir: path.join(dir, 'no-widget'),
    now: () => new Date(),
    ...overrides,
  };
  return {
    app: createApp(deps),
    deps,
    db,
    dir,
    close: () => {
      if (!overrides.db) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** JSON request helper. */
export function jsonRequest(
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): RequestInit {
  return { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } };
}
