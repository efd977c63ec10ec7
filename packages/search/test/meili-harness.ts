/**
 * Shared by the Meilisearch provider index tests (`meili*.test.ts`): the server they run against (the
 * local stand-in, or MEILI_HOST with MEILI_API_KEY), test indexes named `vigie_test_<run>_<n>` that
 * are deleted after each test, and query and expectation helpers.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Meilisearch } from 'meilisearch';
import { afterAll, afterEach, expect } from 'vitest';
import { MeiliIndexError } from '../src/meili/errors.ts';
import {
  createMeiliIndex,
  type MeiliIndexOptions,
  type MeiliProviderIndex,
} from '../src/meili/meili-index.ts';
import type { SearchQuery } from '../src/types.ts';
import { FIXTURE_PLACES } from '../testing/fixture.ts';
import { type MeiliStandin, startMeiliStandin } from '../testing/meili-standin/server.ts';

export const REAL_HOST = process.env.MEILI_HOST;
export const REAL_KEY = process.env.MEILI_API_KEY;
export const ON_STANDIN = !REAL_HOST;
const MASTER_KEY = 'standin-master-key';

type Connection = { host: string; apiKey?: string };

export let standin: MeiliStandin | undefined;
export async function connection(): Promise<Connection> {
  if (REAL_HOST) return { host: REAL_HOST, apiKey: REAL_KEY };
  standin ??= await startMeiliStandin({ masterKey: MASTER_KEY });
  return { host: standin.url, apiKey: MASTER_KEY };
}

const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
let counter = 0;
export const uniqueUid = () => `vigie_test_${runId}_${counter++}`;

/** Indexes made by a test, deleted after it (with any reindex leftover, which there should not be). */
const created: string[] = [];
async function deleteTestIndexes(): Promise<void> {
  const conn = await connection();
  const client = new Meilisearch(conn);
  for (const uid of created.splice(0)) {
    const task = await client.deleteIndex(uid);
    await client.tasks.waitForTask(task.taskUid, { interval: 10 });
  }
}

/** Registers, in the calling test file, the deletion of its test indexes and the stand-in's closing. */
export function cleanUpAfterTests(): void {
  afterEach(deleteTestIndexes);
  afterAll(async () => {
    await standin?.close();
  });
}

export async function makeIndex(options: Partial<MeiliIndexOptions> = {}): Promise<MeiliProviderIndex> {
  const uid = uniqueUid();
  created.push(uid);
  return createMeiliIndex({ ...(await connection()), indexUid: uid, taskPollIntervalMs: 10, ...options });
}

export const PARIS = { lat: FIXTURE_PLACES.paris.lat, lng: FIXTURE_PLACES.paris.lng };
const KM_PER_DEGREE_OF_LATITUDE = (6371.0088 * Math.PI) / 180;
export const north = (km: number) => ({ lat: PARIS.lat + km / KM_PER_DEGREE_OF_LATITUDE, lng: PARIS.lng });
export const nearParis = (fields: Partial<SearchQuery> = {}): SearchQuery => ({
  ...PARIS,
  radiusKm: 30,
  page: 1,
  pageSize: 20,
  ...fields,
});
export const ids = (result: { items: { id: number }[] }) => result.items.map((i) => i.id);

export async function rejection(promise: Promise<unknown>): Promise<MeiliIndexError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MeiliIndexError);
  return error as MeiliIndexError;
}

/** A port nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
