/**
 * Estimated points for the communes GeoNames has no point for (about three quarters of them): the
 * mean of the real points of the smallest group the commune shares with some, tried in the order of
 * `FALLBACK_LEVELS`. The gazetteer flags these `approximate`.
 */
import { distanceKm } from '../src/distance.ts';
import type { CoverageReport } from './gazetteer-coverage.ts';
import { entryOf } from './map-entry.ts';
import { quantile, round } from './stats.ts';
import type { Point, WorkCommune } from './work-communes.ts';

/** Fallback estimates, tried in this order; measured by leave-one-out in the coverage report. */
export const FALLBACK_LEVELS = ['postcode', 'epci', 'arrondissement', 'departement'] as const;
export type FallbackLevel = (typeof FALLBACK_LEVELS)[number];

/** An estimate for `c`, leaving `exclude` out of the means (for leave-one-out), or none. */
export type Estimator = (
  c: WorkCommune,
  exclude?: WorkCommune,
) => { point: Point; level: FallbackLevel } | undefined;

/** Groups the communes that have a real point by each fallback level, and estimates from them. */
export function createEstimator(exact: readonly WorkCommune[]): Estimator {
  const groups = {
    postcode: new Map<string, WorkCommune[]>(),
    epci: new Map<string, WorkCommune[]>(),
    arrondissement: new Map<string, WorkCommune[]>(),
    departement: new Map<string, WorkCommune[]>(),
  };
  const push = (map: Map<string, WorkCommune[]>, key: string, c: WorkCommune) =>
    entryOf(map, key, (): WorkCommune[] => []).push(c);
  for (const c of exact) {
    for (const p of c.postcodes) push(groups.postcode, p, c);
    if (c.epci) push(groups.epci, c.epci, c);
    if (c.arrondissement) push(groups.arrondissement, `${c.departement}|${c.arrondissement}`, c);
    push(groups.departement, c.departement, c);
  }

  // Arrondissements duplicate their city, a member already: counting them too would weigh it several times.
  const meanOf = (members: Iterable<WorkCommune>, exclude: WorkCommune | undefined, weighted: boolean) => {
    let lat = 0;
    let lng = 0;
    let weight = 0;
    for (const m of members) {
      if (m === exclude || m.parent) continue;
      const w = weighted ? Math.max(m.population ?? 0, 1) : 1;
      lat += m.point!.lat * w;
      lng += m.point!.lng * w;
      weight += w;
    }
    return weight > 0 ? { lat: lat / weight, lng: lng / weight } : undefined;
  };
  return (c, exclude) => {
    for (const level of FALLBACK_LEVELS) {
      let members: Iterable<WorkCommune> | undefined;
      if (level === 'postcode') {
        const set = new Set<WorkCommune>();
        for (const p of c.postcodes) for (const m of groups.postcode.get(p) ?? []) set.add(m);
        members = set;
      } else if (level === 'epci') members = c.epci ? groups.epci.get(c.epci) : undefined;
      else if (level === 'arrondissement')
        members = c.arrondissement
          ? groups.arrondissement.get(`${c.departement}|${c.arrondissement}`)
          : undefined;
      else members = groups.departement.get(c.departement);
      const point = members && meanOf(members, exclude, level === 'departement');
      if (point) return { point, level };
    }
    return undefined;
  };
}

/** Gives every commune still without a point its city's point (arrondissements) or an estimate. */
export function fillMissingPoints(communes: Map<string, WorkCommune>, estimate: Estimator): void {
  for (const c of communes.values()) {
    if (c.point) continue;
    const parent = c.parent ? communes.get(c.parent) : undefined;
    if (parent?.point) {
      c.point = parent.point;
      c.source = 'fallback-parent';
      continue;
    }
    const found = estimate(c);
    if (!found) throw new Error(`No coordinates, not even an estimate, for commune ${c.code} ${c.name}`);
    c.point = found.point;
    c.source = `fallback-${found.level}`;
  }
}

/** Leave-one-out: how far the estimate lands from the GeoNames point of communes that have one. */
export function measureFallbackAccuracy(
  exact: readonly WorkCommune[],
  estimate: Estimator,
): CoverageReport['fallbackAccuracy']['byLevel'] {
  const errors = new Map<string, number[]>();
  for (const c of exact) {
    if (c.parent) continue;
    const found = estimate(c, c);
    if (!found) continue;
    const d = distanceKm(found.point, c.point!);
    for (const key of [found.level, 'all']) {
      entryOf(errors, key, (): number[] => []).push(d);
    }
  }
  const byLevel: CoverageReport['fallbackAccuracy']['byLevel'] = {};
  for (const key of [...FALLBACK_LEVELS, 'all']) {
    const list = (errors.get(key) ?? []).sort((a, b) => a - b);
    byLevel[key] = {
      n: list.length,
      medianKm: round(quantile(list, 0.5), 1),
      p90Km: round(quantile(list, 0.9), 1),
    };
  }
  return byLevel;
}
