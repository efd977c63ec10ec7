import type { ProviderDoc, SearchQuery } from './types.ts';

/**
 * What both engines refuse before touching anything, so that they refuse the same input: the
 * embedded loops assume a finite position and radius and a page of at least 1, and Meilisearch
 * would fail a whole task on a bad document.
 */

const validPosition = (lat: number, lng: number) =>
  Number.isFinite(lat) && Math.abs(lat) <= 90 && Number.isFinite(lng) && Math.abs(lng) <= 180;

/** Throws a RangeError for an impossible query: no position, no radius, or no page. */
export function checkSearchQuery(q: SearchQuery): void {
  if (!validPosition(q.lat, q.lng)) throw new RangeError(`Invalid position ${q.lat},${q.lng}.`);
  if (!(q.radiusKm > 0) || !Number.isFinite(q.radiusKm))
    throw new RangeError(`Invalid radius ${q.radiusKm}.`);
  if (!Number.isSafeInteger(q.page) || q.page < 1) throw new RangeError(`Invalid page ${q.page}.`);
  if (!Number.isSafeInteger(q.pageSize) || q.pageSize < 1)
    throw new RangeError(`Invalid page size ${q.pageSize}.`);
}

/** Throws a TypeError for an id that is not a database id, a RangeError for an impossible place or radius. */
export function checkProviderDoc(doc: ProviderDoc): void {
  if (!Number.isSafeInteger(doc.id) || doc.id < 0)
    throw new TypeError(`Provider id ${doc.id} is not a non-negative integer.`);
  const { lat, lng } = doc.location;
  if (!validPosition(lat, lng)) throw new RangeError(`Provider ${doc.id}: invalid location ${lat},${lng}.`);
  if (!Number.isFinite(doc.radiusKm) || doc.radiusKm < 0) {
    throw new RangeError(`Provider ${doc.id}: invalid radius ${doc.radiusKm}.`);
  }
}
