import { GeoQueryError } from '@vigie/geo';
import type { AppDeps } from '../../deps.ts';
import { DomainError } from '../../lib/problem.ts';

export type Place = { label: string; lat: number; lng: number; kind: string };

/** Turns the `near` text (postcode, commune, "lat,lng") into one point, or a 404 problem. */
export async function resolvePlace(deps: Pick<AppDeps, 'geocoder'>, near: string): Promise<Place> {
  let candidates: Awaited<ReturnType<AppDeps['geocoder']['resolve']>>;
  try {
    candidates = await deps.geocoder.resolve(near, { limit: 1 });
  } catch (error) {
    if (error instanceof GeoQueryError) {
      throw new DomainError('validation_failed', error.message, {
        errors: [{ path: 'near', message: error.message }],
      });
    }
    throw error;
  }
  const best = candidates[0];
  if (!best)
    throw new DomainError('not_found', `No place matches "${near}". Try a postcode, a commune or "lat,lng".`);
  return { label: best.label, lat: best.lat, lng: best.lng, kind: best.kind };
}
