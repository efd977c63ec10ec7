/**
 * The coverage report: how many communes got each tier of position (a GeoNames point, a bounding-box
 * centre, an estimate), how many postcodes resolve to a placed commune, and how far each tier lands
 * from GeoNames points. Written beside the gazetteer so that a data package upgrade shows its effect.
 */
import { GAZETTEER_FORMAT } from '../src/gazetteer-file.ts';
import { type PositionTier, type PostcodeIndex, tierOf, type WorkCommune } from './communes.ts';
import type { GeonamesMatch } from './coordinates.ts';

type TierCounts = Record<PositionTier, number>;
type Accuracy = { n: number; medianKm: number; p90Km: number };

export type CoverageReport = {
  format: string;
  sources: Record<string, string>;
  communes: {
    total: number;
    byTier: TierCounts;
    /** With a GeoNames point or a box centre: not `approximate`. */
    placed: number;
    placedShare: number;
    approximate: number;
    bySource: Record<string, number>;
    byZone: Record<string, { total: number; placed: number; placedShare: number }>;
  };
  population: { total: number; byTier: TierCounts; placedShare: number; pointShare: number };
  postcodes: {
    total: number;
    /** Postcodes that resolve to no commune at all (0 when the build is sound). */
    withoutCommune: number;
    withPlacedCommune: number;
    withPlacedCommuneShare: number;
    allCommunesPlaced: number;
    allCommunesPlacedShare: number;
    onlyApproximate: number;
    fromDecoupageAdministratif: number;
    addedByCodesPostaux: number;
  };
  geonames: {
    points: number;
    matched: number;
    unmatched: number;
    outsideBox: number;
    communesWithPoint: number;
  };
  /** Distance from each tier's position to the GeoNames point of the same commune. */
  accuracy: {
    method: string;
    box: Accuracy;
    estimateByLevel: Record<string, Accuracy>;
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
  accuracy: Pick<CoverageReport['accuracy'], 'box' | 'estimateByLevel'>;
  fileBytes: number;
};

const noTiers = (): TierCounts => ({ point: 0, box: 0, estimate: 0 });

export function computeCoverage(input: CoverageInput): CoverageReport {
  const { communes, ordered } = input;
  const { postcodeMap, postcodesFromDecoupage } = input.postcodes;
  const bySource: Record<string, number> = {};
  const byTier = noTiers();
  const populationByTier = noTiers();
  const byZone: CoverageReport['communes']['byZone'] = {};
  for (const c of ordered) {
    const tier = tierOf(c);
    bySource[c.source!] = (bySource[c.source!] ?? 0) + 1;
    byTier[tier]++;
    byZone[c.zone] ??= { total: 0, placed: 0, placedShare: 0 };
    const zone = byZone[c.zone]!;
    zone.total++;
    if (tier !== 'estimate') zone.placed++;
    // Arrondissements are part of their city's population already.
    if (!c.parent) populationByTier[tier] += c.population ?? 0;
  }
  for (const zone of Object.values(byZone)) zone.placedShare = round(zone.placed / zone.total);
  let withPlaced = 0;
  let allPlaced = 0;
  let withoutCommune = 0;
  for (const codes of postcodeMap.values()) {
    if (codes.size === 0) withoutCommune++;
    const flags = [...codes].map((code) => tierOf(communes.get(code)!) !== 'estimate');
    if (flags.some(Boolean)) withPlaced++;
    if (flags.length > 0 && flags.every(Boolean)) allPlaced++;
  }
  const placed = byTier.point + byTier.box;
  const populationTotal = populationByTier.point + populationByTier.box + populationByTier.estimate;
  return {
    format: GAZETTEER_FORMAT,
    sources: input.versions,
    communes: {
      total: ordered.length,
      byTier,
      placed,
      placedShare: round(placed / ordered.length),
      approximate: byTier.estimate,
      bySource,
      byZone,
    },
    population: {
      total: populationTotal,
      byTier: populationByTier,
      placedShare: round((populationByTier.point + populationByTier.box) / populationTotal),
      pointShare: round(populationByTier.point / populationTotal),
    },
    postcodes: {
      total: postcodeMap.size,
      withoutCommune,
      withPlacedCommune: withPlaced,
      withPlacedCommuneShare: round(withPlaced / postcodeMap.size),
      allCommunesPlaced: allPlaced,
      allCommunesPlacedShare: round(allPlaced / postcodeMap.size),
      onlyApproximate: postcodeMap.size - withPlaced,
      fromDecoupageAdministratif: postcodesFromDecoupage.size,
      addedByCodesPostaux: postcodeMap.size - postcodesFromDecoupage.size,
    },
    geonames: {
      points: input.geonamesPoints,
      matched: input.geonames.matched,
      unmatched: input.geonamesPoints - input.geonames.matched,
      outsideBox: input.geonames.outsideBox,
      communesWithPoint: input.geonames.communesWithPoint,
    },
    accuracy: {
      method:
        'distance to the GeoNames point of the same commune. Box: box centre, over the communes with ' +
        'both. Estimate: leave-one-out over communes with a GeoNames point; those are larger than the ' +
        'ones that need an estimate, so real errors are somewhat larger.',
      ...input.accuracy,
    },
    fileBytes: input.fileBytes,
  };
}

/** Formats the coverage report for a terminal. */
export function formatCoverage(c: CoverageReport): string {
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  const km = (a: Accuracy) => `median ${a.medianKm} km, p90 ${a.p90Km} km (n=${a.n})`;
  const { byTier, total } = c.communes;
  const estimateAll = c.accuracy.estimateByLevel.all;
  const lines = [
    `Gazetteer ${c.format} (${Object.entries(c.sources)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')})`,
    `  communes     ${total}: ${pct(c.communes.placedShare)} placed (GeoNames point or box centre), ${c.communes.approximate} estimated`,
    `  by tier      point ${byTier.point} (${pct(byTier.point / total)}), box centre ${byTier.box} (${pct(byTier.box / total)}), estimate ${byTier.estimate} (${pct(byTier.estimate / total)})`,
    `  population   ${pct(c.population.placedShare)} lives in a placed commune, ${pct(c.population.pointShare)} in one with a GeoNames point`,
    `  postcodes    ${c.postcodes.total}: ${c.postcodes.withoutCommune} without a commune, ${c.postcodes.withPlacedCommune} with a placed commune (${pct(c.postcodes.withPlacedCommuneShare)}), all placed in ${c.postcodes.allCommunesPlaced} (${pct(c.postcodes.allCommunesPlacedShare)}), ${c.postcodes.onlyApproximate} estimated only`,
    `               ${c.postcodes.fromDecoupageAdministratif} from decoupage-administratif, ${c.postcodes.addedByCodesPostaux} added by codes-postaux`,
    `  by source    ${Object.entries(c.communes.bySource)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `  by zone      ${Object.entries(c.communes.byZone)
      .map(([k, v]) => `${k} ${v.placed}/${v.total} (${pct(v.placedShare)})`)
      .join(', ')}`,
    `  geonames     ${c.geonames.points} points, ${c.geonames.matched} matched to ${c.geonames.communesWithPoint} communes, ${c.geonames.unmatched} unmatched, ${c.geonames.outsideBox} left aside (outside the commune's box)`,
    `  error vs GeoNames: point 0 km (the reference); box centre ${km(c.accuracy.box)}; estimate ${estimateAll ? km(estimateAll) : 'n/a'} (leave-one-out)`,
    `  estimate by level: ${Object.entries(c.accuracy.estimateByLevel)
      .filter(([k]) => k !== 'all')
      .map(([k, v]) => `${k} ${km(v)}`)
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
