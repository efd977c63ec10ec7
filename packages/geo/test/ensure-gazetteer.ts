import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGazetteer } from '../scripts/gazetteer-builder.ts';
import { DEFAULT_GAZETTEER_PATH } from '../src/gazetteer.ts';

const SCRIPTS_DIR = fileURLToPath(new URL('../scripts/', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../package.json', import.meta.url));

/** The newest change to what the gazetteer is built from: the build scripts and the data packages' versions. */
function newestInputMs(): number {
  const inputs = [PACKAGE_JSON, ...readdirSync(SCRIPTS_DIR).map((name) => `${SCRIPTS_DIR}${name}`)];
  return Math.max(...inputs.map((path) => statSync(path).mtimeMs));
}

/**
 * Builds the gazetteer when `data/` has none, or one older than the build scripts, so that
 * `vitest run` works on a fresh clone without turbo's `build` first and never tests stale data.
 * Parallel workers may both build: the builder writes files atomically.
 */
export function ensureGazetteerBuilt(): string {
  if (!existsSync(DEFAULT_GAZETTEER_PATH) || statSync(DEFAULT_GAZETTEER_PATH).mtimeMs < newestInputMs()) {
    buildGazetteer();
  }
  return DEFAULT_GAZETTEER_PATH;
}
