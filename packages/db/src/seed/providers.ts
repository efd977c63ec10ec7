/**
 * Demo provider directory: about 1,200 invented IT services companies spread over France like real
 * businesses (dense in the large cities, sparse in the countryside, present overseas and in Corsica).
 * Pure and deterministic: the output depends only on the options (no clock, no Math.random).
 *
 * This module only composes the steps; each provider field comes from its own `provider-*` module.
 * The order of the draws below is part of the output: reordering two steps changes every provider.
 */
import type { Gazetteer } from '@vigie/geo';
import type { NewProvider } from '../schema/providers.ts';
import { inventAddress } from './addresses.ts';
import { DEPARTEMENTS, departementAreas } from './france.ts';
import { inventName, type NamePlace } from './names.ts';
import { PROFILES } from './profiles.ts';
import { contactEmail, phone, website } from './provider-contacts.ts';
import { type Context, createContext } from './provider-context.ts';
import { chooseDates } from './provider-dates.ts';
import { describe } from './provider-description.ts';
import { chooseHours } from './provider-hours.ts';
import { jitter, landSectors } from './provider-location.ts';
import { chooseLanguages, choosePublics, chooseServices, radius } from './provider-offer.ts';
import { drawPlaces, type Place, preparePools } from './provider-places.ts';
import { chooseRating } from './provider-rating.ts';
import { siret } from './provider-siret.ts';
import { uniqueSlug } from './provider-slugs.ts';
import { certificate, chooseLabelled, chooseStatus } from './provider-status.ts';
import { createRng } from './random.ts';
import { slugify } from './slugify.ts';

// Callers (db index, bench, tests) have always found these here.
export { MAX_JITTER_KM, URBAN_PREMIUM_EXPONENT } from './provider-places.ts';

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
