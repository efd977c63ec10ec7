import { type ApiEnv, apiEnvSchema, EnvError, parseEnv } from '@vigie/config';

/** Reads the API's settings once; prints every problem and exits when they are wrong. */
export function loadApiEnv(env: Record<string, string | undefined> = process.env): ApiEnv {
  try {
    return parseEnv('vigie-api', apiEnvSchema, env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
