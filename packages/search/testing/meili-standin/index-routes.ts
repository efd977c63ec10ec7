import { badRequest, describeJson, MeiliError } from './errors.ts';
import { checkIndexUid, createIndex, getIndex, indexNotFound, now } from './index-lookup.ts';
import type { Route } from './routing.ts';
import { applySettingsPatch, defaultSettings } from './settings.ts';
import type { StandinIndex, StandinState } from './state.ts';

/** An index as Meilisearch describes it: without its documents and settings. */
const indexView = (i: StandinIndex) => ({
  uid: i.uid,
  createdAt: i.createdAt,
  updatedAt: i.updatedAt,
  primaryKey: i.primaryKey,
});

/** The index routes: creating, listing, deleting and swapping indexes, and their settings. */
export function indexRoutes(state: StandinState): Route[] {
  return [
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
          createIndex(state, uid, primaryKey as string | null);
          return undefined;
        });
        return { status: 202, body: task };
      },
    },
    {
      method: 'GET',
      pattern: /^\/indexes\/([^/]+)$/,
      handle: (req) => ({ status: 200, body: indexView(getIndex(state, req.params[0]!)) }),
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
      handle: (req) => ({ status: 200, body: getIndex(state, req.params[0]!).settings }),
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
            const index = state.indexes.get(uid) ?? createIndex(state, uid, null);
            index.settings = applySettingsPatch(index.settings, patch);
            index.updatedAt = now();
            return undefined;
          },
        );
        return { status: 202, body: task };
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
  ];
}
