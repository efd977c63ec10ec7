import type { SearchQuery } from '../types.ts';
import { RADIUS_BUCKETS_KM } from './documents.ts';

/**
 * Widening of every `_geoRadius`: Meilisearch measures on a 6,371 km sphere where `@vigie/geo` uses
 * 6,371.0088 km, and rounds to the millimetre. The filter only has to keep every provider the exact
 * rule keeps; the exact check runs afterwards.
 */
const SLACK_RATIO = 1e-4;
const SLACK_METERS = 1;

const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

function geoRadius(lat: number, lng: number, km: number): string {
  const meters = Math.ceil(km * 1000 * (1 + SLACK_RATIO) + SLACK_METERS);
  return `_geoRadius(${lat}, ${lng}, ${meters})`;
}

/**
 * A Meilisearch filter whose matches are a SUPERSET of the exact matching rule (victim within the
 * provider's radius and within the query's radius, or remote accepted; then public, services, label).
 * Meilisearch cannot compare a per-document radius with a distance, so providers are grouped by radius
 * bucket (their radius rounded up): for a bucket B below the query radius Q, a provider matches when the
 * victim is within B of it; for all buckets from Q up, when within Q. A provider whose radius r falls in
 * bucket B is within min(B, Q) whenever it is within min(r, Q), so nobody the exact rule keeps is lost;
 * the extra ones (between r and B) are dropped by the exact check in code.
 */
export function buildCandidateFilter(query: SearchQuery): string {
  const { lat, lng, radiusKm } = query;
  const near: string[] = [];
  for (const bucket of RADIUS_BUCKETS_KM) {
    if (bucket >= radiusKm) {
      near.push(`(radiusBucket >= ${bucket} AND ${geoRadius(lat, lng, radiusKm)})`);
      break;
    }
    near.push(`(radiusBucket = ${bucket} AND ${geoRadius(lat, lng, bucket)})`);
  }
  if (query.remote === true) near.push('remote = true');
  const clauses = [`(${near.join(' OR ')})`];
  if (query.public) clauses.push(`publics = ${quote(query.public)}`);
  for (const service of query.services ?? []) clauses.push(`services = ${quote(service)}`);
  if (query.label) clauses.push(`label = ${quote(query.label)}`);
  return clauses.join(' AND ');
}
