import type { ProviderDoc } from '../types.ts';

/** The ProviderDoc fields, which are all a search hit returns (the helper fields stay in the engine). */
export const PROVIDER_FIELDS = [
  'id',
  'slug',
  'name',
  'description',
  'postcode',
  'city',
  'communeCode',
  'departement',
  'location',
  'radiusKm',
  'onSite',
  'remote',
  'publics',
  'services',
  'label',
  'languages',
  'rating',
] as const satisfies readonly (keyof ProviderDoc)[];

// Fails to compile when ProviderDoc gains a field PROVIDER_FIELDS does not list.
type Unlisted = Exclude<keyof ProviderDoc, (typeof PROVIDER_FIELDS)[number]>;
const everyFieldListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyFieldListed;

/**
 * Upper bounds (km) of the radius buckets. A provider's radius is rounded up to a bucket so that one
 * `_geoRadius` per bucket can stand for "within the provider's own radius", which Meilisearch cannot
 * compare per document. The last bucket (half the Earth's circumference) holds any larger radius.
 */
export const RADIUS_BUCKETS_KM = [
  2, 5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 100, 125, 150, 200, 300, 500, 1000, 20_038,
] as const;

/** The smallest bucket at least as large as `radiusKm`. */
export function radiusBucketOf(radiusKm: number): number {
  return RADIUS_BUCKETS_KM.find((b) => b >= radiusKm) ?? RADIUS_BUCKETS_KM[RADIUS_BUCKETS_KM.length - 1]!;
}

/** A provider as stored in Meilisearch: its fields, `_geo` for geo search, and the radius bucket. */
export type MeiliProviderDocument = ProviderDoc & {
  _geo: { lat: number; lng: number };
  radiusBucket: number;
};

export function toMeiliDocument(doc: ProviderDoc): MeiliProviderDocument {
  const stored = Object.fromEntries(PROVIDER_FIELDS.map((f) => [f, doc[f]])) as ProviderDoc;
  return {
    ...stored,
    _geo: { lat: doc.location.lat, lng: doc.location.lng },
    radiusBucket: radiusBucketOf(doc.radiusKm),
  };
}

/** Back from a hit to exactly a ProviderDoc (whatever else the engine returned is left out). */
export function fromMeiliHit(hit: Record<string, unknown>): ProviderDoc {
  return Object.fromEntries(PROVIDER_FIELDS.map((f) => [f, hit[f]])) as ProviderDoc;
}
