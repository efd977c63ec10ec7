import { providers, searchOutbox } from '@vigie/db';
import { createMeiliIndex, type MeiliProviderIndex } from '@vigie/search';
import { type MeiliStandin, startMeiliStandin } from '@vigie/search/testing';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindexAll, syncProvidersInIndex } from '../src/services/providers/sync-provider.ts';
import { backoffMs, createOutboxWorker } from '../src/services/search/outbox-worker.ts';
import { createSearchService } from '../src/services/search/search-service.ts';
import { insertProviders, providerRow } from './support/providers.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let standin: MeiliStandin;
let meili: MeiliProviderIndex;
let t: TestApp;
// Ahead of the wall clock, which stamps new outbox rows as due now.
let clock = Date.now() + 60_000;
const now = () => new Date(clock);
const silent = pino({ level: 'silent' });

beforeAll(async () => {
  standin = await startMeiliStandin({ masterKey: 'test-master-key' });
  // The default request timeout (5 s): every request in these tests is answered well within it,
  // except those the stand-in is told never to answer.
  meili = createMeiliIndex({ host: standin.url, apiKey: 'test-master-key', indexUid: 'providers_sync' });
  const base = createTestApp();
  t = createTestApp({
    db: base.db,
    now,
    search: createSearchService({
      embedded: base.deps.search.embedded,
      external: meili,
      logger: silent,
      now: () => clock,
    }),
  });
});
afterAll(async () => {
  t.close();
  await standin.close();
});

const outboxRows = () => t.db.db.select().from(searchOutbox).all();
const meiliSearch = () => meili.search({ lat: 45.7676, lng: 4.8345, radiusKm: 30, page: 1, pageSize: 20 });

describe('search outbox', () => {
  it('writes an outbox row in the same transaction as the provider change', () => {
    const [id] = insertProviders(t.deps, [providerRow({ slug: 'outbox-a' })]);
    expect(outboxRows()).toEqual([expect.objectContaining({ providerId: id, op: 'upsert', attempts: 0 })]);
  });

  it('drains to Meilisearch, after which the provider is found there', async () => {
    const worker = createOutboxWorker({ db: t.db, target: meili, logger: silent, now });
    expect(await worker.drainOnce()).toBe(1);
    expect(outboxRows()).toEqual([]);
    expect((await meiliSearch()).items.map((i) => i.slug)).toEqual(['outbox-a']);
  });

  it('keeps changes, answers from the embedded index and reports degraded while Meilisearch hangs; catches up after', {
    timeout: 120_000,
  }, async () => {
    // A hung Meilisearch: requests are accepted and never answered, so every timeout fires whatever
    // the machine's load. The worker's own client may then be impatient without any risk of a race.
    const impatient = createMeiliIndex({
      host: standin.url,
      apiKey: 'test-master-key',
      indexUid: 'providers_sync',
      timeoutMs: 200,
    });
    const hungWorker = createOutboxWorker({ db: t.db, target: impatient, logger: silent, now });
    standin.state.unresponsive = true;
    const [id] = insertProviders(t.deps, [providerRow({ slug: 'outbox-b', lat: 45.77, lng: 4.85 })]);
    let health: { status: string; search: unknown };
    try {
      expect(await hungWorker.drainOnce()).toBe(0);
      health = (await (await t.app.request('/health')).json()) as typeof health;
    } finally {
      standin.state.unresponsive = false;
    }
    const [row] = outboxRows();
    expect(row).toMatchObject({ providerId: id, attempts: 1 });
    expect(row!.lastError).toMatch(/did not answer in time/);
    expect(Date.parse(row!.nextAttemptAt) - clock).toBe(backoffMs(1));
    expect(health).toMatchObject({
      status: 'degraded',
      search: { engine: 'meilisearch', status: 'degraded' },
    });
    // Marked down by the failed health check, search answers from the embedded index at once.
    const res = await t.app.request('/v1/providers?near=69001');
    expect(res.headers.get('x-search-engine')).toBe('embedded');
    expect(((await res.json()) as { items: { slug: string }[] }).items.map((i) => i.slug)).toContain(
      'outbox-b',
    );

    const worker = createOutboxWorker({ db: t.db, target: meili, logger: silent, now });
    expect(await worker.drainOnce()).toBe(0); // still backing off
    clock += backoffMs(1);
    expect(await worker.drainOnce()).toBe(1);
    expect(outboxRows()).toEqual([]);
    expect((await meiliSearch()).items.map((i) => i.slug).sort()).toEqual(['outbox-a', 'outbox-b']);
    clock += 10_000;
    expect(((await (await t.app.request('/health')).json()) as { status: string }).status).toBe('ok');
    expect((await t.app.request('/v1/providers?near=69001')).headers.get('x-search-engine')).toBe(
      'meilisearch',
    );
  });

  it('pushes each provider’s latest state in order: a suspension after an update removes it', async () => {
    const worker = createOutboxWorker({ db: t.db, target: meili, logger: silent, now });
    const id = t.db.db.select().from(providers).where(eq(providers.slug, 'outbox-a')).get()!.id;
    t.db.sqlite.transaction(() => {
      t.db.db.update(providers).set({ description: 'changed' }).where(eq(providers.id, id)).run();
      syncProvidersInIndex(t.deps, [id]);
      t.db.db.update(providers).set({ status: 'suspended' }).where(eq(providers.id, id)).run();
      syncProvidersInIndex(t.deps, [id]);
    })();
    expect(outboxRows()).toHaveLength(2);
    await worker.drainOnce();
    expect((await meiliSearch()).items.map((i) => i.slug)).toEqual(['outbox-b']);
    expect(
      t.deps.search.embedded
        .searchSync({ lat: 45.7676, lng: 4.8345, radiusKm: 30, page: 1, pageSize: 20 })
        .items.map((i) => i.slug),
    ).toEqual(['outbox-b']);
  });

  it('rolls back the embedded index and the outbox with the provider change', () => {
    const before = outboxRows().length;
    expect(() =>
      t.db.sqlite.transaction(() => {
        insertProviders(t.deps, [providerRow({ slug: 'never-committed' })]);
        throw new Error('abort');
      })(),
    ).toThrow('abort');
    expect(outboxRows()).toHaveLength(before);
    const hits = t.deps.search.embedded.searchSync({
      lat: 45.7676,
      lng: 4.8345,
      radiusKm: 30,
      page: 1,
      pageSize: 50,
    });
    expect(hits.items.map((i) => i.slug)).not.toContain('never-committed');
  });

  it('reindexes both engines from the database', async () => {
    t.db.db
      .insert(providers)
      .values(providerRow({ slug: 'inserted-behind-the-back' }))
      .run();
    const { indexed } = await reindexAll(t.deps);
    expect(indexed).toBe(2);
    expect((await meiliSearch()).items.map((i) => i.slug).sort()).toEqual([
      'inserted-behind-the-back',
      'outbox-b',
    ]);
    expect(outboxRows()).toEqual([]);
  });
});
