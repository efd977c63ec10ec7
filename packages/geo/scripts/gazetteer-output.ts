/** Where the built gazetteer and its coverage report go, and how they get there safely. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CoverageReport } from './gazetteer-coverage.ts';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
export const GAZETTEER_FILE_NAME = 'gazetteer.json.gz';
export const COVERAGE_FILE_NAME = 'coverage.json';
export const DEFAULT_GAZETTEER_PATH = join(DEFAULT_DATA_DIR, GAZETTEER_FILE_NAME);
export const DEFAULT_COVERAGE_PATH = join(dirname(DEFAULT_GAZETTEER_PATH), COVERAGE_FILE_NAME);

function writeAtomically(path: string, data: string | Buffer) {
  // Parallel test workers may build at the same time: each writes its own file and renames it.
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/** Writes `coverage.json` and `gazetteer.json.gz` to `outDir`, creating it when needed. */
export function writeGazetteer(outDir: string, coverage: CoverageReport, gzipped: Buffer): void {
  mkdirSync(outDir, { recursive: true });
  writeAtomically(join(outDir, COVERAGE_FILE_NAME), `${JSON.stringify(coverage, null, 2)}\n`);
  writeAtomically(join(outDir, GAZETTEER_FILE_NAME), gzipped);
}
