/**
 * A strict local stand-in for Meilisearch: it speaks the documented HTTP API for what Vigie uses
 * (indexes, settings, documents, tasks, search with filters, geo sort and facets, swap-indexes), with
 * Meilisearch's status codes and `{message, code, type, link}` error objects, and refuses what it does
 * not implement instead of ignoring it. Tasks are enqueued (202) and processed asynchronously, one at a
 * time, in order. See README.md beside this file for what it simplifies.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { badRequest, describeJson, MeiliError, type MeiliErrorBody } from './errors.ts';
import { validateGeoField } from './geo.ts';
import { runSearch, type StoredDoc } from './search.ts';
import { applySettingsPatch, defaultSettings, type Settings } from './settings.ts';

export type StandinIndex = {
  uid: string;
  primaryKey: string | null;
  createdAt: string;
  updatedAt: string;
  settings: Settings;
  documents: Map<string, StoredDoc>;
};

export type TaskStatus = 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';

export type StandinTask = {
  uid: number;
  batchUid: number | null;
  indexUid: string | null;
  status: TaskStatus;
  type: string;
  canceledBy: null;
  details: Record<string, unknown>;
  error: MeiliErrorBody | null;
  duration: string | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

type QueuedTask = { task: StandinTask; run: () => Record<string, unknown> | undefined };

/** What a test can inspect and steer: the data, the task log, the request log, and two knobs. */
export class StandinState {
  readonly indexes = new Map<string, StandinIndex>();
  readonly tasks: StandinTask[] = [];
  readonly requests: { method: string; path: string; query: string; body: unknown }[] = [];
  /** Delay before answering any request, `/health` included: a slow or overloaded server. */
  responseDelayMs = 0;
  private queue: QueuedTask[] = [];
  private paused = false;
  private processing = false;
  private nextSeq = 0;

  /** Stops processing tasks (they stay `enqueued`): a busy task queue. */
  pauseTasks() {
    this.paused = true;
  }

  resumeTasks() {
    this.paused = false;
    this.kick();
  }

  /** Resolves once every enqueued task has been processed. */
  async settled(): Promise<void> {
    while (this.queue.length > 0 || this.processing) await new Promise((r) => setTimeout(r, 2));
  }

  seq() {
    return this.nextSeq++;
  }

  enqueue(indexUid: string | null, type: string, details: Record<string, unknown>, run: QueuedTask['run']) {
    const task: StandinTask = {
      uid: this.tasks.length,
      batchUid: null,
      indexUid,
      status: 'enqueued',
      type,
      canceledBy: null,
      details,
      error: null,
      duration: null,
      enqueuedAt: new Date().toISOString(),
      startedAt: null,
      finishedAt: null,
    };
    this.tasks.push(task);
    this.queue.push({ task, run });
    this.kick();
    return { taskUid: task.uid, indexUid, status: task.status, type, enqueuedAt: task.enqueuedAt };
  }

  private kick() {
    if (this.processing || this.paused || this.queue.length === 0) return;
    this.processing = true;
    const next = this.queue.shift()!;
    const { task } = next;
    // Each task is seen `processing` for a moment, then finishes: never synchronously with its enqueueing.
    setTimeout(() => {
      task.status = 'processing';
      task.batchUid = task.uid;
      task.startedAt = new Date().toISOString();
      const started = performance.now();
      setTimeout(() => {
        try {
          const details = next.run();
          if (details) Object.assign(task.details, details);
          task.status = 'succeeded';
        } catch (e) {
          const error =
            e instanceof MeiliError
              ? e
              : new MeiliError(500, 'internal', `meili-standin: ${String(e)}`, 'internal');
          task.status = 'failed';
          task.error = error.toBody();
        }
        task.finishedAt = new Date().toISOString();
        task.duration = `PT${((performance.now() - started) / 1000).toFixed(6)}S`;
        this.processing = false;
        this.kick();
      }, 1);
    }, 1);
  }
}

export type MeiliStandin = { url: string; close(): Promise<void>; state: StandinState };

const INDEX_UID = /^[a-zA-Z0-9_-]{1,400}$/;
const DOCUMENT_ID = /^[a-zA-Z0-9_-]{1,511}$/;

const indexNotFound = (uid: string) => new MeiliError(404, 'index_not_found', `Index \`${uid}\` not found.`);

function checkIndexUid(uid: string) {
  if (!INDEX_UID.test(uid)) {
    throw new MeiliError(
      400,
      'invalid_index_uid',
      `\`${uid}\` is not a valid index uid. Index uid can be an integer or a string containing only alphanumeric characters, hyphens (-) and underscores (_), and can not be more than 512 bytes.`,
    );
  }
}

type RouteRequest = {
  method: string;
  params: string[];
  query: URLSearchParams;
  readBody: () => Promise<unknown>;
  headers: IncomingMessage['headers'];
};
type Reply = { status: number; body?: unknown };
type Route = {
  method: string;
  pattern: RegExp;
  /** Query parameters the route accepts; others are refused. Undefined: the route reads none. */
  queryParams?: string[];
  public?: boolean;
  handle: (req: RouteRequest) => Reply | Promise<Reply>;
};

function checkQuery(query: URLSearchParams, allowed: string[]) {
  for (const key of query.keys()) {
    if (!allowed.includes(key)) {
      throw badRequest(
        `Unknown parameter \`${key}\`: expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}`,
      );
    }
  }
}

function jsonBodyReader(req: IncomingMessage, raw: Promise<string>, accepted: string[]) {
  return async (): Promise<unknown> => {
    const type = req.headers['content-type'];
    const list = accepted.map((a) => `\`${a}\``).join(', ');
    if (!type) {
      throw new MeiliError(
        415,
        'missing_content_type',
        `A Content-Type header is missing. Accepted values for the Content-Type header are: ${list}`,
      );
    }
    if (type.split(';')[0]!.trim().toLowerCase() !== 'application/json') {
      if (accepted.length > 1 && accepted.includes(type.split(';')[0]!.trim().toLowerCase())) {
        throw new MeiliError(
          400,
          'bad_request',
          `meili-standin: the Content-Type \`${type}\` is not implemented.`,
        );
      }
      throw new MeiliError(
        415,
        'invalid_content_type',
        `The Content-Type \`${type}\` is invalid. Accepted values for the Content-Type header are: ${list}`,
      );
    }
    const text = await raw;
    if (text.trim() === '') throw new MeiliError(400, 'missing_payload', 'A json payload is missing.');
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new MeiliError(
        400,
        'malformed_payload',
        `The json payload provided is malformed. \`${(e as Error).message}\`.`,
      );
    }
  };
}

function primaryKeyCandidates(doc: Record<string, unknown>): string[] {
  return Object.keys(doc).filter((k) => k.toLowerCase().endsWith('id'));
}

function documentIdOf(doc: Record<string, unknown>, primaryKey: string): string {
  if (!Object.hasOwn(doc, primaryKey)) {
    throw new MeiliError(
      400,
      'missing_document_id',
      `Document doesn't have a \`${primaryKey}\` attribute: \`${JSON.stringify(doc)}\`.`,
    );
  }
  const id = doc[primaryKey];
  const text =
    typeof id === 'number' && Number.isInteger(id) && id >= 0
      ? String(id)
      : typeof id === 'string'
        ? id
        : undefined;
  if (text === undefined || !DOCUMENT_ID.test(text)) {
    throw new MeiliError(
      400,
      'invalid_document_id',
      `Document identifier \`${JSON.stringify(id)}\` is invalid. A document identifier can be of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes.`,
    );
  }
  return text;
}

/** Starts the stand-in on 127.0.0.1 (a free port). With a master key, every route but `/health` needs it. */
export async function startMeiliStandin(options: { masterKey?: string } = {}): Promise<MeiliStandin> {
  const state = new StandinState();
  const now = () => new Date().toISOString();

  const getIndex = (uid: string) => {
    checkIndexUid(uid);
    const index = state.indexes.get(uid);
    if (!index) throw indexNotFound(uid);
    return index;
  };

  const createIndex = (uid: string, primaryKey: string | null): StandinIndex => {
    const at = now();
    const index: StandinIndex = {
      uid,
      primaryKey,
      createdAt: at,
      updatedAt: at,
      settings: defaultSettings(),
      documents: new Map(),
    };
    state.indexes.set(uid, index);
    return index;
  };

  const indexView = (i: StandinIndex) => ({
    uid: i.uid,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    primaryKey: i.primaryKey,
  });

  const addDocuments =
    (uid: string, replace: boolean) =>
    async (req: RouteRequest): Promise<Reply> => {
      checkIndexUid(uid);
      const body = await req.readBody();
      const docs = Array.isArray(body) ? body : [body];
      if (docs.some((d) => d === null || typeof d !== 'object' || Array.isArray(d))) {
        throw new MeiliError(
          400,
          'malformed_payload',
          "The `json` payload provided is malformed. `Couldn't serialize document value: data are neither an object nor a list of objects`.",
        );
      }
      const primaryKeyParam = req.query.get('primaryKey');
      const task = state.enqueue(
        uid,
        'documentAdditionOrUpdate',
        { receivedDocuments: docs.length, indexedDocuments: null },
        () => {
          const index = state.indexes.get(uid) ?? createIndex(uid, null);
          let primaryKey = index.primaryKey;
          if (primaryKeyParam !== null) {
            if (primaryKey !== null && primaryKey !== primaryKeyParam) {
              throw new MeiliError(
                400,
                'index_primary_key_already_exists',
                `Index \`${uid}\`: Index already has a primary key: \`${primaryKey}\`.`,
              );
            }
            primaryKey = primaryKeyParam;
          } else if (primaryKey === null) {
            const candidates = primaryKeyCandidates((docs[0] ?? {}) as Record<string, unknown>);
            if (candidates.length === 0) {
              throw new MeiliError(
                400,
                'index_primary_key_no_candidate_found',
                `Index \`${uid}\`: The primary key inference failed as the engine did not find any field ending with \`id\` in its name. Please specify the primary key manually using the \`primaryKey\` query parameter.`,
              );
            }
            if (candidates.length > 1) {
              throw new MeiliError(
                400,
                'index_primary_key_multiple_candidates_found',
                `Index \`${uid}\`: The primary key inference failed as the engine found ${candidates.length} fields ending with \`id\` in their names: '${candidates.join("' and '")}'. Please specify the primary key manually using the \`primaryKey\` query parameter.`,
              );
            }
            primaryKey = candidates[0]!;
          }
          // Validate everything first: a failed task changes nothing.
          const prepared = (docs as Record<string, unknown>[]).map((doc) => {
            const id = documentIdOf(doc, primaryKey!);
            const geoError = validateGeoField(doc, doc[primaryKey!]);
            if (geoError)
              throw new MeiliError(400, 'invalid_document_geo_field', `Index \`${uid}\`: ${geoError}`);
            return { id, doc };
          });
          index.primaryKey = primaryKey;
          for (const { id, doc } of prepared) {
            const existing = index.documents.get(id);
            const merged = !replace && existing ? { ...existing.doc, ...doc } : doc;
            index.documents.set(id, { doc: structuredClone(merged), seq: existing?.seq ?? state.seq() });
          }
          index.updatedAt = now();
          return { indexedDocuments: prepared.length };
        },
      );
      return { status: 202, body: task };
    };

  const deleteDocuments = (uid: string, ids: string[], details: Record<string, unknown>) =>
    state.enqueue(uid, 'documentDeletion', { ...details, deletedDocuments: null }, () => {
      const index = state.indexes.get(uid);
      if (!index) throw indexNotFound(uid);
      let deleted = 0;
      for (const id of ids) if (index.documents.delete(id)) deleted++;
      index.updatedAt = now();
      return { deletedDocuments: deleted };
    });

  const routes: Route[] = [
    {
      method: 'GET',
      pattern: /^\/health$/,
      public: true,
      handle: () => ({ status: 200, body: { status: 'available' } }),
    },
    {
      method: 'GET',
      pattern: /^\/version$/,
      handle: () => ({
        status: 200,
        body: { commitSha: 'meili-standin', commitDate: '2026-01-01T00:00:00Z', pkgVersion: '1.50.0' },
      }),
    },
    {
      method: 'GET',
      pattern: /^\/indexes$/,
      queryParams: ['offset', 'limit'],
      handle: (req) => {
        const offset = Number(req.query.get('offset') ?? 0);
        const limit = Number(req.query.get('limit') ?? 20);
        const all = [...state.indexes.values()].sort((a, b) => (a.uid < b.uid ? -1 : 1)).map(indexView);
        return {
          status: 200,
          body: { results: all.slice(offset, offset + limit), offset, limit, total: all.length },
        };
      },
    },
    {
      method: 'POST',
      pattern: /^\/indexes$/,
      handle: async (req) => {
        const body = await req.readBody();
        if (body === null || typeof body !== 'object' || Array.isArray(body)) {
          throw badRequest(`Invalid value type: expected an object, but found ${describeJson(body)}`);
        }
        const { uid, primaryKey = null, ...rest } = body as Record<string, unknown>;
        const unknown = Object.keys(rest)[0];
        if (unknown !== undefined) {
          throw badRequest(`Unknown field \`${unknown}\`: expected one of \`uid\`, \`primaryKey\``);
        }
        if (uid === undefined) throw new MeiliError(400, 'missing_index_uid', 'Missing field `uid`');
        if (typeof uid !== 'string') {
          throw new MeiliError(
            400,
            'invalid_index_uid',
            `Invalid value type at \`.uid\`: expected a string, but found ${describeJson(uid)}`,
          );
        }
        checkIndexUid(uid);
        if (primaryKey !== null && typeof primaryKey !== 'string') {
          throw new MeiliError(
            400,
            'invalid_index_primary_key',
            `Invalid value type at \`.primaryKey\`: expected a string, but found ${describeJson(primaryKey)}`,
          );
        }
        const task = state.enqueue(uid, 'indexCreation', { primaryKey }, () => {
          if (state.indexes.has(uid)) {
            throw new MeiliError(409, 'index_already_exists', `Index \`${uid}\` already exists.`);
          }
          createIndex(uid, primaryKey as string | null);
          return undefined;
        });
        return { status: 202, body: task };
      },
    },
    {
      method: 'GET',
      pattern: /^\/indexes\/([^/]+)$/,
      handle: (req) => ({ status: 200, body: indexView(getIndex(req.params[0]!)) }),
    },
    {
      method: 'DELETE',
      pattern: /^\/indexes\/([^/]+)$/,
      handle: (req) => {
        const uid = req.params[0]!;
        checkIndexUid(uid);
        const task = state.enqueue(uid, 'indexDeletion', { deletedDocuments: null }, () => {
          const index = state.indexes.get(uid);
          if (!index) throw indexNotFound(uid);
          state.indexes.delete(uid);
          return { deletedDocuments: index.documents.size };
        });
        return { status: 202, body: task };
      },
    },
    {
      method: 'GET',
      pattern: /^\/indexes\/([^/]+)\/settings$/,
      handle: (req) => ({ status: 200, body: getIndex(req.params[0]!).settings }),
    },
    {
      method: 'PATCH',
      pattern: /^\/indexes\/([^/]+)\/settings$/,
      handle: async (req) => {
        const uid = req.params[0]!;
        checkIndexUid(uid);
        const patch = await req.readBody();
        // Validated now (400), applied when the task runs (on the settings current at that time).
        applySettingsPatch(defaultSettings(), patch);
        const task = state.enqueue(
          uid,
          'settingsUpdate',
          structuredClone(patch) as Record<string, unknown>,
          () => {
            const index = state.indexes.get(uid) ?? createIndex(uid, null);
            index.settings = applySettingsPatch(index.settings, patch);
            index.updatedAt = now();
            return undefined;
          },
        );
        return { status: 202, body: task };
      },
    },
    {
      method: 'GET',
      pattern: /^\/indexes\/([^/]+)\/documents$/,
      queryParams: ['offset', 'limit', 'fields'],
      handle: (req) => {
        const index = getIndex(req.params[0]!);
        const offset = Number(req.query.get('offset') ?? 0);
        const limit = Number(req.query.get('limit') ?? 20);
        const all = [...index.documents.values()].sort((a, b) => a.seq - b.seq).map((d) => d.doc);
        return {
          status: 200,
          body: { results: all.slice(offset, offset + limit), offset, limit, total: all.length },
        };
      },
    },
    {
      method: 'POST',
      pattern: /^\/indexes\/([^/]+)\/documents$/,
      queryParams: ['primaryKey', 'customMetadata'],
      handle: (req) => addDocuments(req.params[0]!, true)(req),
    },
    {
      method: 'PUT',
      pattern: /^\/indexes\/([^/]+)\/documents$/,
      queryParams: ['primaryKey', 'customMetadata'],
      handle: (req) => addDocuments(req.params[0]!, false)(req),
    },
    {
      method: 'DELETE',
      pattern: /^\/indexes\/([^/]+)\/documents$/,
      queryParams: ['customMetadata'],
      handle: (req) => {
        const uid = req.params[0]!;
        checkIndexUid(uid);
        const task = state.enqueue(
          uid,
          'documentDeletion',
          { deletedDocuments: null, originalFilter: null },
          () => {
            const index = state.indexes.get(uid);
            if (!index) throw indexNotFound(uid);
            const deleted = index.documents.size;
            index.documents.clear();
            index.updatedAt = now();
            return { deletedDocuments: deleted };
          },
        );
        return { status: 202, body: task };
      },
    },
    {
      method: 'POST',
      pattern: /^\/indexes\/([^/]+)\/documents\/delete-batch$/,
      queryParams: ['customMetadata'],
      handle: async (req) => {
        const uid = req.params[0]!;
        checkIndexUid(uid);
        const body = await req.readBody();
        if (!Array.isArray(body) || body.some((id) => typeof id !== 'string' && typeof id !== 'number')) {
          throw new MeiliError(
            400,
            'invalid_document_ids',
            `Invalid value type: expected an array of document ids, but found ${describeJson(body)}`,
          );
        }
        const ids = body.map(String);
        return {
          status: 202,
          body: deleteDocuments(uid, ids, { providedIds: ids.length, originalFilter: null }),
        };
      },
    },
    {
      method: 'GET',
      pattern: /^\/indexes\/([^/]+)\/documents\/([^/]+)$/,
      queryParams: ['fields'],
      handle: (req) => {
        const index = getIndex(req.params[0]!);
        const id = decodeURIComponent(req.params[1]!);
        const stored = index.documents.get(id);
        if (!stored) throw new MeiliError(404, 'document_not_found', `Document \`${id}\` not found.`);
        return { status: 200, body: stored.doc };
      },
    },
    {
      method: 'DELETE',
      pattern: /^\/indexes\/([^/]+)\/documents\/([^/]+)$/,
      queryParams: ['customMetadata'],
      handle: (req) => {
        const uid = req.params[0]!;
        checkIndexUid(uid);
        const id = decodeURIComponent(req.params[1]!);
        return { status: 202, body: deleteDocuments(uid, [id], { providedIds: 1, originalFilter: null }) };
      },
    },
    {
      method: 'POST',
      pattern: /^\/indexes\/([^/]+)\/search$/,
      handle: async (req) => {
        const body = await req.readBody();
        const index = getIndex(req.params[0]!);
        const docs = [...index.documents.values()].sort((a, b) => a.seq - b.seq);
        return { status: 200, body: runSearch(index.uid, index.settings, docs, body) };
      },
    },
    {
      method: 'POST',
      pattern: /^\/multi-search$/,
      handle: async (req) => {
        const body = await req.readBody();
        if (body === null || typeof body !== 'object' || Array.isArray(body)) {
          throw badRequest(`Invalid value type: expected an object, but found ${describeJson(body)}`);
        }
        const { queries, ...rest } = body as Record<string, unknown>;
        if (Object.hasOwn(rest, 'federation'))
          throw new MeiliError(400, 'bad_request', 'meili-standin: federated search is not implemented.');
        const unknown = Object.keys(rest)[0];
        if (unknown !== undefined)
          throw badRequest(`Unknown field \`${unknown}\`: expected one of \`federation\`, \`queries\``);
        if (queries === undefined) throw badRequest('Missing field `queries`');
        if (!Array.isArray(queries)) {
          throw new MeiliError(
            400,
            'bad_request',
            `Invalid value type at \`.queries\`: expected an array, but found ${describeJson(queries)}`,
          );
        }
        const results = queries.map((query, i) => {
          try {
            if (query === null || typeof query !== 'object' || Array.isArray(query)) {
              throw badRequest(`Invalid value type: expected an object, but found ${describeJson(query)}`);
            }
            const { indexUid, ...params } = query as Record<string, unknown>;
            if (indexUid === undefined)
              throw new MeiliError(400, 'missing_index_uid', 'Missing field `indexUid`');
            if (typeof indexUid !== 'string') {
              throw new MeiliError(
                400,
                'invalid_index_uid',
                `Invalid value type at \`.indexUid\`: expected a string, but found ${describeJson(indexUid)}`,
              );
            }
            const index = getIndex(indexUid);
            const docs = [...index.documents.values()].sort((a, b) => a.seq - b.seq);
            return { indexUid, ...runSearch(index.uid, index.settings, docs, params) };
          } catch (e) {
            if (e instanceof MeiliError) {
              throw new MeiliError(e.status, e.code, `Inside \`.queries[${i}]\`: ${e.message}`, e.type);
            }
            throw e;
          }
        });
        return { status: 200, body: { results } };
      },
    },
    {
      method: 'POST',
      pattern: /^\/swap-indexes$/,
      handle: async (req) => {
        const body = await req.readBody();
        if (!Array.isArray(body)) {
          throw new MeiliError(
            400,
            'invalid_swap_indexes',
            `Invalid value type: expected an array, but found ${describeJson(body)}`,
          );
        }
        const swaps = body.map((swap, i) => {
          const indexes = (swap as { indexes?: unknown })?.indexes;
          const rename = (swap as { rename?: unknown })?.rename ?? false;
          if (rename !== false)
            throw new MeiliError(400, 'bad_request', 'meili-standin: `rename: true` is not implemented.');
          if (!Array.isArray(indexes) || indexes.length !== 2 || indexes.some((u) => typeof u !== 'string')) {
            throw new MeiliError(
              400,
              'invalid_swap_indexes',
              `Invalid value at \`[${i}].indexes\`: two indexes must be given for each swap.`,
            );
          }
          for (const u of indexes) checkIndexUid(u as string);
          return { indexes: indexes as [string, string], rename: false };
        });
        const task = state.enqueue(null, 'indexSwap', { swaps }, () => {
          const missing = swaps.flatMap((s) => s.indexes).filter((u) => !state.indexes.has(u));
          if (missing.length > 0) {
            throw new MeiliError(
              404,
              'index_not_found',
              `Indexes ${missing.map((m) => `\`${m}\``).join(', ')} not found.`,
            );
          }
          for (const {
            indexes: [a, b],
          } of swaps) {
            const ia = state.indexes.get(a)!;
            const ib = state.indexes.get(b)!;
            state.indexes.set(a, { ...ib, uid: a, updatedAt: now() });
            state.indexes.set(b, { ...ia, uid: b, updatedAt: now() });
          }
          return undefined;
        });
        return { status: 202, body: task };
      },
    },
    {
      method: 'GET',
      pattern: /^\/tasks$/,
      queryParams: ['indexUids', 'types', 'statuses', 'uids', 'limit', 'from', 'reverse'],
      handle: (req) => {
        const list = (name: string) => req.query.get(name)?.split(',').filter(Boolean);
        const number = (name: string, fallback: number) => {
          const raw = req.query.get(name);
          if (raw === null) return fallback;
          if (!/^\d+$/.test(raw)) {
            throw new MeiliError(
              400,
              `invalid_task_${name}`,
              `Invalid value in parameter \`${name}\`: could not parse \`${raw}\` as a positive integer`,
            );
          }
          return Number(raw);
        };
        const [indexUids, types, statuses, uids] = ['indexUids', 'types', 'statuses', 'uids'].map(list);
        const limit = number('limit', 20);
        const from = number('from', state.tasks.length - 1);
        const reverse = req.query.get('reverse') === 'true';
        const selected = state.tasks.filter(
          (t) =>
            (!indexUids || (t.indexUid !== null && indexUids.includes(t.indexUid))) &&
            (!types || types.includes(t.type)) &&
            (!statuses || statuses.includes(t.status)) &&
            (!uids || uids.includes(String(t.uid))),
        );
        const ordered = reverse
          ? selected.filter((t) => t.uid >= from)
          : selected.filter((t) => t.uid <= from).reverse();
        const results = ordered.slice(0, limit);
        const next = ordered[limit]?.uid ?? null;
        return {
          status: 200,
          body: { results, total: selected.length, limit, from: results[0]?.uid ?? null, next },
        };
      },
    },
    {
      method: 'GET',
      pattern: /^\/tasks\/([^/]+)$/,
      handle: (req) => {
        const raw = req.params[0]!;
        if (!/^\d+$/.test(raw)) {
          throw new MeiliError(
            400,
            'invalid_task_uids',
            `Invalid value in parameter \`taskUid\`: could not parse \`${raw}\` as a positive integer`,
          );
        }
        const task = state.tasks[Number(raw)];
        if (!task) throw new MeiliError(404, 'task_not_found', `Task \`${raw}\` not found.`);
        return { status: 200, body: task };
      },
    },
  ];

  const authorize = (headers: IncomingMessage['headers']) => {
    if (!options.masterKey) return;
    const header = headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (token === undefined) {
      throw new MeiliError(
        401,
        'missing_authorization_header',
        'The Authorization header is missing. It must use the bearer authorization method.',
        'auth',
      );
    }
    if (token !== options.masterKey) {
      throw new MeiliError(403, 'invalid_api_key', 'The provided API key is invalid.', 'auth');
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
    const url = new URL(req.url ?? '/', 'http://standin');
    const method = req.method ?? 'GET';
    const entry = { method, path: url.pathname, query: url.search, body: undefined as unknown };
    state.requests.push(entry);
    const send = (status: number, body?: unknown) => {
      if (res.destroyed) return;
      if (body === undefined) {
        res.writeHead(status, { 'content-length': '0' }).end();
      } else {
        const text = JSON.stringify(body);
        res
          .writeHead(status, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(text),
          })
          .end(text);
      }
    };
    try {
      if (state.responseDelayMs > 0) await new Promise((r) => setTimeout(r, state.responseDelayMs));
      const matching = routes.filter((r) => r.pattern.test(url.pathname));
      // Like actix-web, which Meilisearch runs on: an unknown path is a bare 404, a known path with
      // another method a bare 405.
      if (matching.length === 0) return send(404);
      const route = matching.find((r) => r.method === method);
      if (!route) return send(405);
      if (!route.public) authorize(req.headers);
      if (route.queryParams) checkQuery(url.searchParams, route.queryParams);
      const params = (route.pattern.exec(url.pathname) ?? []).slice(1).map((p) => decodeURIComponent(p));
      const isDocuments = /\/documents$/.test(url.pathname) && (method === 'POST' || method === 'PUT');
      const readBody = jsonBodyReader(
        req,
        raw,
        isDocuments ? ['application/json', 'application/x-ndjson', 'text/csv'] : ['application/json'],
      );
      const reply = await route.handle({
        method,
        params,
        query: url.searchParams,
        headers: req.headers,
        readBody: async () => {
          entry.body = await readBody();
          return entry.body;
        },
      });
      send(reply.status, reply.body);
    } catch (e) {
      if (e instanceof MeiliError) return send(e.status, e.toBody());
      send(
        500,
        new MeiliError(500, 'internal', `meili-standin: ${(e as Error).message}`, 'internal').toBody(),
      );
    }
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  // Longer than any pause in a test run, so that an idle keep-alive connection is never closed by the
  // server just as the client reuses it (a race that would show up as a spurious ECONNRESET).
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
