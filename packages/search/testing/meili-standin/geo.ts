export type Point = { lat: number; lng: number };

const toRad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Great-circle distance in metres, computed as Meilisearch does (the `geoutils` crate's haversine on
 * a 6,371 km sphere, rounded to the millimetre).
 */
export function haversineMeters(a: Point, b: Point): number {
  const hav = (theta: number) => (1 - Math.cos(theta)) / 2;
  const phi1 = toRad(a.lat);
  const phi2 = toRad(b.lat);
  const h = hav(phi2 - phi1) + Math.cos(phi1) * Math.cos(phi2) * hav(toRad(b.lng) - toRad(a.lng));
  return Math.round(2 * 6371e3 * Math.asin(Math.sqrt(h)) * 1000) / 1000;
}

const parseCoordinate = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
};

/** The `_geo` point of a stored document (already validated at indexing), if it has one. */
export function docGeoPoint(doc: Record<string, unknown>): Point | undefined {
  const geo = doc._geo as { lat?: unknown; lng?: unknown } | null | undefined;
  if (!geo || typeof geo !== 'object') return undefined;
  const lat = parseCoordinate(geo.lat);
  const lng = parseCoordinate(geo.lng);
  return lat === undefined || lng === undefined ? undefined : { lat, lng };
}

/**
 * Validates a document's `_geo` field as Meilisearch does at indexing; returns the error message of an
 * `invalid_document_geo_field` failure, or undefined when the field is absent or valid.
 */
export function validateGeoField(doc: Record<string, unknown>, id: unknown): string | undefined {
  if (!Object.hasOwn(doc, '_geo') || doc._geo === null) return undefined;
  const geo = doc._geo;
  const idText = JSON.stringify(id);
  if (typeof geo !== 'object' || Array.isArray(geo)) {
    return `The \`_geo\` field in the document with the id: \`${idText}\` is not an object. Was expecting an object with the \`_geo.lat\` and \`_geo.lng\` fields but instead got \`${JSON.stringify(geo)}\`.`;
  }
  const g = geo as Record<string, unknown>;
  const extra = Object.keys(g).filter((k) => k !== 'lat' && k !== 'lng');
  if (extra.length > 0) {
    const value = Object.fromEntries(extra.map((k) => [k, g[k]]));
    return `The \`_geo\` field in the document with the id: \`${idText}\` contains the following unexpected fields: \`${JSON.stringify(value)}\`.`;
  }
  const hasLat = Object.hasOwn(g, 'lat');
  const hasLng = Object.hasOwn(g, 'lng');
  if (!hasLat && !hasLng) {
    return `Could not find latitude nor longitude in the document with the id: \`${idText}\`. Was expecting \`_geo.lat\` and \`_geo.lng\` fields.`;
  }
  if (!hasLat) {
    return `Could not find latitude in the document with the id: \`${idText}\`. Was expecting a \`_geo.lat\` field.`;
  }
  if (!hasLng) {
    return `Could not find longitude in the document with the id: \`${idText}\`. Was expecting a \`_geo.lng\` field.`;
  }
  const lat = parseCoordinate(g.lat);
  const lng = parseCoordinate(g.lng);
  if (lat === undefined && lng === undefined) {
    return `Could not parse latitude nor longitude in the document with the id: \`${idText}\`. Was expecting finite numbers but instead got \`${JSON.stringify(g.lat)}\` and \`${JSON.stringify(g.lng)}\`.`;
  }
  if (lat === undefined) {
    return `Could not parse latitude in the document with the id: \`${idText}\`. Was expecting a finite number but instead got \`${JSON.stringify(g.lat)}\`.`;
  }
  if (lng === undefined) {
    return `Could not parse longitude in the document with the id: \`${idText}\`. Was expecting a finite number but instead got \`${JSON.stringify(g.lng)}\`.`;
  }
  return undefined;
}
