/**
 * A strict local stand-in for Meilisearch: it speaks the documented HTTP API for what Vigie uses
 * (indexes, settings, documents, tasks, search with filters, geo sort and facets, swap-indexes), with
 * Meilisearch's status codes and `{message, code, type, link}` error objects, and refuses what it does
 * not implement instead of ignoring it. Tasks are enqueued (202) and processed asynchronously, one at a
 * time, in order. See README.md beside this file for what it simplifies.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { documentRoutes } from './document-routes.ts';
import { indexRoutes } from './index-routes.ts';
import { createRequestHandler, type Route } from './routing.ts';
import { searchRoutes } from './search-routes.ts';
import { StandinState } from './state.ts';
import { taskRoutes } from './task-routes.ts';

export { type StandinIndex, StandinState, type StandinTask, type TaskStatus } from './state.ts';

export type MeiliStandinOptions = {
  /** When set, every route but `/health` requires it as a bearer token. */
  masterKey?: string;
};

export type MeiliStandin = { url: string; close(): Promise<void>; state: StandinState };

/** Routes about the server itself rather than any resource. */
const instanceRoutes: Route[] = [
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
];

/** Starts the stand-in on 127.0.0.1 (a free port). With a master key, every route but `/health` needs it. */
export async function startMeiliStandin(options: MeiliStandinOptions = {}): Promise<MeiliStandin> {
  const state = new StandinState();
  // One list: the handler answers 405 rather than 404 when a path is known under another method.
  const routes: Route[] = [
    ...instanceRoutes,
    ...indexRoutes(state),
    ...documentRoutes(state),
    ...searchRoutes(state),
    ...taskRoutes(state),
  ];
  const handle = createRequestHandler(state, routes, options.masterKey);

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
