/**
 * Builds the gazetteer from the registry data packages (see `sources.ts`). The official lists of
 * communes have no coordinates: each commune gets a GeoNames point, else its bounding-box centre,
 * else an estimate flagged `approximate` (see `coordinates.ts`).
 *
 * The order of the steps matters: estimates are means of the placed communes, so they must come
 * after GeoNames matching and box centres.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { COORDINATE_SCALE, GAZETTEER_FORMAT, type GazetteerFile } from '../src/gazetteer-file.ts';
import { assignEpci, assignPostcodes, collectCommunes, tierOf, type WorkCommune } from './communes.ts';
import {
  assignBoxes,
  createEstimator,
  fillMissingPoints,
  measureBoxAccuracy,
  measureFallbackAccuracy,
  placeBoxCentres,
  placeGeonamesPoints,
} from './coordinates.ts';
import { type CoverageReport, computeCoverage } from './coverage.ts';
import { loadSources, type Sources } from './sources.ts';

// The tests read the report the build writes.
export type { CoverageReport } from './coverage.ts';

/** Where the built gazetteer and its coverage report go. */
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
const GAZETTEER_FILE_NAME = 'gazetteer.json.gz';
const COVERAGE_FILE_NAME = 'coverage.json';
export const DEFAULT_COVERAGE_PATH = join(DEFAULT_DATA_DIR, COVERAGE_FILE_NAME);

type BuildResult = { file: GazetteerFile; coverage: CoverageReport; gzipped: Buffer };

/** Combines the sources into the gazetteer file and its coverage report. */
function buildGazetteerData(sources: Sources): BuildResult {
  // 1. Current communes and the arrondissements of Paris, Lyon and Marseille.
  const registry = collectCommunes(sources.communes);
  const { communes } = registry;

  // 2. Postcodes and EPCI.
  const postcodes = assignPostcodes(registry, sources.codesPostaux);
  assignEpci(communes, sources.epci);

  // 3. GeoNames points, checked against the communes' bounding boxes.
  assignBoxes(communes, sources.boxes);
  const geonames = placeGeonamesPoints(registry, sources.cities);

  // 4. Bounding-box centres for the communes GeoNames has no (plausible) point for.
  placeBoxCentres(communes);

  // 5. Estimates for the rest, measured by leave-one-out on the communes with a GeoNames point.
  const placed = [...communes.values()].filter((c) => c.point);
  const estimate = createEstimator(placed);
  fillMissingPoints(communes, estimate);
  const accuracy = {
    box: measureBoxAccuracy(communes.values()),
    estimateByLevel: measureFallbackAccuracy(placed, estimate),
  };

  // 6. The file.
  const { file, ordered, gzipped } = encodeGazetteer(
    communes,
    registry.aliases,
    postcodes.postcodeMap,
    sources.versions,
  );

  // 7. Coverage.
  const coverage = computeCoverage({
    versions: sources.versions,
    communes,
    ordered,
    postcodes,
    geonamesPoints: sources.cities.length,
    geonames,
    accuracy,
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

// The file: columns rather than one object per commune, codes in order, and gzip level 9, because
// the portal loads it whole. Sorting everything keeps the file byte-identical across builds.

type EncodedGazetteer = {
  file: GazetteerFile;
  /** The communes in file order (by code), for the coverage report. */
  ordered: WorkCommune[];
  gzipped: Buffer;
};

function encodeGazetteer(
  communes: Map<string, WorkCommune>,
  aliases: Map<string, Set<string>>,
  postcodeMap: Map<string, Set<string>>,
  versions: Record<string, string>,
): EncodedGazetteer {
  const ordered = [...communes.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const position = new Map(ordered.map((c, i) => [c.code, i]));
  const file: GazetteerFile = {
    format: GAZETTEER_FORMAT,
    sources: versions,
    communes: {
      code: ordered.map((c) => c.code),
      name: ordered.map((c) => c.name),
      departement: ordered.map((c) => c.departement),
      population: ordered.map((c) => c.population ?? -1),
      lat: ordered.map((c) => Math.round(c.point!.lat * COORDINATE_SCALE)),
      lng: ordered.map((c) => Math.round(c.point!.lng * COORDINATE_SCALE)),
      approximate: ordered.map((c) => (tierOf(c) === 'estimate' ? 1 : 0)),
      parent: ordered.map((c) => c.parent),
      postcodes: ordered.map((c) => [...c.postcodes].sort().join(' ')),
    },
    aliases: ordered.flatMap((c, i) =>
      [...(aliases.get(c.code) ?? [])].sort().map((name): [number, string] => [i, name]),
    ),
    postcodes: Object.fromEntries(
      [...postcodeMap.keys()]
        .sort()
        .map((p) => [p, [...postcodeMap.get(p)!].map((code) => position.get(code)!).sort((a, b) => a - b)]),
    ),
  };
  const gzipped = gzipSync(JSON.stringify(file), { level: 9 });
  return { file, ordered, gzipped };
}

function writeAtomically(path: string, data: string | Buffer) {
  // Parallel test workers may build at the same time: each writes its own file and renames it.
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/** Writes `coverage.json` and `gazetteer.json.gz` to `outDir`, creating it when needed. */
function writeGazetteer(outDir: string, coverage: CoverageReport, gzipped: Buffer): void {
  mkdirSync(outDir, { recursive: true });
  writeAtomically(join(outDir, COVERAGE_FILE_NAME), `${JSON.stringify(coverage, null, 2)}\n`);
  writeAtomically(join(outDir, GAZETTEER_FILE_NAME), gzipped);
}
