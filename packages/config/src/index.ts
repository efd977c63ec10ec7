export { type ApiEnv, apiEnvSchema } from './api-env.ts';
export { EnvError, parseEnv } from './parse-env.ts';
export { type PortalEnv, portalEnvSchema } from './portal-env.ts';
export { findRepoRoot, resolveFromRoot } from './repo-root.ts';
