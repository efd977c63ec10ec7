export { type ApiEnv, apiEnvSchema } from './api-env.ts';
export {
  chooseLogFormat,
  createLineLogger,
  createPrettySink,
  formatLogLine,
  type LineLogger,
  type LogFormat,
  type LogRecord,
} from './log-lines.ts';
export { EnvError, parseEnv } from './parse-env.ts';
export { type PortalEnv, portalEnvSchema } from './portal-env.ts';
export { findRepoRoot, resolveFromRoot } from './repo-root.ts';
