/**
 * Demo provider directory: about 1,200 invented IT services companies spread over France like real
 * businesses (dense in the large cities, sparse in the countryside, present overseas and in Corsica).
 * Pure and deterministic: the output depends only on the options (no clock, no Math.random).
 */
import type { Public, ServiceId } from '@vigie/diagnostic';
import type { Commune, Gazetteer } from '@vigie/geo';
import type { NewProvider, OpeningHours, ProviderStatus } from '../schema/providers.ts';
import {
  atPlace,
  DEPARTEMENTS,
  departementAreas,
  OVERSEAS_DEPARTEMENTS,
  ofPlace,
  phonePrefix,
} from './france.ts';
import { inventAddress, inventName, type NamePlace, slugify } from './names.ts';
import { CLOSINGS_FR, INTROS_FR, PROFILES, type Profile, SERVICE_PHRASES_FR } from './profiles.ts';
import { createRng, type Rng } from './random.ts';

export const DEFAULT_DEMO_PROVIDER_COUNT = 1200;
export const DEFAULT_DEMO_SEED = 20_240_611;
/**
 * The "now" of the demo data when none is given: every date (creation, charter, label) lies before
 * it, labels were granted in the two years before it. Pass the real date from a seed command so
 * the labels are current; leave it out for reproducible fixtures.
 */
export const DEFAULT_DEMO_REFERENCE_DATE = '2026-01-01T00:00:00.000Z';
/**
 * A commune's weight is its population times its city's population to the power 0.2: businesses,
 * IT services above all, concentrate in large cities a little more than people do.
 */
export const URBAN_PREMIUM_EXPONENT = 0.2;
/** Largest distance between a provider and its commune's point, in km (in Paris and Lyon). */
export const MAX_JITTER_KM = 2;

export type DemoProviderOptions = {
  /** How many providers (default 1,200). */
  count?: number;
  /** Same seed, same providers (default `DEFAULT_DEMO_SEED`). */
  seed?: number;
  /** The built gazetteer (`loadGazetteer()` from `@vigie/geo`). */
  gazetteer: Gazetteer;
  /** The demo's "now" (default `DEFAULT_DEMO_REFERENCE_DATE`). */
  referenceDate?: string | Date;
};

const DAY_MS = 86_400_000;
const KM_PER_DEGREE = 111.32;

type Place = {
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

type Pools = { departements: DepartementPool[]; grid: Map<number, Commune[]> };

type DepartementPool = {
  code: string;
  /** Total weight of all its communes, placed or not. */
  weight: number;
  places: Place[];
  /** Running totals of the places' weights, for drawing. */
  cumulative: number[];
};

const poolCache = new WeakMap<Gazetteer, Pools>();

/**
 * The communes providers are drawn from, by département. Paris, Lyon and Marseille are represented
 * by their arrondissements (each with its own postcode). Communes whose point is only an estimate
 * (`approximate`) are never drawn, so that every provider stands on a real town centre, but their
 * population still counts in their département's share: the countryside keeps its weight, carried
 * by the nearby towns. The COMs (Polynesia, New Caledonia, ...) are left out.
 */
function preparePools(gazetteer: Gazetteer): Pools {
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
    // The arrondissements of Paris and Lyon carry their city's (real) point, flagged as an estimate.
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

const GRID_DEGREES = 0.1;
const LAND_NEIGHBOUR_KM = 12;
const SECTORS = 12;

function gridKey(lat: number, lng: number): number {
  return Math.floor(lat / GRID_DEGREES) * 10_000 + Math.floor(lng / GRID_DEGREES);
}

function landSectors(grid: Map<number, Commune[]>, commune: Commune): number[] {
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

const PROFILE_WEIGHTS = PROFILES.map((p) => [p, p.weight] as const);
const STATUS_WEIGHTS: (readonly [ProviderStatus, number])[] = [
  ['referenced', 93],
  ['pending', 4],
  ['suspended', 3],
];
const SERVICE_COUNT_WEIGHTS: (readonly [number, number])[] = [
  [2, 15],
  [3, 30],
  [4, 30],
  [5, 17],
  [6, 8],
];
const PUBLIC_ORDER: readonly Public[] = ['individual', 'business', 'public-body'];

const HOURS_TEXTS: readonly { fr: string; en: string }[] = [
  { fr: 'Du lundi au vendredi, 9 h – 18 h', en: 'Monday to Friday, 9 am – 6 pm' },
  {
    fr: 'Du lundi au vendredi, 8 h 30 – 12 h 30 et 14 h – 18 h',
    en: 'Monday to Friday, 8:30 am – 12:30 pm and 2 pm – 6 pm',
  },
  { fr: 'Du mardi au samedi, 9 h 30 – 19 h', en: 'Tuesday to Saturday, 9:30 am – 7 pm' },
  { fr: 'Du lundi au samedi, 9 h – 19 h', en: 'Monday to Saturday, 9 am – 7 pm' },
  {
    fr: 'Du lundi au vendredi, 8 h – 18 h ; astreinte le week-end',
    en: 'Monday to Friday, 8 am – 6 pm; on call at weekends',
  },
  { fr: 'Du lundi au vendredi, 9 h – 17 h 30', en: 'Monday to Friday, 9 am – 5:30 pm' },
  { fr: 'Sur rendez-vous, du lundi au samedi', en: 'By appointment, Monday to Saturday' },
  {
    fr: 'Du lundi au vendredi, 9 h – 12 h et 13 h 30 – 18 h ; samedi matin sur rendez-vous',
    en: 'Monday to Friday, 9 am – 12 pm and 1:30 pm – 6 pm; Saturday mornings by appointment',
  },
];

/** Shared and frozen: thousands of providers keep the same hours. */
const ALWAYS_OPEN: OpeningHours = Object.freeze({ always: true });
const HOURS: readonly OpeningHours[] = HOURS_TEXTS.map((text) =>
  Object.freeze({ always: false, text: Object.freeze(text) }),
);

const LIST_LEADS = ['Prestations : ', 'Domaines d’intervention : ', 'Services proposés : '];

type LanguageRule = readonly [
  language: string,
  base: number,
  boosted: number,
  departements: readonly string[],
];
const LANGUAGE_RULES: readonly LanguageRule[] = [
  ['en', 0.33, 0.5, ['75', '92', '06', '74', '2A', '2B', '971', '972', '973']],
  ['de', 0.02, 0.35, ['67', '68', '57']],
  ['es', 0.02, 0.15, ['64', '66', '31', '09', '65', '11', '34', '40', '32']],
  ['it', 0.015, 0.15, ['06', '2A', '2B', '73', '74', '05', '04', '83']],
  ['ar', 0.015, 0.06, ['13', '93', '69', '75', '92', '94', '95', '59', '34', '31']],
  ['pt', 0.015, 0.04, ['75', '77', '78', '91', '92', '93', '94', '95', '69', '33', '31', '973']],
];

/** Generates the demo providers: pure, deterministic for given options. */
export function generateDemoProviders(options: DemoProviderOptions): NewProvider[] {
  const count = options.count ?? DEFAULT_DEMO_PROVIDER_COUNT;
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a natural number, not ${count}`);
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const reference = Date.parse(
    options.referenceDate instanceof Date
      ? options.referenceDate.toISOString()
      : (options.referenceDate ?? DEFAULT_DEMO_REFERENCE_DATE),
  );
  if (Number.isNaN(reference))
    throw new RangeError(`referenceDate is not a date: ${String(options.referenceDate)}`);
  const rng = createRng(seed);

  const pools = preparePools(options.gazetteer);
  const seats = allocate(pools.departements, count);
  const places: Place[] = [];
  pools.departements.forEach((pool, i) => {
    for (let k = 0; k < seats[i]!; k++) places.push(drawPlace(rng, pool));
  });
  for (let i = places.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [places[i], places[j]] = [places[j]!, places[i]!];
  }

  const context: Context = {
    rng,
    reference,
    referenceYear: new Date(reference).getUTCFullYear(),
    grid: pools.grid,
    slugCache: new Map(),
    slugs: new Map(),
    serviceSentences: new Map(),
    sirenOffset: rng.int(0, SIREN_SPACE - 1),
    certificateOffset: rng.int(0, 99_999),
    labelled: 0,
  };
  return places.map((place, index) => makeProvider(context, place, index));
}

type Context = {
  rng: Rng;
  reference: number;
  referenceYear: number;
  grid: Map<number, Commune[]>;
  /** slugify() results, by text: names and cities repeat a lot. */
  slugCache: Map<string, string>;
  /** How many providers have each base slug so far. */
  slugs: Map<string, number>;
  /** The description's list of services, by lead and service set: the same few hundred recur. */
  serviceSentences: Map<number, string>;
  sirenOffset: number;
  certificateOffset: number;
  labelled: number;
};

function makeProvider(context: Context, place: Place, index: number): NewProvider {
  const { rng } = context;
  const { commune } = place;
  const info = DEPARTEMENTS[commune.departement]!;
  const profile = rng.weighted(PROFILE_WEIGHTS);
  const namePlace: NamePlace = {
    departement: commune.departement,
    cityCode: place.cityCode,
    city: place.city,
    departementName: info.name,
    areas: info.areas,
  };
  const name = inventName(rng, profile.id, namePlace);
  place.citySlug ??= slugify(place.city);
  const slug = uniqueSlug(context, name.displayName, place.citySlug);

  place.landSectors ??= landSectors(context.grid, commune);
  const [lat, lng] = jitter(rng, commune, place.jitterKm, place.landSectors);
  const remoteOnly = rng.chance(profile.remoteOnly);
  const onSite = !remoteOnly;
  const remote = remoteOnly || rng.chance(profile.remote);
  const radiusKm = radius(rng, place.cityPopulation, profile);
  const publics = choosePublics(rng, profile);
  const services = chooseServices(rng, profile);
  const languages = chooseLanguages(rng, commune.departement);
  const hours = rng.chance(profile.allDay) ? ALWAYS_OPEN : rng.pick(HOURS);

  const status = rng.weighted(STATUS_WEIGHTS);
  const labelled = status === 'referenced' && rng.chance(profile.label);
  const dates = chooseDates(context, status, labelled);
  const rating = chooseRating(rng, status, labelled);

  const description = describe(context, {
    profile,
    place,
    areas: departementAreas(commune.departement),
    services,
    radiusKm,
    onSite,
    remote,
    allDay: hours.always,
    foundedBefore: context.referenceYear,
  });

  return {
    slug,
    legalName: name.legalName,
    tradeName: name.tradeName,
    siret: siret(context, index),
    address: inventAddress(rng),
    postcode: commune.postcodes[0]!,
    communeCode: commune.code,
    city: place.city,
    departement: commune.departement,
    lat,
    lng,
    radiusKm,
    onSite,
    remote,
    publics,
    services,
    languages,
    hours,
    contactEmail: `contact@${slug}.example`,
    contactPhone: phone(rng, commune.departement),
    website: `https://${slug}.example`,
    description,
    status,
    charterAcceptedAt: dates.charterAcceptedAt,
    label: labelled ? 'expertcyber' : null,
    labelGrantedAt: dates.labelGrantedAt,
    labelExpiresAt: dates.labelExpiresAt,
    labelCertificate: dates.labelGrantedAt ? certificate(context, dates.labelGrantedAt) : null,
    ratingAverage: rating.average,
    ratingCount: rating.count,
    createdAt: dates.createdAt,
    updatedAt: dates.updatedAt,
  };
}

const SLUG_MAX = 56;

/**
 * "<name>-<city>" (the city left out when the name already says it), then "-2", "-3"... when taken.
 * Names and cities hold no digits, so a suffixed slug never meets a plain one: a counter per base
 * is enough.
 */
function uniqueSlug(context: Context, name: string, citySlug: string): string {
  const nameSlug = cachedSlug(context, name);
  let base = hasSegments(nameSlug, citySlug) ? nameSlug : `${nameSlug}-${citySlug}`;
  if (base.length > SLUG_MAX) {
    const cut = base.lastIndexOf('-', SLUG_MAX);
    base = base.slice(0, cut > 20 ? cut : SLUG_MAX).replace(/-+$/, '');
  }
  const seen = context.slugs.get(base) ?? 0;
  context.slugs.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen + 1}`;
}

/** True when `needle` appears in `slug` as whole hyphen-separated words. */
function hasSegments(slug: string, needle: string): boolean {
  for (let at = slug.indexOf(needle); at >= 0; at = slug.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if ((at === 0 || slug[at - 1] === '-') && (end === slug.length || slug[end] === '-')) return true;
  }
  return false;
}

function cachedSlug(context: Context, text: string): string {
  let slug = context.slugCache.get(text);
  if (slug === undefined) {
    slug = slugify(text);
    context.slugCache.set(text, slug);
  }
  return slug;
}

/**
 * A point uniformly in the disc of `km` around the commune's point, restricted to the sectors where
 * other communes lie (so a coastal town's providers do not end up at sea), to 5 decimals (about 1 m).
 */
function jitter(rng: Rng, commune: Commune, km: number, allowed: readonly number[]): [number, number] {
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

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** 10-100 km in steps of 5: mostly 20-50, wider in the countryside and for specialists. */
function radius(rng: Rng, cityPopulation: number, profile: Profile): number {
  const [low, high] =
    cityPopulation >= 100_000
      ? [15, 35]
      : cityPopulation >= 20_000
        ? [20, 45]
        : cityPopulation >= 5_000
          ? [25, 55]
          : [35, 75];
  // Triangular between low and high.
  let km = low + ((rng.next() + rng.next()) / 2) * (high - low);
  km *= profile.radiusFactor;
  if (rng.chance(0.06)) km += 30;
  return Math.min(100, Math.max(10, Math.round(km / 5) * 5));
}

function choosePublics(rng: Rng, profile: Profile): Public[] {
  const chosen = PUBLIC_ORDER.filter((p) => rng.chance(profile.publics[p]));
  if (chosen.length > 0) return chosen;
  const best = PUBLIC_ORDER.reduce((a, b) => (profile.publics[b] > profile.publics[a] ? b : a));
  return [best];
}

function chooseServices(rng: Rng, profile: Profile): ServiceId[] {
  const wanted = rng.weighted(SERVICE_COUNT_WEIGHTS);
  const extra = new Set(rng.sample(profile.optional, Math.max(0, wanted - profile.core.length)));
  return [...profile.core, ...profile.optional.filter((s) => extra.has(s))];
}

function chooseLanguages(rng: Rng, departement: string): string[] {
  let odds = LANGUAGE_ODDS.get(departement);
  if (!odds) {
    odds = LANGUAGE_RULES.map(([, base, boosted, departements]) =>
      departements.includes(departement) ? boosted : base,
    );
    LANGUAGE_ODDS.set(departement, odds);
  }
  const languages = ['fr'];
  for (let i = 0; i < LANGUAGE_RULES.length; i++)
    if (rng.next() < odds[i]!) languages.push(LANGUAGE_RULES[i]![0]);
  return languages;
}
const LANGUAGE_ODDS = new Map<string, number[]>();

type Dates = {
  createdAt: string;
  updatedAt: string;
  charterAcceptedAt: string | null;
  labelGrantedAt: string | null;
  labelExpiresAt: string | null;
};

/** createdAt <= charterAcceptedAt <= labelGrantedAt <= updatedAt <= reference date. */
function chooseDates(context: Context, status: ProviderStatus, labelled: boolean): Dates {
  const { rng, reference } = context;
  const daysBefore = (min: number, max: number) =>
    reference - rng.int(min, max) * DAY_MS - rng.int(0, 86_399) * 1000;
  let created: number;
  let charter: number | null = null;
  let granted: number | null = null;
  if (status === 'pending') {
    created = daysBefore(1, 90);
  } else if (labelled) {
    granted = daysBefore(7, 729);
    created = granted - rng.int(30, 900) * DAY_MS - rng.int(0, 86_399) * 1000;
  } else if (status === 'suspended') {
    created = daysBefore(200, 1460);
  } else {
    created = daysBefore(20, 1460);
  }
  if (status !== 'pending') charter = created + rng.int(0, 14 * 86_400) * 1000;
  const latest = Math.max(created, charter ?? 0, granted ?? 0);
  const updated = latest + Math.floor(rng.next() * (reference - latest) * (status === 'suspended' ? 1 : 0.5));
  return {
    createdAt: iso(created),
    updatedAt: iso(Math.max(updated, latest)),
    charterAcceptedAt: charter === null ? null : iso(charter),
    labelGrantedAt: granted === null ? null : iso(granted),
    labelExpiresAt: granted === null ? null : iso(addYears(granted, 2)),
  };
}

/**
 * `new Date(ms).toISOString()` to the second, without a Date object and from shared pieces (five
 * dates per provider: this is hot, and each date is then a single two-piece string).
 */
function iso(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const days = Math.floor(seconds / 86_400);
  const inDay = seconds - days * 86_400;
  let day = DAY_PREFIXES.get(days);
  if (day === undefined) {
    day = `${new Date(days * DAY_MS).toISOString().slice(0, 10)}T`;
    DAY_PREFIXES.set(days, day);
  }
  let time = TIMES[inDay];
  if (time === undefined) {
    time = `${pad2(Math.floor(inDay / 3600))}:${pad2(Math.floor(inDay / 60) % 60)}:${pad2(inDay % 60)}.000Z`;
    TIMES[inDay] = time;
  }
  return day + time;
}
const DAY_PREFIXES = new Map<number, string>();
const TIMES: (string | undefined)[] = new Array(86_400);

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function addYears(ms: number, years: number): number {
  const date = new Date(ms);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.getTime();
}

/** Averages of whole-star ratings: 3.5-5.0 to one decimal, consistent with the count. */
function chooseRating(
  rng: Rng,
  status: ProviderStatus,
  labelled: boolean,
): { average: number | null; count: number } {
  const rated =
    status === 'referenced' ? rng.chance(labelled ? 0.95 : 0.8) : status === 'suspended' && rng.chance(0.5);
  if (!rated) return { average: null, count: 0 };
  const count = 1 + Math.floor(119 * rng.next() ** (labelled ? 1.6 : 2.5));
  const target = 4.3 + (rng.next() + rng.next() + rng.next() - 1.5) * 0.6 + (labelled ? 0.15 : 0);
  const sum = Math.min(5 * count, Math.max(Math.ceil(3.5 * count), Math.round(target * count)));
  return { average: round(sum / count, 1), count };
}

const SIREN_SPACE = 60_000_000;
const SIREN_STEP = 7_654_321; // coprime with SIREN_SPACE: i -> i * step is a bijection

/**
 * A SIRET nobody else in the set has: a Luhn-valid SIREN whose first 8 digits are an injective
 * function of the index (40000000-99999999, so never La Poste's 356000000), a 4-digit
 * establishment number and the check digit.
 */
function siret(context: Context, index: number): string {
  const base = 40_000_000 + ((index * SIREN_STEP + context.sirenOffset) % SIREN_SPACE);
  const siren = `${base}${luhnCheckDigit(String(base))}`;
  const prefix = `${siren}${context.rng.chance(0.7) ? '0001' : `000${context.rng.int(2, 9)}`}`;
  // What completeSiret(prefix) gives, in one pass (this runs 100,000 times in the benchmark).
  return `${prefix}${luhnCheckDigit(prefix)}`;
}

/** The digit that makes `digits` followed by it pass the Luhn check. */
function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** `EC-<year granted>-<5 digits>`, distinct for up to 100,000 labels. */
function certificate(context: Context, grantedAt: string): string {
  const serial = (context.labelled++ * 7919 + context.certificateOffset) % 100_000;
  return `EC-${grantedAt.slice(0, 4)}-${String(serial).padStart(5, '0')}`;
}

/** "01 99 00 12 34" (metropolitan fiction blocks) or "02 62 12 34 56" (overseas). */
function phone(rng: Rng, departement: string): string {
  const prefix = phonePrefix(departement);
  const pairs = prefix.length === 8 ? 2 : 3;
  let number = prefix;
  for (let i = 0; i < pairs; i++) number += ` ${String(rng.int(0, 99)).padStart(2, '0')}`;
  return number;
}

type DescriptionInput = {
  profile: Profile;
  place: Place;
  areas: readonly string[];
  services: readonly ServiceId[];
  radiusKm: number;
  onSite: boolean;
  remote: boolean;
  allDay: boolean;
  foundedBefore: number;
};

/** Intro templates split on their placeholders: literal, placeholder, literal... */
const INTRO_PARTS = new Map(
  PROFILES.map((p) => [p.id, INTROS_FR[p.id].map((t) => t.split(/(\{at\}|\{of\}|\{year\})/))] as const),
);
const PROFILE_INDEX = new Map(PROFILES.map((p, i) => [p.id, i] as const));
const SERVICE_NUMBERS = new Map(Object.keys(SERVICE_PHRASES_FR).map((s, i) => [s, i + 1] as const));
const QUOTE_PROFILES: ReadonlySet<string> = new Set(['home-repair', 'web-agency', 'data-recovery']);
const VICTIM_PROFILES: ReadonlySet<string> = new Set(['incident-response', 'forensics', 'home-repair']);
const SENTENCE_COUNT_WEIGHTS: (readonly [number, number])[] = [
  [1, 10],
  [2, 45],
  [3, 45],
];
const OF_PLACE = new Map<string, string>();
const ON_SITE_CLOSINGS = new Map<number, string>();

/** One to three French sentences built from the profile and the provider's traits. */
function describe(context: Context, input: DescriptionInput): string {
  const { rng } = context;
  const parts = rng.pick(INTRO_PARTS.get(input.profile.id)!);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const placeholder = parts[i];
    if (placeholder === '{at}') {
      input.place.atCity ??= atPlace(input.place.city);
      text += input.place.atCity;
    } else if (placeholder === '{of}') {
      const area = rng.pick(input.areas);
      let of = OF_PLACE.get(area);
      if (of === undefined) {
        of = ofPlace(area);
        OF_PLACE.set(area, of);
      }
      text += of;
    } else {
      text += String(input.foundedBefore - rng.int(1, 25));
    }
    text += parts[i + 1]!;
  }
  const length = rng.weighted(SENTENCE_COUNT_WEIGHTS);
  if (length >= 2) text += ` ${serviceSentence(context, input)}`;
  if (length >= 3) {
    const closings: string[] = [];
    if (input.allDay) closings.push(CLOSINGS_FR.allDay, CLOSINGS_FR.allDay);
    if (input.remote) closings.push(CLOSINGS_FR.remote);
    if (input.onSite) {
      let closing = ON_SITE_CLOSINGS.get(input.radiusKm);
      if (closing === undefined) {
        closing = CLOSINGS_FR.onSite.replace('{radius}', String(input.radiusKm));
        ON_SITE_CLOSINGS.set(input.radiusKm, closing);
      }
      closings.push(closing);
    }
    if (QUOTE_PROFILES.has(input.profile.id)) closings.push(CLOSINGS_FR.quote);
    if (VICTIM_PROFILES.has(input.profile.id)) closings.push(CLOSINGS_FR.victims);
    text += ` ${rng.pick(closings)}`;
  }
  return text;
}

/** "Prestations : a, b et c." over the first four services; the same few hundred recur. */
function serviceSentence(context: Context, input: DescriptionInput): string {
  const lead = context.rng.int(0, LIST_LEADS.length - 1);
  const shown = input.services.slice(0, 4);
  let key = PROFILE_INDEX.get(input.profile.id)! * LIST_LEADS.length + lead;
  for (const s of shown) key = key * 16 + SERVICE_NUMBERS.get(s)!;
  let sentence = context.serviceSentences.get(key);
  if (sentence === undefined) {
    const phrases = shown.map((s) => SERVICE_PHRASES_FR[s]);
    const list = phrases.length > 1 ? `${phrases.slice(0, -1).join(', ')} et ${phrases.at(-1)}` : phrases[0];
    sentence = `${LIST_LEADS[lead]}${list}.`;
    context.serviceSentences.set(key, sentence);
  }
  return sentence;
}
