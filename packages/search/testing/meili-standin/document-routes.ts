import { describeJson, MeiliError } from './errors.ts';
import { validateGeoField } from './geo.ts';
import {
  checkIndexUid,
  createIndex,
  documentsInOrder,
  getIndex,
  indexNotFound,
  now,
} from './index-lookup.ts';
import type { Reply, Route, RouteRequest } from './routing.ts';
import type { StandinState } from './state.ts';

const DOCUMENT_ID = /^[a-zA-Z0-9_-]{1,511}$/;
/** What Meilisearch accepts for documents: JSON is implemented, the others are refused as not implemented. */
const DOCUMENT_BODY_TYPES = ['application/json', 'application/x-ndjson', 'text/csv'];

/** Fields Meilisearch would infer the primary key from: those whose name ends with `id`. */
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

/** The document routes: listing, adding or updating, and deleting documents of one index. */
export function documentRoutes(state: StandinState): Route[] {
  // POST replaces whole documents, PUT merges the given fields into them, as in Meilisearch. The
  // body is checked now (400); the primary key and the ids when the task runs, as Meilisearch does.
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
          const index = state.indexes.get(uid) ?? createIndex(state, uid, null);
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

  return [
    {
      method: 'GET',
      pattern: /^\/indexes\/([^/]+)\/documents$/,
      queryParams: ['offset', 'limit', 'fields'],
      handle: (req) => {
        const index = getIndex(state, req.params[0]!);
        const offset = Number(req.query.get('offset') ?? 0);
        const limit = Number(req.query.get('limit') ?? 20);
        const all = documentsInOrder(index).map((d) => d.doc);
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
      bodyTypes: DOCUMENT_BODY_TYPES,
      handle: (req) => addDocuments(req.params[0]!, true)(req),
    },
    {
      method: 'PUT',
      pattern: /^\/indexes\/([^/]+)\/documents$/,
      queryParams: ['primaryKey', 'customMetadata'],
      bodyTypes: DOCUMENT_BODY_TYPES,
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
        const index = getIndex(state, req.params[0]!);
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
  ];
}
