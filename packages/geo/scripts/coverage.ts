/**
 * The coverage report: how much of France has a real point rather than an estimate, and how good
 * the estimates are. Written beside the gazetteer so that a data package upgrade shows its effect.
 */
import { GAZETTEER_FORMAT } from '../src/gazetteer-file.ts';
import type { PostcodeIndex, WorkCommune } from './communes.ts';
import type { GeonamesMatch } from './coordinates.ts';

export type CoverageReport = {
  format: string;
  sources: Record<string, string>;
  communes: {
    total: number;
    exact: number;
    exactShare: number;
    approximate: number;
    bySource: Record<string, number>;
    byZone: Record<string, { total: number; exact: number; exactShare: number }>;
  };
  population: { total: number; inExactCommunes: number; exactShare: number };
  postcodes: {
    total: number;
    withExactCommune: number;
    withExactCommuneShare: number;
    allCommunesExact: number;
    allCommunesExactShare: number;
    onlyApproximate: number;
    fromDecoupageAdministratif: number;
    addedByCodesPostaux: number;
  };
  geonames: { points: number; matched: number; unmatched: number; communesWithPoint: number };
  fallbackAccuracy: {
    method: string;
    byLevel: Record<string, { n: number; medianKm: number; p90Km: number }>;
  };
  fileBytes: number;
};

type CoverageInput = {
  versions: Record<string, string>;
  communes: Map<string, WorkCommune>;
  /** The communes in file order. */
  ordered: readonly WorkCommune[];
  postcodes: PostcodeIndex;
  geonamesPoints: number;
  geonames: GeonamesMatch;
  fallbackByLevel: CoverageReport['fallbackAccuracy']['byLevel'];
  fileBytes: number;
};

export function computeCoverage(input: CoverageInput): CoverageReport {
  const { communes, ordered } = input;
  const { postcodeMap, postcodesFromDecoupage } = input.postcodes;
  const bySource: Record<string, number> = {};
  const byZone: CoverageReport['communes']['byZone'] = {};
  let populationTotal = 0;
  let populationExact = 0;
  for (const c of ordered) {
    bySource[c.source!] = (bySource[c.source!] ?? 0) + 1;
    byZone[c.zone] ??= { total: 0, exact: 0, exactShare: 0 };
    const zone = byZone[c.zone]!;
    zone.total++;
    const isExact = !c.source!.startsWith('fallback');
    if (isExact) zone.exact++;
    // Arrondissements are part of their city's population already.
    if (!c.parent) {
      populationTotal += c.population ?? 0;
      if (isExact) populationExact += c.population ?? 0;
    }
  }
  for (const zone of Object.values(byZone)) zone.exactShare = round(zone.exact / zone.total);
  let withExact = 0;
  let allExact = 0;
  for (const codes of postcodeMap.values()) {
    const flags = [...codes].map((code) => !communes.get(code)!.source!.startsWith('fallback'));
    if (flags.some(Boolean)) withExact++;
    if (flags.every(Boolean)) allExact++;
  }
  const exactCount = ordered.filter((c) => !c.source!.startsWith('fallback')).length;
  return {
    format: GAZETTEER_FORMAT,
    sources: input.versions,
    communes: {
      total: ordered.length,
      exact: exactCount,
      exactShare: round(exactCount / ordered.length),
      approximate: ordered.length - exactCount,
      bySource,
      byZone,
    },
    population: {
      total: populationTotal,
      inExactCommunes: populationExact,
      exactShare: round(populationExact / populationTotal),
    },
    postcodes: {
      total: postcodeMap.size,
      withExactCommune: withExact,
      withExactCommuneShare: round(withExact / postcodeMap.size),
      allCommunesExact: allExact,
      allCommunesExactShare: round(allExact / postcodeMap.size),
      onlyApproximate: postcodeMap.size - withExact,
      fromDecoupageAdministratif: postcodesFromDecoupage.size,
      addedByCodesPostaux: postcodeMap.size - postcodesFromDecoupage.size,
    },
    geonames: {
      points: input.geonamesPoints,
      matched: input.geonames.matched,
      unmatched: input.geonamesPoints - input.geonames.matched,
      communesWithPoint: input.geonames.communesWithPoint,
    },
    fallbackAccuracy: {
      method:
        'leave-one-out over communes with a GeoNames point: distance from the estimate to the point. ' +
        'Those communes are larger than the ones that need an estimate, so real errors are somewhat larger.',
      byLevel: input.fallbackByLevel,
    },
    fileBytes: input.fileBytes,
  };
}

/** Formats the coverage report for a terminal. */
export function formatCoverage(c: CoverageReport): string {
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  const lines = [
    `Gazetteer ${c.format} (${Object.entries(c.sources)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')})`,
    `  communes     ${c.communes.total}: ${c.communes.exact} with a GeoNames point (${pct(c.communes.exactShare)}), ${c.communes.approximate} estimated`,
    `  population   ${pct(c.population.exactShare)} lives in a commune with a GeoNames point`,
    `  postcodes    ${c.postcodes.total}: ${c.postcodes.withExactCommune} with at least one commune with a point (${pct(c.postcodes.withExactCommuneShare)}), ${c.postcodes.allCommunesExact} with all (${pct(c.postcodes.allCommunesExactShare)}), ${c.postcodes.onlyApproximate} estimated only`,
    `               ${c.postcodes.fromDecoupageAdministratif} from decoupage-administratif, ${c.postcodes.addedByCodesPostaux} added by codes-postaux`,
    `  by source    ${Object.entries(c.communes.bySource)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `  by zone      ${Object.entries(c.communes.byZone)
      .map(([k, v]) => `${k} ${v.exact}/${v.total} (${pct(v.exactShare)})`)
      .join(', ')}`,
    `  geonames     ${c.geonames.points} points, ${c.geonames.matched} matched to ${c.geonames.communesWithPoint} communes, ${c.geonames.unmatched} unmatched`,
    `  estimate error (leave-one-out): ${Object.entries(c.fallbackAccuracy.byLevel)
      .map(([k, v]) => `${k} median ${v.medianKm} km, p90 ${v.p90Km} km (n=${v.n})`)
      .join('; ')}`,
    `  file         ${(c.fileBytes / 1024).toFixed(0)} KiB`,
  ];
  return lines.join('\n');
}

// Number helpers for the report, whose figures must be short and stable across builds.

export const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The `q` quantile of an ascending list, at the nearest index (NaN when empty). */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i]!;
}
