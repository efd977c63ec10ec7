import type { SearchQuery } from '../types.ts';
import { cosOfDistance, cosOfLatitude, unitVector } from './geo-math.ts';
import type { ProviderStore } from './provider-store.ts';
import { LABELLED } from './spatial-grid.ts';

/** A query as the search loops read it: position as a unit vector, radius as a cosine, filters as bits. */
export type Prepared = {
  lat: number;
  lng: number;
  cosLat: number;
  vx: number;
  vy: number;
  vz: number;
  radiusKm: number;
  cosRadius: number;
  /** Every wanted service. */
  wantServices: number;
  /** One public (0 = any). */
  wantPublic: number;
  /** LABELLED when the label is required. */
  wantFlags: number;
  remoteAccepted: boolean;
};

/**
 * The query in the form the loops read, computed once per query so that no candidate pays for a
 * trigonometric function or a string lookup; undefined when nothing can match (a service or a public
 * no provider has, which has no bit).
 */
export function prepareQuery(store: ProviderStore, query: SearchQuery): Prepared | undefined {
  let wantServices = 0;
  for (const service of query.services ?? []) {
    const bit = store.serviceBits.find(service);
    if (bit === 0) return undefined;
    wantServices |= bit;
  }
  const wantPublic = query.public ? store.publicBits.find(query.public) : 0;
  if (query.public && wantPublic === 0) return undefined;
  const v = unitVector(query.lat, query.lng);
  return {
    lat: query.lat,
    lng: query.lng,
    cosLat: cosOfLatitude(query.lat),
    vx: v.x,
    vy: v.y,
    vz: v.z,
    radiusKm: query.radiusKm,
    cosRadius: cosOfDistance(query.radiusKm),
    wantServices,
    wantPublic,
    wantFlags: query.label === 'expertcyber' ? LABELLED : 0,
    remoteAccepted: query.remote === true,
  };
}

/** Everything that changes a result, in a canonical form: two equivalent queries share an entry. */
export function cacheKey(q: SearchQuery, terms: string[]): string {
  const services = q.services && q.services.length > 0 ? [...new Set(q.services)].sort().join(',') : '';
  return [
    q.lat,
    q.lng,
    q.radiusKm,
    q.public ?? '',
    services,
    q.label ?? '',
    q.remote === true ? 1 : 0,
    terms.join(' '),
    terms.length > 0 && q.sort === 'distance' ? 'd' : '',
    q.page,
    q.pageSize,
  ].join('|');
}
