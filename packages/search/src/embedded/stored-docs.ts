import { checkProviderDoc } from '../input-checks.ts';
import type { ProviderDoc, SearchHit, SearchResult } from '../types.ts';

/**
 * A frozen copy of exactly the fields of ProviderDoc: what the index stores and returns. Frozen
 * because the same objects are shared by every cached result.
 */
export function toStoredDoc(doc: ProviderDoc): ProviderDoc {
  checkProviderDoc(doc);
  const { lat, lng } = doc.location;
  const stored: ProviderDoc = {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    description: doc.description,
    postcode: doc.postcode,
    city: doc.city,
    communeCode: doc.communeCode,
    departement: doc.departement,
    location: Object.freeze({ lat, lng }),
    radiusKm: doc.radiusKm,
    onSite: doc.onSite,
    remote: doc.remote,
    publics: Object.freeze([...doc.publics]) as ProviderDoc['publics'],
    services: Object.freeze([...doc.services]) as ProviderDoc['services'],
    label: doc.label,
    languages: Object.freeze([...doc.languages]) as ProviderDoc['languages'],
    rating: Object.freeze({ average: doc.rating.average, count: doc.rating.count }),
  };
  return Object.freeze(stored);
}

/** A hit built field by field: one object shape for every hit, much faster than a spread. */
export function toHit(d: ProviderDoc, distanceKm: number): SearchHit {
  return {
    id: d.id,
    slug: d.slug,
    name: d.name,
    description: d.description,
    postcode: d.postcode,
    city: d.city,
    communeCode: d.communeCode,
    departement: d.departement,
    location: d.location,
    radiusKm: d.radiusKm,
    onSite: d.onSite,
    remote: d.remote,
    publics: d.publics,
    services: d.services,
    label: d.label,
    languages: d.languages,
    rating: d.rating,
    distanceKm,
  };
}

/** Results are shared through the cache: freezing them turns an accidental mutation into an error. */
export function freezeResult(result: SearchResult): SearchResult {
  for (const item of result.items) Object.freeze(item);
  Object.freeze(result.items);
  Object.freeze(result.facets.services);
  Object.freeze(result.facets.publics);
  Object.freeze(result.facets.label);
  Object.freeze(result.facets);
  return Object.freeze(result);
}
