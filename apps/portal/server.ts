import { EnvError, parseEnv, portalEnvSchema } from '@vigie/config';
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

const server = await createPortalServer({
  port: env.PORTAL_PORT,
  host: env.PORTAL_HOST,
  apiUrl: env.API_INTERNAL_URL,
  // This server only ever runs a `remix vite:build` output: errors are always sanitised.
  mode: 'production',
});
console.log(`Vigie portal listening on ${server.url} (API: ${env.API_INTERNAL_URL})`);

let stopping = false;
async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received, closing the portal…`);
  // Requests still running after 10 s are cut rather than holding a deploy hostage.
  const timer = setTimeout(() => {
    console.error('Shutdown timed out; exiting.');
    process.exit(1);
  }, 10_000);
  timer.unref();
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    console.error('Error while closing the portal', error);
    process.exit(1);
  }
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
