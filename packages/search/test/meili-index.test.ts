/**
 * What is specific to the Meilisearch provider index: settings and index setup, failed writes, text
 * search, auth, health and errors. It runs against the local stand-in; with MEILI_HOST (and
 * MEILI_API_KEY when the server has a master key) it runs against that server instead. Tests that need
 * to make the server hang or stall its tasks stay on the stand-in.
 */
import { distanceKm } from '@vigie/geo';
import { Meilisearch } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { toMeiliDocument } from '../src/meili/documents.ts';
import { createMeiliIndex } from '../src/meili/meili-index.ts';
import { providerIndexSettings } from '../src/meili/settings.ts';
import { FIXTURE_PLACES, makeProvider } from '../testing/fixture.ts';
import { startMeiliStandin } from '../testing/meili-standin/server.ts';
import {
  cleanUpAfterTests,
  closedPort,
  connection,
  ids,
  makeIndex,
  nearParis,
  north,
  ON_STANDIN,
  PARIS,
  REAL_KEY,
  rejection,
  standin,
  uniqueUid,
} from './meili-harness.ts';

cleanUpAfterTests();

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
    const index = createMeiliIndex({ host: `http://127.0.0.1:${await closedPort()}` });
    const error = await rejection(index.upsert([makeProvider({ id: 1 })]));
    expect(error).toMatchObject({ code: 'unreachable', retryable: true });
    expect(error.cause).toBeDefined();
    expect((await rejection(index.search(nearParis()))).code).toBe('unreachable');
    expect(await index.health()).toBe('degraded');
  });

  it.runIf(ON_STANDIN)(
    'times out on a server that never answers, and works again once it answers',
    async () => {
      const index = await makeIndex();
      await index.search(nearParis()); // set up while it answers
      // A short limit leaves nothing to chance here: these requests are never answered at all.
      const impatient = createMeiliIndex({
        ...(await connection()),
        indexUid: index.indexUid,
        timeoutMs: 200,
      });
      standin!.state.unresponsive = true;
      try {
        expect(await impatient.health()).toBe('degraded');
        expect(await rejection(impatient.search(nearParis()))).toMatchObject({
          code: 'timeout',
          retryable: true,
        });
      } finally {
        standin!.state.unresponsive = false;
      }
      expect(await index.health()).toBe('ok');
      expect(ids(await index.search(nearParis()))).toEqual([]);
    },
  );

  it.runIf(ON_STANDIN)('gives up waiting for a task that is not processed', async () => {
    const index = await makeIndex();
    await index.search(nearParis()); // set up while tasks run
    // A short wait leaves nothing to chance here: the queue is paused, the task cannot finish.
    const impatient = createMeiliIndex({
      ...(await connection()),
      indexUid: index.indexUid,
      taskTimeoutMs: 150,
      taskPollIntervalMs: 10,
    });
    standin!.state.pauseTasks();
    try {
      const error = await rejection(impatient.upsert([makeProvider({ id: 1, location: north(1) })]));
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
    const index = createMeiliIndex({ host: own.url });
    expect(await index.health()).toBe('ok');
    await own.close();
    expect(await index.health()).toBe('degraded');
  });
});
