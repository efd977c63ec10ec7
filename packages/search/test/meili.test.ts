/**
 * The Meilisearch provider index: the ProviderIndex contract, then what is specific to Meilisearch
 * (settings, candidate filter, errors, health). Everything runs against the local stand-in; with
 * MEILI_HOST (and MEILI_API_KEY when the server has a master key) it runs against that server instead,
 * on indexes named `vigie_test_<run>_<n>` that are deleted afterwards. Tests that need to make the
 * server slow or stall stay on the stand-in.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { distanceKm } from '@vigie/geo';
import { Meilisearch } from 'meilisearch';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  FIXTURE_PLACES,
  generateProviderFixture,
  generateRandomQueries,
  makeProvider,
} from '../src/contract/fixture.ts';
import { describeProviderIndexContract } from '../src/contract/provider-index-contract.ts';
import { searchByFullScan } from '../src/embedded/full-scan.ts';
import { buildCandidateFilter } from '../src/meili/candidate-filter.ts';
import { RADIUS_BUCKETS_KM, radiusBucketOf, toMeiliDocument } from '../src/meili/documents.ts';
import { MeiliIndexError } from '../src/meili/errors.ts';
import {
  createMeiliIndex,
  type MeiliIndexOptions,
  type MeiliProviderIndex,
} from '../src/meili/meili-index.ts';
import { providerIndexSettings } from '../src/meili/settings.ts';
import type { SearchQuery } from '../src/types.ts';
import { evaluateFilter } from './meili-standin/filter-eval.ts';
import { parseFilterString } from './meili-standin/filter-parser.ts';
import { type MeiliStandin, startMeiliStandin } from './meili-standin/server.ts';

const REAL_HOST = process.env.MEILI_HOST;
const REAL_KEY = process.env.MEILI_API_KEY;
const ON_STANDIN = !REAL_HOST;
const MASTER_KEY = 'standin-master-key';

type Connection = { host: string; apiKey?: string };

let standin: MeiliStandin | undefined;
async function connection(): Promise<Connection> {
  if (REAL_HOST) return { host: REAL_HOST, apiKey: REAL_KEY };
  standin ??= await startMeiliStandin({ masterKey: MASTER_KEY });
  return { host: standin.url, apiKey: MASTER_KEY };
}

const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
let counter = 0;
const uniqueUid = () => `vigie_test_${runId}_${counter++}`;

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
afterEach(deleteTestIndexes);
afterAll(async () => {
  await standin?.close();
});

async function makeIndex(options: Partial<MeiliIndexOptions> = {}): Promise<MeiliProviderIndex> {
  const uid = uniqueUid();
  created.push(uid);
  return createMeiliIndex({ ...(await connection()), indexUid: uid, taskPollIntervalMs: 10, ...options });
}

describeProviderIndexContract(
  REAL_HOST ? `meilisearch at ${REAL_HOST}` : 'meilisearch (stand-in)',
  async () => ({
    index: await makeIndex(),
    cleanup: async () => {},
  }),
);

const PARIS = { lat: FIXTURE_PLACES.paris.lat, lng: FIXTURE_PLACES.paris.lng };
const KM_PER_DEGREE_OF_LATITUDE = (6371.0088 * Math.PI) / 180;
const north = (km: number) => ({ lat: PARIS.lat + km / KM_PER_DEGREE_OF_LATITUDE, lng: PARIS.lng });
const nearParis = (fields: Partial<SearchQuery> = {}): SearchQuery => ({
  ...PARIS,
  radiusKm: 30,
  page: 1,
  pageSize: 20,
  ...fields,
});
const ids = (result: { items: { id: number }[] }) => result.items.map((i) => i.id);

async function rejection(promise: Promise<unknown>): Promise<MeiliIndexError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MeiliIndexError);
  return error as MeiliIndexError;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('candidate filter', () => {
  /** Evaluates the Meilisearch filter of a query on a provider, with the stand-in's evaluator. */
  const passes = (query: SearchQuery, doc: Parameters<typeof toMeiliDocument>[0]) =>
    evaluateFilter(parseFilterString(buildCandidateFilter(query))!, toMeiliDocument(doc));

  it('rounds a radius up to its bucket', () => {
    expect([0, 2, 2.5, 10, 10.01, 150, 201, 5000].map(radiusBucketOf)).toEqual([
      2, 2, 5, 10, 15, 150, 300, 20_038,
    ]);
    expect([...RADIUS_BUCKETS_KM].sort((a, b) => a - b)).toEqual([...RADIUS_BUCKETS_KM]);
  });

  it('is a superset of the exact rule, never missing a match', () => {
    const docs = generateProviderFixture({ count: 300, seed: 21 }).map((d, i) => ({
      ...d,
      radiusKm: [0, 1, 3, 7.5, 12, 33, 64, 99, 180, 250, 1500][i % 11]!,
    }));
    let kept = 0;
    let exact = 0;
    for (const query of generateRandomQueries(300, 23)) {
      const { q: _text, ...withoutText } = query;
      const expected = searchByFullScan(docs, { ...withoutText, page: 1, pageSize: docs.length });
      const candidates = docs.filter((d) => passes(query, d));
      const candidateIds = new Set(candidates.map((d) => d.id));
      for (const hit of expected.items) expect(candidateIds.has(hit.id), JSON.stringify(query)).toBe(true);
      kept += candidates.length;
      exact += expected.total;
    }
    // ... and not much more: the buckets keep the extra candidates few.
    expect(kept).toBeLessThan(exact * 1.5);
  });

  it('keeps out a provider whose bucket does not reach the victim', () => {
    const query = nearParis({ radiusKm: 50 });
    expect(passes(query, makeProvider({ id: 1, location: north(20), radiusKm: 10 }))).toBe(false);
    expect(passes(query, makeProvider({ id: 2, location: north(20), radiusKm: 18 }))).toBe(true); // bucket 20
    expect(passes(query, makeProvider({ id: 3, location: north(60), radiusKm: 200 }))).toBe(false);
    expect(
      passes({ ...query, remote: true }, makeProvider({ id: 4, location: north(600), remote: true })),
    ).toBe(true);
    expect(
      passes(
        { ...query, public: 'business' },
        makeProvider({ id: 5, location: north(1), publics: ['individual'] }),
      ),
    ).toBe(false);
  });

  it('writes filters the Meilisearch grammar accepts, quoting values', () => {
    const filter = buildCandidateFilter(
      nearParis({
        radiusKm: 12,
        remote: true,
        public: 'public-body',
        services: ['ransomware-recovery', 'forensics'],
        label: 'expertcyber',
      }),
    );
    expect(filter).toBe(
      '((radiusBucket = 2 AND _geoRadius(48.8566, 2.3522, 2002)) OR (radiusBucket = 5 AND _geoRadius(48.8566, 2.3522, 5002)) ' +
        'OR (radiusBucket = 10 AND _geoRadius(48.8566, 2.3522, 10002)) OR (radiusBucket >= 15 AND _geoRadius(48.8566, 2.3522, 12003)) ' +
        'OR remote = true) AND publics = "public-body" AND services = "ransomware-recovery" AND services = "forensics" ' +
        'AND label = "expertcyber"',
    );
    expect(() => parseFilterString(filter)).not.toThrow();
  });
});

describe('meilisearch index setup', () => {
  it('creates the index with its settings on first use, and only once', async () => {
    const index = await makeIndex({ candidateLimit: 2500 });
    await index.search(nearParis());
    const client = new Meilisearch(await connection());
    const settings = await client.index(index.indexUid).getSettings();
    const wanted = providerIndexSettings(2500);
    expect(settings.searchableAttributes).toEqual(wanted.searchableAttributes);
    expect([...(settings.filterableAttributes as string[])].sort()).toEqual(
      [...(wanted.filterableAttributes as string[])].sort(),
    );
    expect([...(settings.sortableAttributes ?? [])].sort()).toEqual(['_geo', 'name']);
    expect(settings.rankingRules).toEqual(['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort']);
    expect(settings.pagination?.maxTotalHits).toBe(2500);
    expect((await client.getRawIndex(index.indexUid)).primaryKey).toBe('id');

    // A second process starting on the same index finds the settings in place and changes nothing.
    const again = createMeiliIndex({
      ...(await connection()),
      indexUid: index.indexUid,
      candidateLimit: 2500,
    });
    await again.search(nearParis());
    const updates = await client.tasks.getTasks({ indexUids: [index.indexUid], types: ['settingsUpdate'] });
    expect(updates.results).toHaveLength(1);
  });

  it('stores the helper fields beside the provider and returns only the provider', async () => {
    const index = await makeIndex();
    const doc = makeProvider({ id: 3, location: north(2), radiusKm: 17 });
    await index.upsert([doc]);
    const stored = await new Meilisearch(await connection()).index(index.indexUid).getDocument(3);
    expect(stored).toMatchObject({ id: 3, _geo: doc.location, radiusBucket: 20 });
    const [hit] = (await index.search(nearParis())).items;
    expect(Object.keys(hit!).sort()).toEqual([...Object.keys(doc), 'distanceKm'].sort());
  });

  it('leaves no extra index behind a reindex', async () => {
    const index = await makeIndex();
    await index.reindex([makeProvider({ id: 1, location: north(1) })]);
    await index.reindex([makeProvider({ id: 2, location: north(1) })]);
    const { results } = await new Meilisearch(await connection()).getIndexes({ limit: 1000 });
    expect(results.map((r) => r.uid).filter((uid) => uid.startsWith(index.indexUid))).toEqual([
      index.indexUid,
    ]);
    expect(ids(await index.search(nearParis()))).toEqual([2]);
  });

  it('sets the index up again when it was deleted behind its back', async () => {
    const index = await makeIndex();
    await index.upsert([makeProvider({ id: 1, location: north(1) })]);
    const client = new Meilisearch(await connection());
    await client.tasks.waitForTask((await client.deleteIndex(index.indexUid)).taskUid, { interval: 10 });

    // Removing from a missing index fails; the error says a retry may help, and it does.
    const error = await rejection(index.remove([1]));
    expect(error).toMatchObject({ code: 'task_failed', meiliCode: 'index_not_found', retryable: true });
    await index.remove([1]);

    // Meilisearch creates a missing index on a document addition, without settings: a search notices
    // the missing settings and restores them.
    await client.tasks.waitForTask((await client.deleteIndex(index.indexUid)).taskUid, { interval: 10 });
    await client.tasks.waitForTask(
      (
        await client
          .index(index.indexUid)
          .addDocuments([toMeiliDocument(makeProvider({ id: 5, location: north(1) }))])
      ).taskUid,
      { interval: 10 },
    );
    expect(ids(await index.search(nearParis()))).toEqual([5]);
  });
});

describe('meilisearch index writes', () => {
  it("fails an upsert whose task fails, with the engine's reason, until a reindex repairs the index", async () => {
    // Someone made the index with another primary key: every addition of ours fails in its task.
    const index = await makeIndex();
    const client = new Meilisearch(await connection());
    await client.tasks.waitForTask(
      (await client.createIndex(index.indexUid, { primaryKey: 'slug' })).taskUid,
      {
        interval: 10,
      },
    );
    const error = await rejection(index.upsert([makeProvider({ id: 1, location: north(1) })]));
    expect(error).toMatchObject({
      code: 'task_failed',
      meiliCode: 'index_primary_key_already_exists',
      retryable: false,
    });
    expect(error.taskUid).toEqual(expect.any(Number));
    // A reindex builds a fresh index with the right key and swaps it in: it repairs the damage.
    await index.reindex([makeProvider({ id: 1, location: north(1) })]);
    await index.upsert([makeProvider({ id: 2, location: north(2) })]);
    expect(ids(await index.search(nearParis()))).toEqual([1, 2]);
  });
});

describe('meilisearch index search', () => {
  it('requires every word to start a word, whichever its place in the query', async () => {
    // Meilisearch matches only the last query word as a prefix: the set must not depend on that.
    const index = await makeIndex();
    await index.upsert([
      makeProvider({ id: 1, location: north(1), name: 'Bastion Sécurité', city: 'Saint-Denis' }),
      makeProvider({ id: 2, location: north(2), name: 'Bastion Conseil' }),
    ]);
    expect(ids(await index.search(nearParis({ q: 'bast secu' })))).toEqual([1]);
    expect(ids(await index.search(nearParis({ q: 'sain bast' })))).toEqual([1]);
    expect(ids(await index.search(nearParis({ q: 'bast' })))).toEqual([1, 2]);
  });

  it('passes odd text input through without engine errors', async () => {
    const index = await makeIndex();
    await index.upsert([makeProvider({ id: 1, location: north(1), name: 'Bastion Sécurité' })]);
    for (const q of [
      '"',
      '"sécu',
      '-bastion',
      'bastion -',
      "l'équipe",
      'a AND b',
      '(',
      '_geoRadius(1,2,3)',
      '🛡️',
      'x'.repeat(300),
    ]) {
      await expect(index.search(nearParis({ q })), q).resolves.toBeDefined();
    }
    expect(ids(await index.search(nearParis({ q: '"sécu' })))).toEqual([1]);
    expect(ids(await index.search(nearParis({ q: '-bastion' })))).toEqual([1]);
  });

  it('reads at most candidateLimit candidates, nearest first, and says so', async () => {
    const reached: number[] = [];
    const index = await makeIndex({
      candidateLimit: 5,
      onCandidateLimit: (_q, limit) => reached.push(limit),
    });
    await index.upsert(
      Array.from({ length: 8 }, (_, i) => makeProvider({ id: i + 1, location: north(8 - i) })),
    );
    const result = await index.search(nearParis({ pageSize: 3 }));
    expect(ids(result)).toEqual([8, 7, 6]); // the first page is right...
    expect(result.total).toBe(5); // ... the count stops at the bound
    expect(reached).toEqual([5]);
    await index.search(nearParis({ radiusKm: 2.5 }));
    expect(reached).toEqual([5]);
  });

  it('reports distances from @vigie/geo, not the engine', async () => {
    const index = await makeIndex();
    const lyon = { lat: FIXTURE_PLACES.lyon.lat, lng: FIXTURE_PLACES.lyon.lng };
    await index.upsert([makeProvider({ id: 1, location: lyon, remote: true })]);
    const [hit] = (await index.search(nearParis({ remote: true }))).items;
    expect(hit!.distanceKm).toBe(distanceKm(PARIS, lyon));
  });

  it('rejects impossible queries and providers before calling the engine', async () => {
    const index = await makeIndex();
    await expect(index.search(nearParis({ lat: 91 }))).rejects.toThrow(RangeError);
    await expect(index.search(nearParis({ radiusKm: 0 }))).rejects.toThrow(RangeError);
    await expect(index.search(nearParis({ page: 0 }))).rejects.toThrow(RangeError);
    await expect(index.search(nearParis({ pageSize: 1.5 }))).rejects.toThrow(RangeError);
    await expect(
      index.upsert([makeProvider({ id: 1 }), makeProvider({ id: 2, location: { lat: Number.NaN, lng: 2 } })]),
    ).rejects.toThrow(RangeError);
    await expect(index.upsert([makeProvider({ id: 1.5 })])).rejects.toThrow(TypeError);
    await expect(index.reindex([makeProvider({ id: 1, radiusKm: -1 })])).rejects.toThrow(RangeError);
  });
});

describe('meilisearch index errors', () => {
  it.runIf(ON_STANDIN || REAL_KEY)(
    'turns a missing or wrong API key into an unauthorized error',
    async () => {
      const conn = await connection();
      const wrong = await makeIndex({ apiKey: 'not-the-key' });
      const error = await rejection(wrong.search(nearParis()));
      expect(error).toMatchObject({
        code: 'unauthorized',
        meiliCode: 'invalid_api_key',
        status: 403,
        retryable: false,
      });
      const none = createMeiliIndex({ host: conn.host, indexUid: uniqueUid() });
      const missing = await rejection(none.upsert([makeProvider({ id: 1 })]));
      expect(missing).toMatchObject({
        code: 'unauthorized',
        meiliCode: 'missing_authorization_header',
        status: 401,
      });
      // The health check needs no key.
      expect(await none.health()).toBe('ok');
    },
  );

  it('reports an unreachable server', async () => {
    const index = createMeiliIndex({ host: `http://127.0.0.1:${await closedPort()}`, timeoutMs: 1000 });
    const error = await rejection(index.upsert([makeProvider({ id: 1 })]));
    expect(error).toMatchObject({ code: 'unreachable', retryable: true });
    expect(error.cause).toBeDefined();
    expect((await rejection(index.search(nearParis()))).code).toBe('unreachable');
    expect(await index.health()).toBe('degraded');
  });

  it.runIf(ON_STANDIN)('times out on a slow server', async () => {
    const index = await makeIndex({ timeoutMs: 100 });
    await index.search(nearParis()); // set up while fast
    standin!.state.responseDelayMs = 300;
    try {
      const started = performance.now();
      expect(await index.health()).toBe('degraded');
      expect(performance.now() - started).toBeLessThan(250);
      expect(await rejection(index.search(nearParis()))).toMatchObject({ code: 'timeout', retryable: true });
    } finally {
      standin!.state.responseDelayMs = 0;
    }
    expect(await index.health()).toBe('ok');
  });

  it.runIf(ON_STANDIN)('gives up waiting for a task that is not processed', async () => {
    const index = await makeIndex({ taskTimeoutMs: 150 });
    await index.search(nearParis());
    standin!.state.pauseTasks();
    try {
      const error = await rejection(index.upsert([makeProvider({ id: 1, location: north(1) })]));
      expect(error).toMatchObject({ code: 'task_timeout', retryable: true });
      expect(error.taskUid).toEqual(expect.any(Number));
    } finally {
      standin!.state.resumeTasks();
    }
    await standin!.state.settled();
    // The write went through in the end: the outbox's retry is then a harmless repeat.
    expect(ids(await index.search(nearParis()))).toEqual([1]);
  });

  it('reports a closed stand-in as degraded', async () => {
    const own = await startMeiliStandin();
    const index = createMeiliIndex({ host: own.url, timeoutMs: 500 });
    expect(await index.health()).toBe('ok');
    await own.close();
    expect(await index.health()).toBe('degraded');
  });
});
