import { type GeoCandidate, GeoQueryError } from '@vigie/geo';
import type { Place } from '../../contract/geo.ts';
import type { AppDeps } from '../../deps.ts';
import { DomainError } from '../../lib/problem.ts';

/**
 * Asks the geocoder; a query it refuses (empty, too long) becomes a 400 problem naming `field`,
 * the parameter the text came from.
 */
export async function resolveGeoQuery(
  deps: Pick<AppDeps, 'geocoder'>,
  text: string,
  options: { field: string; limit: number },
): Promise<GeoCandidate[]> {
  try {
    return await deps.geocoder.resolve(text, { limit: options.limit });
  } catch (error) {
    if (error instanceof GeoQueryError) {
      throw new DomainError('validation_failed', error.message, {
        errors: [{ path: options.field, message: error.message }],
      });
    }
    throw error;
  }
}

/** Turns the `near` text (postcode, commune, `insee:<code>`, "lat,lng") into one place, or a 404 problem. */
export async function resolvePlace(deps: Pick<AppDeps, 'geocoder'>, near: string): Promise<Place> {
  const [best] = await resolveGeoQuery(deps, near, { field: 'near', limit: 1 });
  if (!best) {
    throw new DomainError(
      'not_found',
      `No place matches "${near}". Try a postcode, a commune, "insee:<code>" or "lat,lng".`,
    );
  }
  return {
    label: best.label,
    near: best.near,
    lat: best.lat,
    lng: best.lng,
    kind: best.kind,
    approximate: best.approximate,
  };
}
