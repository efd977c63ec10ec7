import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { buildDeps } from './build-deps.ts';
import { loadApiEnv } from './env.ts';

const env = loadApiEnv();
const deps = buildDeps(env);
const app = createApp(deps);

const server = serve({ fetch: app.fetch, port: env.API_PORT, hostname: env.API_HOST }, (info) => {
  deps.logger.info({ url: `http://${info.address}:${info.port}` }, 'vigie-api listening');
});

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  deps.logger.info({ signal }, 'shutting down: no new connections, draining requests in flight');
  const force = setTimeout(() => {
    deps.logger.warn('drain timed out; closing remaining connections');
    if ('closeAllConnections' in server) server.closeAllConnections();
  }, env.SHUTDOWN_TIMEOUT_MS);
  force.unref();
  server.close(() => {
    deps.db.close();
    deps.logger.info('database closed; bye');
    process.exit(0);
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}

process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
