/**
 * Distance arithmetic for the hot loop. `haversineKm` repeats `distanceKm` from `@vigie/geo`
 * operation for operation (same radius, same order of operations) so it returns the very same
 * double, while taking the cosines of both latitudes precomputed; a test holds the two equal.
 */

const EARTH_RADIUS_KM = 6371.0088;

/** Cosine of a latitude in degrees, computed exactly as `distanceKm` does. */
export function cosOfLatitude(lat: number): number {
  return Math.cos((lat * Math.PI) / 180);
}

/** Great-circle distance from point a to point b; `cosA`/`cosB` from `cosOfLatitude`. */
export function haversineKm(
  latA: number,
  lngA: number,
  cosA: number,
  latB: number,
  lngB: number,
  cosB: number,
): number {
  const dLat = ((latB - latA) * Math.PI) / 180;
  const dLng = ((lngB - lngA) * Math.PI) / 180;
  const h = Math.sin(dLat / 2) ** 2 + cosA * cosB * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A latitude band and one or two longitude ranges (two when the box crosses the antimeridian). */
export type GeoBox = { minLat: number; maxLat: number; lngRanges: Array<[number, number]> };

/**
 * The smallest latitude/longitude box holding every point within `radiusKm` of (lat, lng), widened
 * by a hair so rounding never leaves out a point the exact distance test would keep.
 */
export function boxAround(lat: number, lng: number, radiusKm: number): GeoBox {
  const angular = radiusKm / EARTH_RADIUS_KM;
  const dLat = (angular * 180) / Math.PI + 1e-7;
  const minLat = Math.max(-90, lat - dLat);
  const maxLat = Math.min(90, lat + dLat);
  const cos = Math.cos((lat * Math.PI) / 180);
  const sin = Math.sin(angular);
  if (minLat <= -90 || maxLat >= 90 || sin >= cos) return { minLat, maxLat, lngRanges: [[-180, 180]] };
  const dLng = (Math.asin(sin / cos) * 180) / Math.PI + 1e-7;
  const lo = lng - dLng;
  const hi = lng + dLng;
  if (lo < -180)
    return {
      minLat,
      maxLat,
      lngRanges: [
        [lo + 360, 180],
        [-180, hi],
      ],
    };
  if (hi > 180)
    return {
      minLat,
      maxLat,
      lngRanges: [
        [lo, 180],
        [-180, hi - 360],
      ],
    };
  return { minLat, maxLat, lngRanges: [[lo, hi]] };
}

/** Unit vector of a position: the dot product of two is the cosine of the angle between them. */
export function unitVector(lat: number, lng: number): { x: number; y: number; z: number } {
  const phi = (lat * Math.PI) / 180;
  const lambda = (lng * Math.PI) / 180;
  const c = Math.cos(phi);
  return { x: c * Math.cos(lambda), y: c * Math.sin(lambda), z: Math.sin(phi) };
}

/** Cosine of a distance as an angle: two points are within `km` when their dot product is >= this. */
export function cosOfDistance(km: number): number {
  return Math.cos(Math.min(Math.PI, km / EARTH_RADIUS_KM));
}

/** Degrees between two longitudes, the short way round. */
function longitudeGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/**
 * A lower bound of the distance from a point to a latitude/longitude rectangle (nearest corner or
 * edge point, less a margin for the curvature of parallels), to skip grid cells out of reach.
 */
export function distanceToRectLowerBoundKm(
  lat: number,
  lng: number,
  rect: { minLat: number; maxLat: number; minLng: number; maxLng: number },
): number {
  const nearLat = Math.min(rect.maxLat, Math.max(rect.minLat, lat));
  let nearLng = lng;
  if (lng < rect.minLng || lng > rect.maxLng) {
    nearLng = longitudeGap(lng, rect.minLng) <= longitudeGap(lng, rect.maxLng) ? rect.minLng : rect.maxLng;
  }
  const d = haversineKm(lat, lng, cosOfLatitude(lat), nearLat, nearLng, cosOfLatitude(nearLat));
  return Math.max(0, d * 0.99 - 2);
}
