import type { Provider } from '@vigie/db';
import type { Public, ServiceId } from '@vigie/diagnostic';
import type { ProviderDoc, SearchHit } from '@vigie/search';

/** Only referenced providers are public: they alone enter the search index. */
export const isPublic = (p: Pick<Provider, 'status'>) => p.status === 'referenced';

const displayName = (p: Provider) => p.tradeName ?? p.legalName;

/** The search document of a provider row. */
export function toProviderDoc(p: Provider): ProviderDoc {
  return {
    id: p.id,
    slug: p.slug,
    name: displayName(p),
    description: p.description,
    postcode: p.postcode,
    city: p.city,
    communeCode: p.communeCode,
    departement: p.departement,
    location: { lat: p.lat, lng: p.lng },
    radiusKm: p.radiusKm,
    onSite: p.onSite,
    remote: p.remote,
    publics: p.publics as Public[],
    services: p.services as ServiceId[],
    label: p.label ?? null,
    languages: p.languages,
    rating: { average: p.ratingAverage ?? null, count: p.ratingCount },
  };
}

/**
 * A search hit as the public API lists it. A distance is never shown more precise than the places it
 * rests on: from an estimated position it is given in whole kilometres, never under 1.
 */
export function toSearchItem(hit: SearchHit, from: { approximate: boolean }) {
  const approximate = from.approximate;
  return {
    slug: hit.slug,
    name: hit.name,
    distanceKm: shownDistanceKm(hit.distanceKm, approximate),
    approximate,
    label: hit.label,
    services: hit.services,
    publics: hit.publics,
    remote: hit.remote,
    onSite: hit.onSite,
    postcode: hit.postcode,
    city: hit.city,
    location: hit.location,
    rating: hit.rating,
  };
}

/** A distance as listed: to 0.1 km, or in whole kilometres (at least 1) when `approximate`. */
export function shownDistanceKm(distanceKm: number, approximate: boolean): number {
  return approximate ? Math.max(1, Math.round(distanceKm)) : Math.round(distanceKm * 10) / 10;
}

/** The public profile: what anyone may see of a referenced provider (no internal fields). */
export function toPublicProfile(p: Provider) {
  return {
    slug: p.slug,
    name: displayName(p),
    legalName: p.legalName,
    siret: p.siret,
    description: p.description,
    address: p.address,
    postcode: p.postcode,
    city: p.city,
    location: { lat: p.lat, lng: p.lng },
    radiusKm: p.radiusKm,
    onSite: p.onSite,
    remote: p.remote,
    publics: p.publics,
    services: p.services,
    languages: p.languages,
    hours: p.hours,
    contact: { email: p.contactEmail, phone: p.contactPhone, website: p.website },
    label:
      p.label === 'expertcyber'
        ? {
            id: 'expertcyber' as const,
            grantedAt: p.labelGrantedAt,
            expiresAt: p.labelExpiresAt,
            certificate: p.labelCertificate,
          }
        : null,
    rating: { average: p.ratingAverage ?? null, count: p.ratingCount },
  };
}
