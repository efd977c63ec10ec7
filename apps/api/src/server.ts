import { createApp } from './app.ts';
import { buildDeps } from './build-deps.ts';
import { loadApiEnv } from './env.ts';
import { listen } from './http-server.ts';
import { createMailWorker } from './services/mail/mail-worker.ts';
import { createOutboxWorker } from './services/search/outbox-worker.ts';

const env = loadApiEnv();
const deps = buildDeps(env);
const app = createApp(deps);
// Provider changes reach Meilisearch through the outbox, in the background and with retries.
const outbox = deps.search.external
  ? createOutboxWorker({ db: deps.db, target: deps.search.external, logger: deps.logger })
  : undefined;
outbox?.start();
// Queued mail is sent (SMTP) or marked delivered (local outbox) in the background, with retries.
const mailWorker = createMailWorker(deps);
mailWorker.start();

const { server, url } = await listen(app.fetch, {
  port: env.API_PORT,
  host: env.API_HOST,
  headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
  requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
  keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
  maxConnections: env.HTTP_MAX_CONNECTIONS,
  logger: deps.logger,
});
deps.logger.info({ url }, `listening on ${url}`);

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  deps.logger.info({ signal }, 'shutting down: no new connections, draining requests in flight');
  const force = setTimeout(() => {
    deps.logger.warn('drain timed out; closing remaining connections');
    server.closeAllConnections();
  }, env.SHUTDOWN_TIMEOUT_MS);
  force.unref();
  server.close(async () => {
    await outbox?.stop();
    await mailWorker.stop();
    deps.mail.close();
    deps.db.close();
    deps.logger.info('database closed; bye');
    process.exit(0);
  });
  server.closeIdleConnections();
}

process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
