/**
 * Where each commune is, by one rule applied to every commune:
 * 1. its real point from GeoNames (both packages): by INSEE code when the point carries one, else by
 *    name within the département; several points may land on one commune (a town and its hamlets),
 *    and the one that best stands for the commune wins;
 * 2. else the centre of its bounding box (IGN ADMIN EXPRESS): inside or near the commune, a real
 *    position for display purposes;
 * 3. else, for an arrondissement of Paris, its city's point; for any other commune, an estimate: the
 *    mean of the positions of the smallest group the commune shares with placed communes, tried in the
 *    order of `FALLBACK_LEVELS`. The gazetteer flags these (and only these) `approximate`.
 */
import { distanceKm } from '../src/distance.ts';
import { normalizePlaceName, placeNameKey } from '../src/normalize.ts';
import { type CommuneRegistry, entryOf, type Point, type WorkCommune } from './communes.ts';
import { type CoverageReport, quantile, round } from './coverage.ts';
import {
  type BoundingBox,
  GEONAMES_COUNTRIES,
  type GeonamesCity,
  INSEE_CODE,
  SINGLE_COMMUNE_COUNTRIES,
} from './sources.ts';

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

/** "Marseille 08", "Lyon 03", "Paris 15 Vaugirard". */
const ARRONDISSEMENT_POINT = /^(?:Marseille|Lyon|Paris) (\d{2})(?: .+)?$/;
/** City code -> the start of its arrondissements' codes (Paris 75101-75120, Marseille 13201-13216, Lyon 69381-69389). */
const ARRONDISSEMENT_CODE_PREFIX: Record<string, string> = {
  '75056': '751',
  '13055': '132',
  '69123': '6938',
};

type Candidate = { city: GeonamesCity; via: 'code' | 'former-code' | 'name' };

const pointOf = ({ city }: Candidate): Point => ({
  lat: city.loc.coordinates[1],
  lng: city.loc.coordinates[0],
});

export type GeonamesMatch = {
  /** GeoNames points matched to a commune (several may match the same one). */
  matched: number;
  /** Of those, points left aside because they lie well outside the commune's box (a wrong code or name). */
  outsideBox: number;
  communesWithPoint: number;
};

/** How far outside its commune's box a GeoNames point may lie (boxes are of 2017 communes). */
const BOX_TOLERANCE_KM = 3;

/** Distance from a point to a box, 0 inside. */
function distanceOutsideKm(point: Point, box: NonNullable<WorkCommune['box']>): number {
  const [west, south, east, north] = box;
  const nearest = {
    lat: Math.min(Math.max(point.lat, south), north),
    lng: Math.min(Math.max(point.lng, west), east),
  };
  return distanceKm(point, nearest);
}

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
    // "Marseille 08", "Lyon 03", "Paris 15 Vaugirard": GeoNames gives the arrondissements the city's
    // code and their number.
    const arrondissement = ARRONDISSEMENT_POINT.exec(city.name);
    const prefix = arrondissement && city.muniSub && ARRONDISSEMENT_CODE_PREFIX[city.muniSub];
    if (prefix) {
      const code = `${prefix}${arrondissement[1]!.slice(-(5 - prefix.length))}`;
      if (communes.get(code)?.parent === city.muniSub) addCandidate(code, { city, via: 'code' });
      continue;
    }
    const inseeCode =
      (city.muniSub && INSEE_CODE.test(city.muniSub) && city.muniSub) ||
      (/^\d{5}$/.test(city.adminCode) && city.adminCode) ||
      (city.admin2 && /^9\d{4}$/.test(city.admin2) && city.admin2) ||
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
  let outsideBox = 0;
  let communesWithPoint = 0;
  for (const [code, all] of candidates) {
    const commune = communes.get(code)!;
    const box = commune.box;
    const list = box ? all.filter((c) => distanceOutsideKm(pointOf(c), box) <= BOX_TOLERANCE_KM) : all;
    outsideBox += all.length - list.length;
    if (list.length === 0) continue;
    communesWithPoint++;
    const best = list.reduce((a, b) =>
      compareRanks(candidateRank(commune, b), candidateRank(commune, a)) < 0 ? b : a,
    );
    commune.point = pointOf(best);
    commune.source =
      best.via === 'code'
        ? 'geonames-code'
        : best.via === 'former-code'
          ? 'geonames-former-code'
          : 'geonames-name';
  }
  return { matched, outsideBox, communesWithPoint };
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

/** Groups the placed communes (GeoNames point or box centre) by each fallback level, and estimates from them. */
export function createEstimator(placed: readonly WorkCommune[]): Estimator {
  const groups = {
    postcode: new Map<string, WorkCommune[]>(),
    epci: new Map<string, WorkCommune[]>(),
    arrondissement: new Map<string, WorkCommune[]>(),
    departement: new Map<string, WorkCommune[]>(),
  };
  const push = (map: Map<string, WorkCommune[]>, key: string, c: WorkCommune) =>
    entryOf(map, key, (): WorkCommune[] => []).push(c);
  for (const c of placed) {
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

/** Gives each commune its bounding box and the box's centre (before GeoNames matching, which checks points against it). */
export function assignBoxes(
  communes: Map<string, WorkCommune>,
  boxes: ReadonlyMap<string, BoundingBox>,
): void {
  for (const c of communes.values()) {
    const box = boxes.get(c.code);
    if (!box) continue;
    const [west, south, east, north] = box;
    c.box = box;
    c.boxCentre = { lat: (south + north) / 2, lng: (west + east) / 2 };
  }
}

/** Places at their box centre the communes GeoNames has no point for. */
export function placeBoxCentres(communes: Map<string, WorkCommune>): void {
  for (const c of communes.values()) {
    if (c.point || !c.boxCentre) continue;
    c.point = c.boxCentre;
    c.source = 'box-centre';
  }
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

/** How far box centres lie from the GeoNames point of the communes that have both. */
export function measureBoxAccuracy(communes: Iterable<WorkCommune>): AccuracyFigures {
  const errors: number[] = [];
  for (const c of communes) {
    if (c.boxCentre && c.source?.startsWith('geonames')) errors.push(distanceKm(c.boxCentre, c.point!));
  }
  return accuracyOf(errors);
}

type AccuracyFigures = { n: number; medianKm: number; p90Km: number };

function accuracyOf(errors: number[]): AccuracyFigures {
  const sorted = [...errors].sort((a, b) => a - b);
  return {
    n: sorted.length,
    medianKm: round(quantile(sorted, 0.5), 1),
    p90Km: round(quantile(sorted, 0.9), 1),
  };
}

/** Leave-one-out: how far the estimate lands from the GeoNames point of communes that have one. */
export function measureFallbackAccuracy(
  placed: readonly WorkCommune[],
  estimate: Estimator,
): CoverageReport['accuracy']['estimateByLevel'] {
  const errors = new Map<string, number[]>();
  for (const c of placed) {
    if (c.parent || !c.source!.startsWith('geonames')) continue;
    const found = estimate(c, c);
    if (!found) continue;
    const d = distanceKm(found.point, c.point!);
    for (const key of [found.level, 'all']) {
      entryOf(errors, key, (): number[] => []).push(d);
    }
  }
  const byLevel: CoverageReport['accuracy']['estimateByLevel'] = {};
  for (const key of [...FALLBACK_LEVELS, 'all']) byLevel[key] = accuracyOf(errors.get(key) ?? []);
  return byLevel;
}
