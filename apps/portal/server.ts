import { chooseLogFormat, createLineLogger, EnvError, parseEnv, portalEnvSchema } from '@vigie/config';
import { createPortalServer } from './portal-server.ts';

let env: ReturnType<typeof parseEnv<typeof portalEnvSchema>>;
try {
  env = parseEnv('portal', portalEnvSchema);
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLineLogger({
  service: 'vigie-portal',
  format: chooseLogFormat({ isTTY: process.stdout.isTTY, nodeEnv: env.NODE_ENV }),
  level: env.LOG_LEVEL,
  write: (text) => process.stdout.write(text),
});

const server = await createPortalServer({
  port: env.PORTAL_PORT,
  host: env.PORTAL_HOST,
  apiUrl: env.API_INTERNAL_URL,
  // This server only ever runs a `remix vite:build` output: errors are always sanitised.
  mode: 'production',
  logger,
});
logger.info({ api: env.API_INTERNAL_URL }, `listening on ${server.url}`);

let stopping = false;
async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: draining requests in flight');
  // Requests still running after 10 s are cut rather than holding a deploy hostage.
  const timer = setTimeout(() => {
    logger.warn({}, 'drain timed out; exiting');
    process.exit(1);
  }, 10_000);
  timer.unref();
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'error while closing the portal');
    process.exit(1);
  }
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
