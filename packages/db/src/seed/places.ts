/**
 * Where the demo providers stand: communes are drawn by département, in proportion to how many IT
 * businesses they would plausibly hold, so the directory looks like France's real business map; each
 * provider's point is then scattered around its commune's point (kept on the land side of coastal
 * towns) and given an invented street address.
 */
import type { Commune, Gazetteer } from '@vigie/geo';
import { DEPARTEMENTS, OVERSEAS_DEPARTEMENTS } from './france.ts';
import { type Rng, round } from './random.ts';

/**
 * A commune's weight is its population times its city's population to the power 0.2: businesses,
 * IT services above all, concentrate in large cities a little more than people do.
 */
const URBAN_PREMIUM_EXPONENT = 0.2;
/** Largest distance between a provider and its commune's point, in km (in Paris). */
const MAX_JITTER_KM = 2;

export type Place = {
  commune: Commune;
  /** The city: the commune itself, or for an arrondissement of Paris, Lyon or Marseille, the city. */
  cityCode: string;
  city: string;
  cityPopulation: number;
  jitterKm: number;
  /**
   * The directions (of twelve 30° sectors) in which another commune lies within 12 km: the land
   * side of a coastal town. Computed on first use.
   */
  landSectors?: readonly number[];
  citySlug?: string;
  /** "à Lyon", "au Mans". */
  atCity?: string;
};

export type Pools = { departements: DepartementPool[]; grid: Map<number, Commune[]> };

export type DepartementPool = {
  code: string;
  /** Total weight of all its communes, placed or not. */
  weight: number;
  places: Place[];
  /** Running totals of the places' weights, for drawing. */
  cumulative: number[];
};

// Keyed by gazetteer so that repeated generations (tests, benchmarks) skip the 35,000-commune scan.
const poolCache = new WeakMap<Gazetteer, Pools>();

/**
 * The communes providers are drawn from, by département. Paris, Lyon and Marseille are represented
 * by their arrondissements (each with its own postcode and point). Communes whose point is only an estimate (`approximate`) are never drawn, so that every
 * provider stands on a real town centre or within its commune's box, but their population still
 * counts in their département's share. The COMs (Polynesia, New Caledonia, ...) are left out.
 */
export function preparePools(gazetteer: Gazetteer): Pools {
  const cached = poolCache.get(gazetteer);
  if (cached) return cached;
  const cities = new Set<string>();
  const grid = new Map<number, Commune[]>();
  for (const commune of gazetteer.communes) {
    if (commune.parent) cities.add(commune.parent);
    if (commune.approximate) continue;
    const key = gridKey(commune.lat, commune.lng);
    const cell = grid.get(key);
    if (cell) cell.push(commune);
    else grid.set(key, [commune]);
  }
  const pools = new Map<string, DepartementPool & { fallback: Place[]; fallbackWeights: number[] }>();
  for (const commune of gazetteer.communes) {
    if (cities.has(commune.code) || !DEPARTEMENTS[commune.departement]) continue;
    if (commune.postcodes.length === 0) continue;
    const city = commune.parent ? gazetteer.byCode(commune.parent) : commune;
    if (!city) continue;
    const population = commune.population ?? 0;
    const cityPopulation = city.population ?? population;
    const weight = population * Math.max(cityPopulation, 1) ** URBAN_PREMIUM_EXPONENT;
    let pool = pools.get(commune.departement);
    if (!pool) {
      pool = {
        code: commune.departement,
        weight: 0,
        places: [],
        cumulative: [],
        fallback: [],
        fallbackWeights: [],
      };
      pools.set(commune.departement, pool);
    }
    pool.weight += weight;
    if (weight <= 0) continue;
    const place: Place = {
      commune,
      cityCode: city.code,
      city: city.name,
      cityPopulation,
      jitterKm: jitterRadius(commune, city),
    };
    // An arrondissement that would carry its city's (real) point, flagged as an estimate, is kept.
    const cityPoint =
      commune.parent !== undefined &&
      !city.approximate &&
      commune.lat === city.lat &&
      commune.lng === city.lng;
    if (commune.approximate && !cityPoint) {
      pool.fallback.push(place);
      pool.fallbackWeights.push(weight);
    } else {
      pool.places.push(place);
      pool.cumulative.push((pool.cumulative.at(-1) ?? 0) + weight);
    }
  }
  const result: DepartementPool[] = [];
  for (const pool of [...pools.values()].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    if (pool.places.length === 0) {
      // No commune of the département has a real point: its estimated ones will do.
      pool.places = pool.fallback;
      let total = 0;
      pool.cumulative = pool.fallbackWeights.map((w) => (total += w));
    }
    if (pool.places.length === 0) continue;
    result.push({ code: pool.code, weight: pool.weight, places: pool.places, cumulative: pool.cumulative });
  }
  const prepared = { departements: result, grid };
  poolCache.set(gazetteer, prepared);
  return prepared;
}

/** Small enough to stay in town (and on land); wider in large cities. */
function jitterRadius(commune: Commune, city: Commune): number {
  if (commune.parent) return commune.lat === city.lat && commune.lng === city.lng ? MAX_JITTER_KM : 0.8;
  const population = commune.population ?? 0;
  const km = population >= 100_000 ? 2 : population >= 20_000 ? 1.5 : population >= 5_000 ? 1 : 0.6;
  // Islands are small and their towns coastal.
  const island = OVERSEAS_DEPARTEMENTS.includes(commune.departement) && commune.departement !== '973';
  return island ? km / 2 : km;
}

/** Seats per département, proportional to its weight (largest remainder, ties by code). */
function allocate(pools: readonly DepartementPool[], count: number): number[] {
  const total = pools.reduce((sum, pool) => sum + pool.weight, 0);
  const exact = pools.map((pool) => (count * pool.weight) / total);
  const seats = exact.map(Math.floor);
  let left = count - seats.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    seats[i]!++;
  }
  return seats;
}

/** A place of the pool, with probability proportional to its weight (binary search on the totals). */
function drawPlace(rng: Rng, pool: DepartementPool): Place {
  const target = rng.next() * pool.cumulative.at(-1)!;
  let lo = 0;
  let hi = pool.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pool.cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return pool.places[lo]!;
}

/**
 * Every seat of every département filled, then shuffled so that neighbouring indices (and so
 * SIRETs, slug suffixes) do not follow the département order.
 */
export function drawPlaces(rng: Rng, pools: Pools, count: number): Place[] {
  const seats = allocate(pools.departements, count);
  const places: Place[] = [];
  pools.departements.forEach((pool, i) => {
    for (let k = 0; k < seats[i]!; k++) places.push(drawPlace(rng, pool));
  });
  for (let i = places.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [places[i], places[j]] = [places[j]!, places[i]!];
  }
  return places;
}

// A provider's exact point: scattered so that a city's providers do not pile up on one map marker.

const KM_PER_DEGREE = 111.32;
// A 0.1° grid over the real commune points makes the "which communes lie nearby" test cheap.
const GRID_DEGREES = 0.1;
const LAND_NEIGHBOUR_KM = 12;
const SECTORS = 12;

function gridKey(lat: number, lng: number): number {
  return Math.floor(lat / GRID_DEGREES) * 10_000 + Math.floor(lng / GRID_DEGREES);
}

/** The sectors (of `SECTORS`) in which another commune lies within `LAND_NEIGHBOUR_KM`: where land is. */
export function landSectors(grid: Map<number, Commune[]>, commune: Commune): number[] {
  const cosLat = Math.cos((commune.lat * Math.PI) / 180);
  const row = Math.floor(commune.lat / GRID_DEGREES);
  const column = Math.floor(commune.lng / GRID_DEGREES);
  const reachRows = Math.ceil(LAND_NEIGHBOUR_KM / (KM_PER_DEGREE * GRID_DEGREES));
  const reachColumns = Math.ceil(LAND_NEIGHBOUR_KM / (KM_PER_DEGREE * GRID_DEGREES * cosLat));
  let mask = 0;
  for (let r = row - reachRows; r <= row + reachRows; r++) {
    for (let c = column - reachColumns; c <= column + reachColumns; c++) {
      for (const other of grid.get(r * 10_000 + c) ?? []) {
        const dy = (other.lat - commune.lat) * KM_PER_DEGREE;
        const dx = (other.lng - commune.lng) * KM_PER_DEGREE * cosLat;
        const d2 = dx * dx + dy * dy;
        if (d2 < 0.01 || d2 > LAND_NEIGHBOUR_KM ** 2) continue;
        const angle = Math.atan2(dy, dx) + Math.PI; // 0..2π
        mask |= 1 << Math.min(SECTORS - 1, Math.floor((angle / (2 * Math.PI)) * SECTORS));
      }
    }
  }
  const sectors: number[] = [];
  for (let s = 0; s < SECTORS; s++) if (mask & (1 << s)) sectors.push(s);
  return sectors;
}

/**
 * A point uniformly in the disc of `km` around the commune's point, restricted to the sectors where
 * other communes lie (so a coastal town's providers do not end up at sea), to 5 decimals (about 1 m).
 */
export function jitter(rng: Rng, commune: Commune, km: number, allowed: readonly number[]): [number, number] {
  let angle: number;
  let r = km * Math.sqrt(rng.next());
  if (allowed.length === 0) {
    // Nothing around: a small island. Stay close to the town centre.
    angle = 2 * Math.PI * rng.next();
    r /= 3;
  } else {
    angle = ((rng.pick(allowed) + rng.next()) / SECTORS) * 2 * Math.PI - Math.PI;
  }
  const dLat = (r * Math.sin(angle)) / KM_PER_DEGREE;
  const dLng = (r * Math.cos(angle)) / (KM_PER_DEGREE * Math.cos((commune.lat * Math.PI) / 180));
  return [round(commune.lat + dLat, 5), round(commune.lng + dLng, 5)];
}

// Invented street addresses: common French street names, so that no line points at a real business.

const STREETS = [
  'rue de la République',
  'avenue Jean Jaurès',
  'rue Victor Hugo',
  'boulevard Gambetta',
  'rue Pasteur',
  'rue de la Gare',
  'rue du Général de Gaulle',
  'avenue de la Libération',
  'rue Jules Ferry',
  'rue de Verdun',
  'place de la Mairie',
  'rue Nationale',
  'rue du Commerce',
  'avenue Foch',
  'rue Émile Zola',
  'rue Carnot',
  'rue des Écoles',
  'rue de l’Église',
  'rue du Moulin',
  'chemin des Vignes',
  'route de la Forêt',
  'rue Anatole France',
  'boulevard Voltaire',
  'rue Jean Moulin',
  'avenue du Maréchal Leclerc',
  'rue de la Paix',
  'rue du Stade',
  'impasse des Artisans',
  'rue des Tilleuls',
  'allée des Peupliers',
  'rue Marie Curie',
  'avenue de l’Europe',
  'rue Lamartine',
  'quai de la Marine',
  'rue Saint-Martin',
  'rue du Château',
  'cours Mirabeau',
  'rue Georges Clemenceau',
  'rue Pierre et Marie Curie',
  'avenue des Champs',
];

const BUSINESS_PARKS = [
  'ZA des Landes',
  'Parc d’activités du Moulin',
  'ZAC de la Gare',
  'Technopôle',
  'Espace Entreprises',
  'Pépinière d’entreprises',
  'ZI Nord',
  'Parc tertiaire des Portes',
];

/** A street line: "12 rue Victor Hugo", "4 bis avenue Foch", "ZA des Landes, 3 impasse des Artisans". */
export function inventAddress(rng: Rng): string {
  const number = 1 + Math.floor(rng.next() ** 2 * 160);
  const suffix = rng.chance(0.05) ? ' bis' : '';
  const line = `${number}${suffix} ${rng.pick(STREETS)}`;
  return rng.chance(0.12) ? `${rng.pick(BUSINESS_PARKS)}, ${line}` : line;
}
