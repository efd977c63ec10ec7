import { parseLatLng } from './distance.ts';
import type { Commune, Gazetteer } from './gazetteer.ts';
import { placeNameKey } from './normalize.ts';

export type GeoCandidate = {
  label: string;
  /**
   * What to pass as `near` (or to `resolve`) to get this very place back: `insee:<code>` for a
   * commune or a postcode's commune, `lat,lng` for coordinates, the label for an address.
   */
  near: string;
  postcode?: string;
  communeCode?: string;
  lat: number;
  lng: number;
  kind: 'postcode' | 'commune' | 'coordinates' | 'address';
  /** Confidence between 0 and 1; candidates come sorted by it. */
  score: number;
  /** True when the position is an estimate (see `Commune.approximate`). */
  approximate: boolean;
};

export type ResolveOptions = { limit?: number };

/** Turns what a person typed (postcode, commune, département, address, `lat,lng`) into places. */
export interface Geocoder {
  resolve(q: string, options?: ResolveOptions): Promise<GeoCandidate[]>;
}

export const MAX_QUERY_LENGTH = 200;

/** `insee:93066`, `INSEE:2a004`: one commune by its INSEE code, the form no homonym can confuse. */
const INSEE_FORM = /^insee\s*:(.*)$/i;

/** The `insee:<code>` form of a commune, which `resolve` reads back as exactly that commune. */
export const inseeForm = (code: string) => `insee:${code}`;

/** The INSEE code an `insee:<code>` query names (upper-cased, not checked), or undefined for any other text. */
export function readInseeForm(query: string): string | undefined {
  return INSEE_FORM.exec(query.trim())?.[1]?.replace(/\s+/g, '').toUpperCase();
}

/** The `lat,lng` form of a point, which `resolve` reads back as those coordinates. */
export const latLngForm = (point: { lat: number; lng: number }) => `${point.lat},${point.lng}`;
export const DEFAULT_RESULT_LIMIT = 10;
export const MAX_RESULT_LIMIT = 50;

/** Thrown (as a rejection) for a query that is empty or too long; callers map it to a 400. */
export class GeoQueryError extends Error {
  constructor(
    readonly code: 'empty-query' | 'query-too-long',
    message: string,
  ) {
    super(message);
    this.name = 'GeoQueryError';
  }
}

/** Trims the query and checks its length; throws `GeoQueryError`. */
export function validateGeoQuery(q: string): string {
  const query = q.trim();
  if (query === '') throw new GeoQueryError('empty-query', 'The place to look for is empty.');
  if (query.length > MAX_QUERY_LENGTH) {
    throw new GeoQueryError(
      'query-too-long',
      `The place to look for is longer than ${MAX_QUERY_LENGTH} characters.`,
    );
  }
  return query;
}

/** The requested number of results, kept between 1 and `MAX_RESULT_LIMIT`. */
export function resultLimit(options?: ResolveOptions): number {
  const limit = options?.limit ?? DEFAULT_RESULT_LIMIT;
  if (!Number.isFinite(limit)) return DEFAULT_RESULT_LIMIT;
  return Math.min(MAX_RESULT_LIMIT, Math.max(1, Math.floor(limit)));
}

const SCORES = {
  postcode: 1,
  postcodeAndName: 1,
  /** The postcode's commune, though the name given with it does not match. */
  postcodeOtherName: 0.9,
  /** An `insee:<code>` query: the commune itself. */
  inseeCode: 1,
  exactName: 0.9,
  prefixName: 0.7,
  containsName: 0.5,
  departement: 0.6,
  /** Plus 0.1 per digit beyond two: a longer prefix says more. */
  postcodePrefix: 0.5,
  unknownPostcode: 0.4,
  postcodeInText: 0.6,
} as const;

const DEPARTEMENT = /^(?:\d{2}|2[AB]|97[1-8]|98[6-8])$/i;
const POSTCODE_AND_NAME = /^(\d{5})\s*[,;-]?\s*(\S.*)$|^(.*\S)\s*[,;-]?\s+(\d{5})$/;

function communeCandidate(
  commune: Commune,
  kind: GeoCandidate['kind'],
  score: number,
  postcode: string | undefined,
): GeoCandidate {
  const label =
    kind === 'postcode' && postcode
      ? `${postcode} ${commune.name}`
      : `${commune.name} (${commune.departement})`;
  return {
    label,
    near: inseeForm(commune.code),
    ...(postcode ? { postcode } : {}),
    communeCode: commune.code,
    lat: commune.lat,
    lng: commune.lng,
    kind,
    score,
    approximate: commune.approximate,
  };
}

/** The commune's postcode that starts with `prefix`, or its first one. */
const postcodeOf = (commune: Commune, prefix = '') =>
  commune.postcodes.find((p) => p.startsWith(prefix)) ?? commune.postcodes[0];

/** A commune's postcode when it has only one: a whole city is not one of its postcodes. */
const singlePostcode = (commune: Commune) =>
  commune.postcodes.length === 1 ? commune.postcodes[0] : undefined;

/**
 * A geocoder over the embedded gazetteer, with no I/O: `lat,lng`, `insee:<code>`, postcodes,
 * `postcode + commune`, départements, partial postcodes and commune names.
 */
export function createEmbeddedGeocoder(gazetteer: Gazetteer): Geocoder {
  const resolveSync = (q: string, options?: ResolveOptions): GeoCandidate[] => {
    const query = validateGeoQuery(q);
    const limit = resultLimit(options);

    const point = parseLatLng(query);
    if (point) {
      return [
        {
          label: `${point.lat}, ${point.lng}`,
          near: latLngForm(point),
          ...point,
          kind: 'coordinates',
          score: 1,
          approximate: false,
        },
      ];
    }

    const code = readInseeForm(query);
    if (code !== undefined) {
      const commune = gazetteer.byCode(code);
      return commune ? [communeCandidate(commune, 'commune', SCORES.inseeCode, singlePostcode(commune))] : [];
    }

    if (/^\d{5}$/.test(query)) {
      const communes = gazetteer.byPostcode(query);
      if (communes.length > 0) {
        return communes.slice(0, limit).map((c) => communeCandidate(c, 'postcode', SCORES.postcode, query));
      }
      // An unknown postcode (a CEDEX, a typo): the communes of the closest known postcodes.
      for (let length = 4; length >= 2; length--) {
        const prefix = query.slice(0, length);
        const near = gazetteer.byPostcodePrefix(prefix, limit);
        if (near.length > 0) {
          return near.map((c) =>
            communeCandidate(c, 'postcode', SCORES.unknownPostcode, postcodeOf(c, prefix)),
          );
        }
      }
      return [];
    }

    if (DEPARTEMENT.test(query)) {
      const communes = gazetteer.byDepartement(query);
      if (communes.length > 0) {
        return communes
          .slice(0, limit)
          .map((c) => communeCandidate(c, 'commune', SCORES.departement, singlePostcode(c)));
      }
    }

    if (/^\d{2,4}$/.test(query)) {
      const score = SCORES.postcodePrefix + 0.1 * (query.length - 2);
      return gazetteer
        .byPostcodePrefix(query, limit)
        .map((c) => communeCandidate(c, 'postcode', score, postcodeOf(c, query)));
    }

    const withPostcode = POSTCODE_AND_NAME.exec(query);
    if (withPostcode) {
      const postcode = (withPostcode[1] ?? withPostcode[4])!;
      const key = placeNameKey((withPostcode[2] ?? withPostcode[3])!);
      const tier = (c: Commune) => {
        const name = placeNameKey(c.name);
        return name === key ? 0 : name.startsWith(key) ? 1 : name.includes(key) ? 2 : 3;
      };
      // The postcode decides; the name orders its communes (it may be a routing label such as "PARIS").
      const ranked = gazetteer
        .byPostcode(postcode)
        .map((commune) => ({ commune, tier: tier(commune) }))
        .sort((a, b) => a.tier - b.tier);
      if (ranked.length > 0) {
        return ranked
          .slice(0, limit)
          .map(({ commune, tier }) =>
            communeCandidate(
              commune,
              'postcode',
              tier < 3 ? SCORES.postcodeAndName : SCORES.postcodeOtherName,
              postcode,
            ),
          );
      }
    }

    const byName = gazetteer
      .matchCommunes(query, limit)
      .map(({ commune, match }) =>
        communeCandidate(
          commune,
          'commune',
          match === 'exact' ? SCORES.exactName : match === 'prefix' ? SCORES.prefixName : SCORES.containsName,
          singlePostcode(commune),
        ),
      );
    if (byName.length > 0) return byName;

    // Free text such as an address line: fall back on a postcode written somewhere in it.
    const postcode = /(?:^|\D)(\d{5})(?:\D|$)/.exec(query)?.[1];
    if (postcode) {
      return gazetteer
        .byPostcode(postcode)
        .slice(0, limit)
        .map((c) => communeCandidate(c, 'postcode', SCORES.postcodeInText, postcode));
    }
    return [];
  };

  return {
    resolve: async (q, options) => resolveSync(q, options),
  };
}
