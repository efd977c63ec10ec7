import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureGazetteerBuilt } from '../test/ensure-gazetteer.ts';
import {
  type AddressApiFallbackReason,
  createAddressApiGeocoder,
  DEFAULT_ADDRESS_API_URL,
} from './address-api-geocoder.ts';
import { loadGazetteer } from './gazetteer.ts';
import { createEmbeddedGeocoder, type Geocoder } from './geocoder.ts';

/**
 * A stand-in for the national address API (addok behind api-adresse.data.gouv.fr), strict about
 * what it documents: `GET /search/` with `q` of at least three characters starting with a letter or
 * digit, an optional positive `limit`, and a GeoJSON FeatureCollection in return.
 */
type Mode = 'ok' | 'hung' | 'error' | 'malformed' | 'wrong-shape' | 'empty';

const AMIENS = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [2.290084, 49.897443] },
  properties: {
    label: '8 Boulevard du Port 80000 Amiens',
    score: 0.49159121588068583,
    housenumber: '8',
    id: '80021_6590_00008',
    name: '8 Boulevard du Port',
    postcode: '80000',
    citycode: '80021',
    x: 648952.58,
    y: 6977867.25,
    city: 'Amiens',
    context: '80, Somme, Hauts-de-France',
    type: 'housenumber',
    importance: 0.6706612694243868,
    street: 'Boulevard du Port',
  },
};
const AMIENS_TOWN = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [2.290084, 49.894067] },
  properties: {
    label: 'Amiens',
    score: 0.3,
    id: '80021',
    name: 'Amiens',
    postcode: '80000',
    citycode: '80021',
    city: 'Amiens',
    context: '80, Somme, Hauts-de-France',
    type: 'municipality',
  },
};

/** `hung`: the request is received and never answered (held until the client gives up or the stand-in stops). */
class BanStandIn {
  mode: Mode = 'ok';
  readonly requests: URL[] = [];
  private server: Server = createServer((req, res) => this.handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop() {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private json(res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    this.requests.push(url);
    if (req.method !== 'GET' || url.pathname !== '/search/')
      return this.json(res, 404, { code: 404, message: 'Not found' });
    const q = url.searchParams.get('q') ?? '';
    const limit = url.searchParams.get('limit');
    if (q.trim().length < 3 || !/^[\p{L}\p{N}]/u.test(q.trim())) {
      return this.json(res, 400, {
        code: 400,
        message: 'q must contain between 3 and 200 chars and start with a number or a letter',
      });
    }
    if (limit !== null && !/^[1-9]\d*$/.test(limit))
      return this.json(res, 400, { code: 400, message: 'limit must be an integer' });
    switch (this.mode) {
      case 'hung':
        return;
      case 'error':
        return this.json(res, 500, { code: 500, message: 'Internal error' });
      case 'malformed':
        return this.json(res, 200, '{"type":"FeatureCollection","features":[{"type":"Feat');
      case 'wrong-shape':
        return this.json(res, 200, {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: {} }],
        });
      case 'empty':
        return this.json(res, 200, { type: 'FeatureCollection', version: 'draft', features: [], query: q });
      default:
        return this.json(res, 200, {
          type: 'FeatureCollection',
          version: 'draft',
          features: [AMIENS, AMIENS_TOWN].slice(0, Number(limit ?? 5)),
          attribution: 'BAN',
          licence: 'ETALAB-2.0',
          query: q,
          limit: Number(limit ?? 5),
        });
    }
  }
}

const standIn = new BanStandIn();
let baseUrl: string;
let embedded: Geocoder;
let fallbacks: AddressApiFallbackReason[] = [];

// Generous: every request that is answered at all is answered far within it, even on a loaded machine.
const ANSWERED_WITHIN_MS = 10_000;

const geocoderWith = (timeoutMs = ANSWERED_WITHIN_MS, url = () => baseUrl) =>
  createAddressApiGeocoder({
    baseUrl: url(),
    timeoutMs,
    fallback: embedded,
    onFallback: ({ reason }) => fallbacks.push(reason),
  });

beforeAll(async () => {
  embedded = createEmbeddedGeocoder(loadGazetteer(ensureGazetteerBuilt()));
  baseUrl = await standIn.start();
});
afterAll(() => standIn.stop());
afterEach(() => {
  standIn.mode = 'ok';
  standIn.requests.length = 0;
  fallbacks = [];
});

const ADDRESS = '8 bd du port 80000 Amiens';

describe('address API geocoder', () => {
  it('returns the API answer as address and commune candidates', async () => {
    const candidates = await geocoderWith().resolve(ADDRESS, { limit: 2 });
    expect(candidates).toEqual([
      {
        label: '8 Boulevard du Port 80000 Amiens',
        near: '8 Boulevard du Port 80000 Amiens',
        postcode: '80000',
        communeCode: '80021',
        lat: 49.897443,
        lng: 2.290084,
        kind: 'address',
        score: 0.49159121588068583,
        approximate: false,
      },
      expect.objectContaining({
        label: 'Amiens',
        kind: 'commune',
        communeCode: '80021',
        near: 'insee:80021',
      }),
    ]);
    expect(standIn.requests).toHaveLength(1);
    expect(standIn.requests[0]!.searchParams.get('q')).toBe(ADDRESS);
    expect(standIn.requests[0]!.searchParams.get('limit')).toBe('2');
    expect(fallbacks).toEqual([]);
  });

  it('falls back on the embedded geocoder when the API does not answer in time', async () => {
    standIn.mode = 'hung';
    // A short timeout leaves nothing to chance: the stand-in never answers this request.
    const candidates = await geocoderWith(200).resolve(ADDRESS);
    expect(standIn.requests).toHaveLength(1);
    expect(fallbacks).toEqual(['timeout']);
    // The embedded geocoder found the postcode in the address line.
    expect(candidates[0]).toMatchObject({ postcode: '80000', communeCode: '80021', kind: 'postcode' });
    expect(candidates[0]!.score).toBeLessThan(1);
  });

  it.each([
    ['error', 'http-status'],
    ['malformed', 'bad-payload'],
    ['wrong-shape', 'bad-payload'],
    ['empty', 'no-result'],
  ] as const)('falls back when the API answers %s', async (mode, reason) => {
    standIn.mode = mode;
    const candidates = await geocoderWith().resolve(ADDRESS);
    expect(standIn.requests).toHaveLength(1);
    expect(fallbacks).toEqual([reason]);
    expect(candidates[0]).toMatchObject({ communeCode: '80021', postcode: '80000' });
  });

  it('falls back when nothing listens', async () => {
    const closed = new BanStandIn();
    const closedUrl = await closed.start();
    await closed.stop();
    const candidates = await geocoderWith(ANSWERED_WITHIN_MS, () => closedUrl).resolve('Amiens');
    expect(fallbacks).toEqual(['network']);
    expect(candidates[0]).toMatchObject({ communeCode: '80021', kind: 'commune' });
  });

  it('answers coordinates, INSEE codes, postcodes and département codes without asking the API', async () => {
    const geocoder = geocoderWith();
    expect((await geocoder.resolve('80000'))[0]?.communeCode).toBe('80021');
    expect(await geocoder.resolve('insee:97411')).toMatchObject([
      { communeCode: '97411', near: 'insee:97411' },
    ]);
    expect(await geocoder.resolve('insee:99999')).toEqual([]);
    expect((await geocoder.resolve('49.9,2.3'))[0]?.kind).toBe('coordinates');
    expect((await geocoder.resolve('2B'))[0]?.communeCode).toBe('2B033');
    expect(standIn.requests).toEqual([]);
    expect(fallbacks).toEqual([]);
  });

  it('rejects empty and over-long queries before any request', async () => {
    await expect(geocoderWith().resolve('  ')).rejects.toMatchObject({ code: 'empty-query' });
    await expect(geocoderWith().resolve('x'.repeat(201))).rejects.toMatchObject({ code: 'query-too-long' });
    expect(standIn.requests).toEqual([]);
  });

  it('asks the national API by default, through the fetch it is given', async () => {
    const asked: string[] = [];
    const geocoder = createAddressApiGeocoder({
      fallback: embedded,
      fetch: async (input) => {
        asked.push(String(input));
        throw new TypeError('fetch failed');
      },
      onFallback: ({ reason }) => fallbacks.push(reason),
    });
    expect((await geocoder.resolve('Amiens', { limit: 3 }))[0]?.communeCode).toBe('80021');
    expect(asked).toEqual([`${DEFAULT_ADDRESS_API_URL}/search/?q=Amiens&limit=3`]);
    expect(DEFAULT_ADDRESS_API_URL).toBe('https://api-adresse.data.gouv.fr');
    expect(fallbacks).toEqual(['network']);
  });
});

// The contract: the stand-in by default; the real service with GEO_ADDRESS_API_URL=https://api-adresse.data.gouv.fr
const realApiUrl = process.env.GEO_ADDRESS_API_URL;
describe(`address API geocoder contract (${realApiUrl ? 'real API' : 'stand-in'})`, () => {
  it('finds an address without falling back', async () => {
    const candidates = await geocoderWith(ANSWERED_WITHIN_MS, () => realApiUrl ?? baseUrl).resolve(ADDRESS, {
      limit: 3,
    });
    expect(fallbacks).toEqual([]);
    expect(candidates[0]).toMatchObject({ postcode: '80000', communeCode: '80021', kind: 'address' });
  });
});
