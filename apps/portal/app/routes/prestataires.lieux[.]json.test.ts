import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { createTestApp, type TestApp, unreachableUrl } from '@vigie/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaceSuggestion } from '#app/components/providers/types.ts';
import { loader } from './prestataires.lieux[.]json.ts';

/*
 * The place suggestions, proxied from the real API listening on a loopback port. Places come from
 * the API's gazetteer: its database may stay empty.
 */

let api: TestApp;
let server: ServerType;
let apiUrl: string;

beforeAll(async () => {
  api = createTestApp();
  server = serve({ fetch: api.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  api?.close();
});

const suggest = async (q: string, url = apiUrl) => {
  const response = await loader({
    request: new Request(`http://portal.test/prestataires/lieux.json?${new URLSearchParams({ q })}`),
    context: { apiUrl: url, clientAddress: '203.0.113.5' },
    params: {},
  });
  return { response, body: (await response.json()) as { suggestions: PlaceSuggestion[] } };
};

describe('GET /prestataires/lieux.json', () => {
  it('proposes each commune of a shared name by its label, with the exact form to search it by', async () => {
    const { response, body } = await suggest('saint-denis');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(body.suggestions).toEqual(
      expect.arrayContaining([
        { label: 'Saint-Denis (93)', near: 'insee:93066' },
        { label: 'Saint-Denis (974)', near: 'insee:97411' },
      ]),
    );
    const labels = body.suggestions.map((suggestion) => suggestion.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('proposes the postcodes of a city, each leading to its own commune', async () => {
    const { body } = await suggest('69003');
    expect(body.suggestions).toEqual([{ label: '69003 Lyon 3e Arrondissement', near: 'insee:69383' }]);
  });

  it('proposes nothing for an empty text, an unknown place or an API out of reach', async () => {
    expect((await suggest('  ')).body.suggestions).toEqual([]);
    expect((await suggest('Atlantide-sur-Mer')).body.suggestions).toEqual([]);
    expect((await suggest('lyon', await unreachableUrl())).body.suggestions).toEqual([]);
  });
});
