/**
 * The gazetteer's commands:
 * - `pnpm --filter @vigie/geo build` (`cli.ts build`): builds data/gazetteer.json.gz and
 *   data/coverage.json from the data packages, and prints the coverage;
 * - `pnpm --filter @vigie/geo coverage` (`cli.ts coverage`): prints the coverage report of the last build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { type CoverageReport, formatCoverage } from './coverage.ts';
import { buildGazetteer, DEFAULT_COVERAGE_PATH } from './gazetteer-builder.ts';

const command = process.argv[2];
if (command === 'build') {
  const started = performance.now();
  const coverage = buildGazetteer();
  console.log(formatCoverage(coverage));
  console.log(`  built in     ${((performance.now() - started) / 1000).toFixed(1)} s`);
} else if (command === 'coverage') {
  if (!existsSync(DEFAULT_COVERAGE_PATH)) {
    console.error(
      `No coverage report at ${DEFAULT_COVERAGE_PATH}: run \`pnpm --filter @vigie/geo build\` first.`,
    );
    process.exit(1);
  }
  console.log(formatCoverage(JSON.parse(readFileSync(DEFAULT_COVERAGE_PATH, 'utf8')) as CoverageReport));
} else {
  console.error('Usage: tsx scripts/cli.ts build | coverage');
  process.exit(2);
}
