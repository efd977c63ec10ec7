/**
 * The HTTP plumbing shared by every resource: routing, the master key, query parameter and body
 * checks, and turning a thrown MeiliError into Meilisearch's error response. Resources only declare
 * routes, so that each of them answers errors the same way Meilisearch does.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { badRequest, MeiliError } from './errors.ts';
import type { StandinState } from './state.ts';

export type RouteRequest = {
  method: string;
  params: string[];
  query: URLSearchParams;
  readBody: () => Promise<unknown>;
  headers: IncomingMessage['headers'];
};
export type Reply = { status: number; body?: unknown };
export type Route = {
  method: string;
  pattern: RegExp;
  /** Query parameters the route accepts; others are refused. Undefined: the route reads none. */
  queryParams?: string[];
  /**
   * Content types Meilisearch accepts for the body (default: JSON only). Only JSON is implemented;
   * the others are listed so that they are refused as not implemented rather than as invalid.
   */
  bodyTypes?: string[];
  public?: boolean;
  handle: (req: RouteRequest) => Reply | Promise<Reply>;
};

/** Meilisearch refuses unknown query parameters; so does the stand-in, route by route. */
function checkQuery(query: URLSearchParams, allowed: string[]) {
  for (const key of query.keys()) {
    if (!allowed.includes(key)) {
      throw badRequest(
        `Unknown parameter \`${key}\`: expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}`,
      );
    }
  }
}

/**
 * Reads the body only when the route asks for it, so that each route decides whether a body error
 * comes before or after its own checks (a 404, a 405 and authorization always come first).
 */
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

/** With a master key, every route but the public ones needs it, as a bearer token. */
function authorize(masterKey: string | undefined, headers: IncomingMessage['headers']) {
  if (!masterKey) return;
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
  if (token !== masterKey) {
    throw new MeiliError(403, 'invalid_api_key', 'The provided API key is invalid.', 'auth');
  }
}

/** The request listener: finds the route, checks the request against it, and sends its reply. */
export function createRequestHandler(state: StandinState, routes: Route[], masterKey: string | undefined) {
  return async (req: IncomingMessage, res: ServerResponse) => {
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
    if (state.unresponsive) {
      // Held open until the client gives up or the stand-in closes; never processed.
      raw.catch(() => {});
      return;
    }
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
      const matching = routes.filter((r) => r.pattern.test(url.pathname));
      // Like actix-web, which Meilisearch runs on: an unknown path is a bare 404, a known path with
      // another method a bare 405.
      if (matching.length === 0) return send(404);
      const route = matching.find((r) => r.method === method);
      if (!route) return send(405);
      if (!route.public) authorize(masterKey, req.headers);
      if (route.queryParams) checkQuery(url.searchParams, route.queryParams);
      const params = (route.pattern.exec(url.pathname) ?? []).slice(1).map((p) => decodeURIComponent(p));
      const readBody = jsonBodyReader(req, raw, route.bodyTypes ?? ['application/json']);
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
}
