import { z } from 'zod';
import { parseLatLng } from './distance.ts';
import {
  type GeoCandidate,
  type Geocoder,
  inseeForm,
  type ResolveOptions,
  readInseeForm,
  resultLimit,
  validateGeoQuery,
} from './geocoder.ts';

/** The national address API (Base Adresse Nationale). */
export const DEFAULT_ADDRESS_API_URL = 'https://api-adresse.data.gouv.fr';
export const DEFAULT_ADDRESS_API_TIMEOUT_MS = 2000;
/** Results asked of the address API at most, whatever the caller's limit. */
const ADDRESS_API_MAX_LIMIT = 20;

export type AddressApiFallbackReason = 'timeout' | 'network' | 'http-status' | 'bad-payload' | 'no-result';

export type AddressApiGeocoderOptions = {
  /** Defaults to `DEFAULT_ADDRESS_API_URL`; a self-hosted addok instance or a test stand-in otherwise. */
  baseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  /** Answers when the API cannot: usually `createEmbeddedGeocoder(gazetteer)`. */
  fallback: Geocoder;
  /** Told each time the fallback answers instead of the API (for logs and metrics). */
  onFallback?: (event: { reason: AddressApiFallbackReason; query: string; error?: unknown }) => void;
};

const featureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({
    type: z.literal('Point'),
    coordinates: z.array(z.number()).min(2),
  }),
  properties: z.object({
    label: z.string().min(1),
    score: z.number().min(0),
    postcode: z.string().optional(),
    citycode: z.string().optional(),
    type: z.string(),
  }),
});

const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(featureSchema),
});

class FallbackSignal extends Error {
  constructor(
    readonly reason: AddressApiFallbackReason,
    readonly error?: unknown,
  ) {
    super(reason);
  }
}

function toCandidate(feature: z.infer<typeof featureSchema>): GeoCandidate | undefined {
  const [lng, lat] = feature.geometry.coordinates as [number, number];
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  const { label, score, postcode, citycode, type } = feature.properties;
  const commune = type === 'municipality';
  return {
    label,
    // A commune comes back exactly by its code; an address has no exact form but its own label,
    // which the API finds again (and the fallback reads the postcode in it).
    near: commune && citycode ? inseeForm(citycode) : label,
    ...(postcode ? { postcode } : {}),
    ...(citycode ? { communeCode: citycode } : {}),
    lat,
    lng,
    kind: commune ? 'commune' : 'address',
    score: Math.min(1, score),
    approximate: false,
  };
}

/**
 * The embedded geocoder answers by itself what it knows exactly: coordinates, `insee:<code>`,
 * postcodes and département codes, and text too short for the API (it wants three characters).
 */
function answeredLocally(query: string): boolean {
  return (
    parseLatLng(query) !== undefined ||
    readInseeForm(query) !== undefined ||
    /^(?:\d{2,5}|2[AB])$/i.test(query) ||
    query.length < 3
  );
}

/**
 * A geocoder over the national address API (`GET {baseUrl}/search/?q=&limit=`, GeoJSON answers),
 * which falls back on `fallback` when the API is slow, down, or answers something unexpected or empty.
 */
export function createAddressApiGeocoder(options: AddressApiGeocoderOptions): Geocoder {
  const baseUrl = (options.baseUrl ?? DEFAULT_ADDRESS_API_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_ADDRESS_API_TIMEOUT_MS;
  const fetchImpl = options.fetch ?? globalThis.fetch;

  const ask = async (query: string, limit: number): Promise<GeoCandidate[]> => {
    const url = `${baseUrl}/search/?${new URLSearchParams({ q: query, limit: String(Math.min(limit, ADDRESS_API_MAX_LIMIT)) })}`;
    const signal = AbortSignal.timeout(timeoutMs);
    let body: unknown;
    try {
      const response = await fetchImpl(url, { signal, headers: { accept: 'application/json' } });
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new FallbackSignal('http-status', new Error(`Address API answered ${response.status}`));
      }
      body = await response.json();
    } catch (error) {
      if (error instanceof FallbackSignal) throw error;
      if (signal.aborted) throw new FallbackSignal('timeout', error);
      // A body that is not JSON reaches here as a SyntaxError.
      throw new FallbackSignal(error instanceof SyntaxError ? 'bad-payload' : 'network', error);
    }
    const parsed = featureCollectionSchema.safeParse(body);
    if (!parsed.success) throw new FallbackSignal('bad-payload', parsed.error);
    const candidates = parsed.data.features.flatMap((f) => toCandidate(f) ?? []).slice(0, limit);
    if (candidates.length === 0) throw new FallbackSignal('no-result');
    return candidates.sort((a, b) => b.score - a.score);
  };

  return {
    async resolve(q: string, resolveOptions?: ResolveOptions) {
      const query = validateGeoQuery(q);
      if (answeredLocally(query)) return options.fallback.resolve(query, resolveOptions);
      try {
        return await ask(query, resultLimit(resolveOptions));
      } catch (error) {
        const signal = error instanceof FallbackSignal ? error : new FallbackSignal('network', error);
        options.onFallback?.({ reason: signal.reason, query, error: signal.error });
        return options.fallback.resolve(query, resolveOptions);
      }
    },
  };
}
