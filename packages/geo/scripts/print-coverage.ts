/** `pnpm --filter @vigie/geo coverage`: prints the coverage report of the last build. */
import { existsSync, readFileSync } from 'node:fs';
import { type CoverageReport, DEFAULT_COVERAGE_PATH, formatCoverage } from './gazetteer-builder.ts';

if (!existsSync(DEFAULT_COVERAGE_PATH)) {
  console.error(
    `No coverage report at ${DEFAULT_COVERAGE_PATH}: run \`pnpm --filter @vigie/geo build\` first.`,
  );
  process.exit(1);
}
console.log(formatCoverage(JSON.parse(readFileSync(DEFAULT_COVERAGE_PATH, 'utf8')) as CoverageReport));
