/** `pnpm --filter @vigie/geo build`: builds data/gazetteer.json.gz and data/coverage.json from the data packages. */
import { buildGazetteer, formatCoverage } from './gazetteer-builder.ts';

const started = performance.now();
const coverage = buildGazetteer();
console.log(formatCoverage(coverage));
console.log(`  built in     ${((performance.now() - started) / 1000).toFixed(1)} s`);
