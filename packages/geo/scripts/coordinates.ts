/**
 * Where each commune is. First its real point from GeoNames: by INSEE code when the point carries
 * one, else by name within the département; several points may land on one commune (a town and its
 * hamlets), and the one that best stands for the commune wins. Then, for the communes GeoNames has no
 * point for (about three quarters of them), an estimate: the mean of the real points of the smallest
 * group the commune shares with some, tried in the order of `FALLBACK_LEVELS`. The gazetteer flags
 * these `approximate`.
 */
import { distanceKm } from '../src/distance.ts';
import { normalizePlaceName, placeNameKey } from '../src/normalize.ts';
import { type CommuneRegistry, entryOf, type Point, type WorkCommune } from './communes.ts';
import { type CoverageReport, quantile, round } from './coverage.ts';
import { GEONAMES_COUNTRIES, type GeonamesCity, INSEE_CODE, SINGLE_COMMUNE_COUNTRIES } from './sources.ts';

// Seats before plain places: the point of a capital or prefecture is the town centre.
const FEATURE_RANK: Record<string, number> = {
  PPLC: 0,
  PPLA: 1,
  PPLA2: 2,
  PPLA3: 3,
  PPLA4: 4,
  PPL: 5,
  PPLA5: 6,
  PPLL: 7,
  PPLX: 8,
};

type Candidate = { city: GeonamesCity; via: 'code' | 'former-code' | 'name' };

export type GeonamesMatch = {
  /** GeoNames points matched to a commune (several may match the same one). */
  matched: number;
  communesWithPoint: number;
};

function departementOfMuni(muni: string | null | undefined): string | undefined {
  if (!muni) return undefined;
  return muni.startsWith('97') || muni.startsWith('98') ? muni.slice(0, 3) : muni.slice(0, 2);
}

/** `Le Mont-Dore` and GeoNames' `Mont-Dore` meet on `montdore`. */
function keyWithoutArticle(name: string): string {
  return placeNameKey(normalizePlaceName(name).replace(/^(?:le|la|les|l) /, ''));
}

/** Sets `point` and `source` on every commune some GeoNames point matches. */
export function placeGeonamesPoints(
  registry: CommuneRegistry,
  cities: readonly GeonamesCity[],
): GeonamesMatch {
  const { communes, aliases, resolveCode } = registry;
  const byKeyAndDepartement = new Map<string, string[]>();
  const byKey = new Map<string, string[]>();
  const index = (map: Map<string, string[]>, key: string, code: string) => {
    const list = entryOf(map, key, (): string[] => []);
    if (!list.includes(code)) list.push(code);
  };
  for (const c of communes.values()) {
    for (const key of [c.key, ...[...(aliases.get(c.code) ?? [])].map(placeNameKey)]) {
      index(byKeyAndDepartement, `${c.departement}|${key}`, c.code);
      index(byKey, key, c.code);
    }
    index(byKeyAndDepartement, `${c.departement}|~${keyWithoutArticle(c.name)}`, c.code);
  }

  const candidates = new Map<string, Candidate[]>();
  let matched = 0;
  const addCandidate = (code: string, candidate: Candidate) => {
    entryOf(candidates, code, (): Candidate[] => []).push(candidate);
    matched++;
  };
  for (const city of cities) {
    const marseille = /^Marseille (\d{2})$/.exec(city.name);
    if (marseille && city.muniSub === '13055') {
      addCandidate(`132${marseille[1]}`, { city, via: 'code' });
      continue;
    }
    const inseeCode =
      (city.muniSub && INSEE_CODE.test(city.muniSub) && city.muniSub) ||
      (/^\d{5}$/.test(city.adminCode) && city.adminCode) ||
      SINGLE_COMMUNE_COUNTRIES[city.country];
    const resolved = inseeCode ? resolveCode(inseeCode) : undefined;
    if (resolved) {
      addCandidate(resolved.code, { city, via: resolved.former ? 'former-code' : 'code' });
      continue;
    }
    const departement = GEONAMES_COUNTRIES[city.country] ?? departementOfMuni(city.muni);
    const key = placeNameKey(city.name);
    const sameName = departement
      ? (byKeyAndDepartement.get(`${departement}|${key}`) ??
        byKeyAndDepartement.get(`${departement}|~${keyWithoutArticle(city.name)}`))
      : byKey.get(key);
    if (sameName?.length === 1) addCandidate(sameName[0]!, { city, via: 'name' });
  }

  const candidateRank = (commune: WorkCommune, { city, via }: Candidate) => [
    commune.ownKeys.has(placeNameKey(city.name)) ? 0 : 1,
    via === 'former-code' ? 1 : 0,
    FEATURE_RANK[city.featureCode] ?? 9,
    -city.population,
  ];
  const compareRanks = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  };
  for (const [code, list] of candidates) {
    const commune = communes.get(code)!;
    const best = list.reduce((a, b) =>
      compareRanks(candidateRank(commune, b), candidateRank(commune, a)) < 0 ? b : a,
    );
    commune.point = { lat: best.city.loc.coordinates[1], lng: best.city.loc.coordinates[0] };
    commune.source =
      best.via === 'code'
        ? 'geonames-code'
        : best.via === 'former-code'
          ? 'geonames-former-code'
          : 'geonames-name';
  }
  return { matched, communesWithPoint: candidates.size };
}

// Estimates for the communes without a real point.

/** Fallback estimates, tried in this order; measured by leave-one-out in the coverage report. */
const FALLBACK_LEVELS = ['postcode', 'epci', 'arrondissement', 'departement'] as const;
type FallbackLevel = (typeof FALLBACK_LEVELS)[number];

/** An estimate for `c`, leaving `exclude` out of the means (for leave-one-out), or none. */
type Estimator = (
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
