/**
 * Tests of the Meilisearch stand-in's HTTP protocol: health, authorization, indexes, tasks, settings
 * and documents (search is in `meili-standin-protocol-search.test.ts`). With MEILI_HOST set, they also
 * run against that server, which checks that the stand-in says what Meilisearch says (knob tests stay
 * stand-in only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMeiliStandin } from '../testing/meili-standin/server.ts';
import { client, expectError, freshUid, MASTER_KEY, targets } from './meili-standin-protocol-harness.ts';

describe.each(targets)('Meilisearch HTTP protocol ($name)', (target) => {
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    if (target.kind === 'stand-in') {
      target.standin = await startMeiliStandin({ masterKey: MASTER_KEY });
      target.url = target.standin.url;
    }
    api = client(target);
  });
  afterAll(async () => {
    await api.cleanup();
    await target.standin?.close();
  });

  describe('health, version and authorization', () => {
    it('answers /health without a key', async () => {
      const res = await fetch(`${target.url}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'available' });
    });

    it.runIf(target.key)('requires the bearer key everywhere else', async () => {
      expectError(
        await api.call('GET', '/version', undefined, { authorization: '' }),
        401,
        'missing_authorization_header',
        'auth',
      );
      expectError(
        await api.call('GET', '/version', undefined, { authorization: `Basic ${target.key}` }),
        401,
        'missing_authorization_header',
        'auth',
      );
      const wrong = await api.call('GET', '/indexes/whatever', undefined, { authorization: 'Bearer nope' });
      expectError(wrong, 403, 'invalid_api_key', 'auth');
      expect(wrong.body.message).toBe('The provided API key is invalid.');
      const version = await api.call('GET', '/version');
      expect(version.status).toBe(200);
      expect(version.body.pkgVersion).toEqual(expect.any(String));
    });

    it('answers an unknown route with 404', async () => {
      expect((await api.call('GET', '/no-such-route')).status).toBe(404);
    });
  });

  describe('indexes and tasks', () => {
    it('creates an index through an enqueued task, and refuses to create it twice', async () => {
      const uid = freshUid();
      expectError(await api.call('GET', `/indexes/${uid}`), 404, 'index_not_found');
      expect((await api.call('GET', `/indexes/${uid}`)).body.message).toBe(`Index \`${uid}\` not found.`);
      const enqueued = await api.call('POST', '/indexes', { uid, primaryKey: 'id' });
      expect(enqueued.status).toBe(202);
      expect(enqueued.body).toMatchObject({
        taskUid: expect.any(Number),
        indexUid: uid,
        status: 'enqueued',
        type: 'indexCreation',
      });
      const done = await api.task(enqueued);
      expect(done).toMatchObject({
        uid: enqueued.body.taskUid,
        status: 'succeeded',
        error: null,
        details: { primaryKey: 'id' },
      });
      expect(Date.parse(done.finishedAt)).toBeGreaterThanOrEqual(Date.parse(done.startedAt));
      expect((await api.call('GET', `/indexes/${uid}`)).body).toMatchObject({ uid, primaryKey: 'id' });
      const again = await api.task(await api.call('POST', '/indexes', { uid }));
      expect(again).toMatchObject({
        status: 'failed',
        error: { code: 'index_already_exists', type: 'invalid_request' },
      });
      expect((await api.task(await api.call('DELETE', `/indexes/${uid}`))).status).toBe('succeeded');
      expectError(await api.call('GET', `/indexes/${uid}`), 404, 'index_not_found');
      const gone = await api.task(await api.call('DELETE', `/indexes/${uid}`));
      expect(gone).toMatchObject({ status: 'failed', error: { code: 'index_not_found' } });
    });

    it('validates index uids and task uids', async () => {
      expectError(await api.call('POST', '/indexes', { uid: 'bad uid!' }), 400, 'invalid_index_uid');
      expectError(await api.call('POST', '/indexes', { primaryKey: 'id' }), 400, 'missing_index_uid');
      expectError(await api.call('GET', '/tasks/99999999'), 404, 'task_not_found');
    });

    it.runIf(target.kind === 'stand-in')('processes tasks in order, asynchronously', async () => {
      const state = target.standin!.state;
      const uid = freshUid();
      state.pauseTasks();
      const answers = [
        await api.call('POST', '/indexes', { uid, primaryKey: 'id' }),
        await api.call('PATCH', `/indexes/${uid}/settings`, { filterableAttributes: ['type'] }),
        await api.call('POST', `/indexes/${uid}/documents`, [{ id: 1, type: 'a' }]),
      ];
      expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
      await new Promise((r) => setTimeout(r, 20));
      expect((await api.call('GET', `/tasks/${answers[0]!.body.taskUid}`)).body.status).toBe('enqueued');
      expectError(await api.call('GET', `/indexes/${uid}`), 404, 'index_not_found');
      state.resumeTasks();
      const tasks = [];
      for (const a of answers) tasks.push(await api.task(a));
      expect(tasks.map((t) => t.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
      const starts = tasks.map((t) => Date.parse(t.startedAt));
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      await api.call('DELETE', `/indexes/${uid}`);
    });
  });

  describe('settings', () => {
    it('applies a partial update over the defaults and resets with null', async () => {
      const uid = await api.index({}, []);
      const before = (await api.call('GET', `/indexes/${uid}/settings`)).body;
      expect(before).toMatchObject({
        displayedAttributes: ['*'],
        searchableAttributes: ['*'],
        filterableAttributes: [],
        sortableAttributes: [],
        rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
        pagination: { maxTotalHits: 1000 },
        faceting: { maxValuesPerFacet: 100 },
      });
      const patch = {
        searchableAttributes: ['name', 'city'],
        filterableAttributes: ['services', '_geo'],
        sortableAttributes: ['_geo'],
        rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort', 'rating:desc'],
        pagination: { maxTotalHits: 2000 },
      };
      const done = await api.task(await api.call('PATCH', `/indexes/${uid}/settings`, patch));
      expect(done).toMatchObject({ status: 'succeeded', type: 'settingsUpdate' });
      const after = (await api.call('GET', `/indexes/${uid}/settings`)).body;
      expect(after).toMatchObject({
        ...patch,
        filterableAttributes: expect.arrayContaining(['services', '_geo']),
      });
      expect(after.displayedAttributes).toEqual(['*']);
      await api.task(
        await api.call('PATCH', `/indexes/${uid}/settings`, {
          rankingRules: null,
          pagination: { maxTotalHits: null },
        }),
      );
      const reset = (await api.call('GET', `/indexes/${uid}/settings`)).body;
      expect(reset.rankingRules).toEqual(before.rankingRules);
      expect(reset.searchableAttributes).toEqual(['name', 'city']);
    });

    it('rejects unknown settings and bad values before enqueueing anything', async () => {
      const uid = await api.index({}, []);
      expectError(await api.call('PATCH', `/indexes/${uid}/settings`, { doggo: true }), 400, 'bad_request');
      expectError(
        await api.call('PATCH', `/indexes/${uid}/settings`, { rankingRules: 'words' }),
        400,
        'invalid_settings_ranking_rules',
      );
      expectError(
        await api.call('PATCH', `/indexes/${uid}/settings`, { rankingRules: ['wordz'] }),
        400,
        'invalid_settings_ranking_rules',
      );
      expectError(
        await api.call('PATCH', `/indexes/${uid}/settings`, { pagination: { maxTotalHits: 'many' } }),
        400,
        'invalid_settings_pagination',
      );
    });

    it('wants a JSON body', async () => {
      const uid = await api.index({}, []);
      const noType = await fetch(`${target.url}/indexes/${uid}/settings`, {
        method: 'PATCH',
        headers: target.key ? { authorization: `Bearer ${target.key}` } : {},
        body: new TextEncoder().encode('{}'), // bytes: fetch adds no Content-Type
      });
      expect(noType.status).toBe(415);
      expect(((await noType.json()) as { code: string }).code).toBe('missing_content_type');
      expectError(
        await api.call('PATCH', `/indexes/${uid}/settings`, '{"rankingRules": ['),
        400,
        'malformed_payload',
      );
      expectError(
        await api.call('PATCH', `/indexes/${uid}/settings`, '{}', { 'content-type': 'text/plain' }),
        415,
        'invalid_content_type',
      );
    });
  });

  describe('documents', () => {
    it('adds, replaces, updates and deletes documents', async () => {
      const uid = await api.index({}, [
        { id: 1, a: 1, b: 1 },
        { id: 2, a: 2 },
        { id: 'x-3', a: 3 },
      ]);
      const added = await api.task(await api.call('POST', `/indexes/${uid}/documents`, [{ id: 1, a: 10 }]));
      expect(added).toMatchObject({
        type: 'documentAdditionOrUpdate',
        details: { receivedDocuments: 1, indexedDocuments: 1 },
      });
      expect((await api.call('GET', `/indexes/${uid}/documents/1`)).body).toEqual({ id: 1, a: 10 });
      await api.task(await api.call('PUT', `/indexes/${uid}/documents`, [{ id: 1, b: 20 }]));
      expect((await api.call('GET', `/indexes/${uid}/documents/1`)).body).toEqual({ id: 1, a: 10, b: 20 });
      const batch = await api.task(
        await api.call('POST', `/indexes/${uid}/documents/delete-batch`, [2, 'x-3', 999]),
      );
      expect(batch).toMatchObject({
        type: 'documentDeletion',
        details: { providedIds: 3, deletedDocuments: 2 },
      });
      expectError(await api.call('GET', `/indexes/${uid}/documents/2`), 404, 'document_not_found');
      await api.task(await api.call('DELETE', `/indexes/${uid}/documents/1`));
      expect((await api.call('GET', `/indexes/${uid}/documents`)).body.total).toBe(0);
      await api.task(await api.call('POST', `/indexes/${uid}/documents`, [{ id: 4 }, { id: 5 }]));
      const cleared = await api.task(await api.call('DELETE', `/indexes/${uid}/documents`));
      expect(cleared.details.deletedDocuments).toBe(2);
    });

    it('creates the index on first documents and infers or takes the primary key', async () => {
      const uid = freshUid();
      const t = await api.task(
        await api.call('POST', `/indexes/${uid}/documents?primaryKey=ref`, [{ ref: 'a', providerId: 1 }]),
      );
      expect(t.status).toBe('succeeded');
      expect((await api.call('GET', `/indexes/${uid}`)).body.primaryKey).toBe('ref');
      await api.call('DELETE', `/indexes/${uid}`);
      const ambiguous = freshUid();
      const failed = await api.task(
        await api.call('POST', `/indexes/${ambiguous}/documents`, [{ id: 1, providerId: 2 }]),
      );
      expect(failed).toMatchObject({
        status: 'failed',
        error: { code: 'index_primary_key_multiple_candidates_found' },
      });
    });

    it('fails the whole task on a malformed _geo or id, changing nothing', async () => {
      const uid = await api.index({ filterableAttributes: ['_geo'] }, [{ id: 1, _geo: { lat: 1, lng: 2 } }]);
      for (const [bad, code] of [
        [{ id: 2, _geo: { lat: 'north', lng: 2 } }, 'invalid_document_geo_field'],
        [{ id: 2, _geo: { lat: 1 } }, 'invalid_document_geo_field'],
        [{ id: 2, _geo: { lat: 1, lng: 2, alt: 3 } }, 'invalid_document_geo_field'],
        [{ id: 2, _geo: [1, 2] }, 'invalid_document_geo_field'],
        [{ id: 'not valid!' }, 'invalid_document_id'],
        [{ name: 'no id' }, 'missing_document_id'],
      ] as const) {
        const t = await api.task(await api.call('POST', `/indexes/${uid}/documents`, [{ id: 3 }, bad]));
        expect(t, JSON.stringify(bad)).toMatchObject({
          status: 'failed',
          error: { code, type: 'invalid_request' },
        });
      }
      expect((await api.call('GET', `/indexes/${uid}/documents`)).body.total).toBe(1);
    });

    it('refuses a body that is not JSON documents', async () => {
      const uid = await api.index({}, []);
      expectError(await api.call('POST', `/indexes/${uid}/documents`, '[{"id": 1'), 400, 'malformed_payload');
      expectError(await api.call('POST', `/indexes/${uid}/documents`, ''), 400, 'missing_payload');
      expectError(
        await api.call('POST', `/indexes/${uid}/documents?primary=id`, [{ id: 1 }]),
        400,
        'bad_request',
      );
    });
  });
});
