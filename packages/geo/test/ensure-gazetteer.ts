import { existsSync } from 'node:fs';
import { buildGazetteer } from '../scripts/gazetteer-builder.ts';
import { DEFAULT_GAZETTEER_PATH } from '../src/gazetteer.ts';

/**
 * Builds the gazetteer when `data/` has none, so that `vitest run` works on a fresh clone without
 * turbo's `build` first. Parallel workers may both build: the builder writes files atomically.
 */
export function ensureGazetteerBuilt(): string {
  if (!existsSync(DEFAULT_GAZETTEER_PATH)) buildGazetteer();
  return DEFAULT_GAZETTEER_PATH;
}
