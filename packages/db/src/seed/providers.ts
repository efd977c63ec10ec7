/**
 * Demo provider directory: about 1,200 invented IT services companies spread over France like real
 * businesses (dense in the large cities, sparse in the countryside, present overseas and in Corsica).
 * Pure and deterministic: the output depends only on the options (no clock, no Math.random).
 *
 * This module assembles a provider row: where it stands (`places.ts`), its name (`names.ts`), what it
 * does (`profiles.ts`), and here its identifiers (slug, SIRET), contacts, standing with the directory
 * (status, label, dates) and ratings. The order of the draws is part of the output: reordering two
 * steps changes every provider.
 */
import type { Commune, Gazetteer } from '@vigie/geo';
import type { NewProvider, ProviderStatus } from '../schema/providers.ts';
import { DEPARTEMENTS, departementAreas, phonePrefix } from './france.ts';
import { inventName, type NamePlace, slugify } from './names.ts';
import { drawPlaces, inventAddress, jitter, landSectors, type Place, preparePools } from './places.ts';
import {
  chooseHours,
  chooseLanguages,
  choosePublics,
  chooseServices,
  describe,
  PROFILES,
  type Profile,
  radius,
} from './profiles.ts';
import { createRng, type Rng, round } from './random.ts';

export const DEFAULT_DEMO_PROVIDER_COUNT = 1200;
export const DEFAULT_DEMO_SEED = 20_240_611;
/**
 * The "now" of the demo data when none is given: every date (creation, charter, label) lies before
 * it, labels were granted in the two years before it. Pass the real date from a seed command so
 * the labels are current; leave it out for reproducible fixtures.
 */
export const DEFAULT_DEMO_REFERENCE_DATE = '2026-01-01T00:00:00.000Z';

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

const PROFILE_WEIGHTS = PROFILES.map((p) => [p, p.weight] as const);

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
  const places = drawPlaces(rng, pools, count);
  const context = createContext(rng, reference, pools.grid);
  return places.map((place, index) => makeProvider(context, place, index));
}

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
  const hours = chooseHours(rng, profile);

  const status = chooseStatus(rng);
  const labelled = chooseLabelled(rng, status, profile);
  const dates = chooseDates(rng, context.reference, status, labelled);
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

  // The field order is the output's key order; the calls that draw from rng run in this order too.
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
    contactEmail: contactEmail(slug),
    contactPhone: phone(rng, commune.departement),
    website: website(slug),
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

/**
 * The state one generation run threads through the per-provider steps: the random source, the
 * demo's "now", the caches that make 100,000 providers affordable, and the counters that keep slugs,
 * SIRETs and certificates unique within the set.
 */
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

/** Draws the run's SIREN and certificate offsets from `rng`, in that order (the sequence depends on it). */
function createContext(rng: Rng, reference: number, grid: Map<number, Commune[]>): Context {
  return {
    rng,
    reference,
    referenceYear: new Date(reference).getUTCFullYear(),
    grid,
    slugCache: new Map(),
    slugs: new Map(),
    serviceSentences: new Map(),
    sirenOffset: rng.int(0, SIREN_SPACE - 1),
    certificateOffset: rng.int(0, 99_999),
    labelled: 0,
  };
}

// Fictitious but valid SIRETs, so that the demo data passes the same checks as real sign-ups.

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

// Slugs: readable ("bastion-securite-lyon"), unique within the set, and short enough for URLs.

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

// Contact details that can never reach anyone: `.example` domains (reserved by RFC 2606) and phone
// numbers from the blocks set aside for fiction.

function contactEmail(slug: string): string {
  return `contact@${slug}.example`;
}

function website(slug: string): string {
  return `https://${slug}.example`;
}

/** "01 99 00 12 34" (metropolitan fiction blocks) or "02 62 12 34 56" (overseas). */
function phone(rng: Rng, departement: string): string {
  const prefix = phonePrefix(departement);
  const pairs = prefix.length === 8 ? 2 : 3;
  let number = prefix;
  for (let i = 0; i < pairs; i++) number += ` ${String(rng.int(0, 99)).padStart(2, '0')}`;
  return number;
}

// Where a provider stands with the directory: referenced, pending or suspended, and for referenced
// ones, whether they hold the ExpertCyber label and under which certificate number.

const STATUS_WEIGHTS: (readonly [ProviderStatus, number])[] = [
  ['referenced', 93],
  ['pending', 4],
  ['suspended', 3],
];

function chooseStatus(rng: Rng): ProviderStatus {
  return rng.weighted(STATUS_WEIGHTS);
}

/** Only referenced providers can hold the label; the others draw nothing. */
function chooseLabelled(rng: Rng, status: ProviderStatus, profile: Profile): boolean {
  return status === 'referenced' && rng.chance(profile.label);
}

/** `EC-<year granted>-<5 digits>`, distinct for up to 100,000 labels. */
function certificate(context: Context, grantedAt: string): string {
  const serial = (context.labelled++ * 7919 + context.certificateOffset) % 100_000;
  return `EC-${grantedAt.slice(0, 4)}-${String(serial).padStart(5, '0')}`;
}

// A provider's timeline (sign-up, charter, label, last update), consistent with its status and all
// before the demo's "now", so that the data never shows a label granted in the future.

const DAY_MS = 86_400_000;

type Dates = {
  createdAt: string;
  updatedAt: string;
  charterAcceptedAt: string | null;
  labelGrantedAt: string | null;
  labelExpiresAt: string | null;
};

/** createdAt <= charterAcceptedAt <= labelGrantedAt <= updatedAt <= reference date. */
function chooseDates(rng: Rng, reference: number, status: ProviderStatus, labelled: boolean): Dates {
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

// Customer ratings that look earned: labelled providers are rated more, and a little higher.

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
