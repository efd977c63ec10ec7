import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, type DbHandle, migrateDb, seedDemo } from '@vigie/db';
import { createEmbeddedGeocoder, loadGazetteer } from '@vigie/geo';
import { createEmbeddedIndex } from '@vigie/search';
import pino from 'pino';
import { createApp } from '../../src/app.ts';
import type { AppDeps } from '../../src/deps.ts';
import { createPasswordHasher, hashPassword } from '../../src/lib/password.ts';
import { createLocalTransport } from '../../src/services/mail/transport.ts';
import { reindexAll } from '../../src/services/providers/sync-provider.ts';
import { createSearchService } from '../../src/services/search/search-service.ts';

/*
 * The API's test harness, also exported as `@vigie/api/testing` so other apps test against the
 * real API rather than an imitation of it. Production code never imports it.
 */

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
      searchRateLimitPerMinute: 1000,
      trustedProxies: ['127.0.0.1/8', '::1'],
    },
    search: createSearchService({ embedded: createEmbeddedIndex(db.sqlite), logger: silent }),
    passwords: createPasswordHasher(),
    geocoder: createEmbeddedGeocoder(loadGazetteer()),
    mail: createLocalTransport(),
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

/**
 * Loads the demo data into a test app through the same code as `pnpm db:seed` (accounts and
 * generated providers; all of them by default, fewer with `providerCount`), then indexes it.
 */
export async function seedDemoData(t: Pick<TestApp, 'deps'>, options: { providerCount?: number } = {}) {
  const seeded = seedDemo(t.deps.db.db, {
    hashPassword,
    gazetteer: loadGazetteer(),
    providerCount: options.providerCount,
  });
  await reindexAll(t.deps);
  return seeded;
}

/** A `fetch` that hands each request to the app in process, for code that takes the API's URL and a fetch. */
export function fetchFrom(app: { request: (input: Request) => Response | Promise<Response> }): typeof fetch {
  return async (input, init) => app.request(new Request(input, init));
}

/** The URL of a loopback port nothing listens on (it was free a moment ago): an API that is down. */
export async function unreachableUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** A loopback server that accepts connections and never answers: an API that hangs. */
export async function startSilentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
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
