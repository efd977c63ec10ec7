import { badRequest, describeJson, MeiliError } from './errors.ts';
import { documentsInOrder, getIndex } from './index-lookup.ts';
import type { Route } from './routing.ts';
import { runSearch } from './search.ts';
import type { StandinState } from './state.ts';

/** The search routes: one index, or several at once (multi-search without federation). */
export function searchRoutes(state: StandinState): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/indexes\/([^/]+)\/search$/,
      handle: async (req) => {
        const body = await req.readBody();
        const index = getIndex(state, req.params[0]!);
        const docs = documentsInOrder(index);
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
            const index = getIndex(state, indexUid);
            const docs = documentsInOrder(index);
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
  ];
}
