import type { AppLoadContext } from '@remix-run/node';
import { parseEnv, portalEnvSchema } from '@vigie/config';
import './load-context.ts';

let devApiUrl: string | undefined;

/**
 * The API base URL for this request. The production server (portal-server.ts) always provides it;
 * under `remix vite:dev` there is no load context, so the environment is parsed once, lazily.
 */
export function getApiUrl(context: AppLoadContext): string {
  if (context.apiUrl) return context.apiUrl;
  devApiUrl ??= parseEnv('portal', portalEnvSchema).API_INTERNAL_URL;
  return devApiUrl;
}
