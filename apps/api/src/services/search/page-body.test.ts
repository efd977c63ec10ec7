import { createDb } from '@vigie/db';
import { createEmbeddedIndex, type SearchResult } from '@vigie/search';
import { generateProviderFixture, generateRandomQueries, makeProvider } from '@vigie/search/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { Place } from '../../contract/geo.ts';
import type { ProviderSearchResult } from '../../contract/providers.ts';
import { toSearchItem } from '../providers/to-doc.ts';
import { createPageWriter } from './page-body.ts';

const handles: Array<{ close: () => void }> = [];
afterEach(() => {
  for (const h of handles.splice(0)) h.close();
});

function embeddedIndex() {
  const handle = createDb(':memory:');
  handles.push(handle);
  return createEmbeddedIndex(handle.sqlite);
}

/** The page as the route wrote it before: the whole object through JSON.stringify. */
function stringified(result: SearchResult, place: Place): string {
  const page: ProviderSearchResult = {
    items: result.items.map((hit) => toSearchItem(hit, place)),
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    facets: {
      services: result.facets.services as Record<string, number>,
      publics: result.facets.publics as Record<string, number>,
      label: result.facets.label,
    },
    near: place,
  };
  return JSON.stringify(page);
}

const placeAt = (q: { lat: number; lng: number }, approximate: boolean): Place => ({
  label: 'Lieu « cherché »',
  near: '75015',
  lat: q.lat,
  lng: q.lng,
  kind: 'postcode',
  approximate,
});

describe('search page writer', () => {
  it('writes the same bytes as JSON.stringify of the page, for precise and approximate places', () => {
    const embedded = embeddedIndex();
    const docs = generateProviderFixture({ count: 400, seed: 3 });
    // Names and cities that JSON must escape, and a provider without a rating.
    docs[0] = { ...docs[0]!, name: 'Dépann\'Info "Pro" \\ 2000\u2028', city: 'Saint-Étienne\n' };
    docs[1] = { ...docs[1]!, rating: { average: null, count: 0 }, label: 'expertcyber' };
    embedded.reindexSync(docs);
    const write = createPageWriter();
    let compared = 0;
    for (const [i, query] of generateRandomQueries(200, 11).entries()) {
      const { result, generation } = embedded.searchWithGeneration(query);
      const place = placeAt(query, i % 3 === 0);
      // Twice: once building the providers' fragments, once from them.
      expect(write(result, place, generation)).toBe(stringified(result, place));
      expect(write(result, place, generation)).toBe(stringified(result, place));
      // Pages of another engine carry no generation and are written whole.
      expect(write(result, place, undefined)).toBe(stringified(result, place));
      compared += result.items.length;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('shows a provider as it is after the index changes, not as it was kept', () => {
    const embedded = embeddedIndex();
    embedded.upsertSync([makeProvider({ id: 1, name: 'Ancien nom' })]);
    const write = createPageWriter();
    const query = { lat: 48.8566, lng: 2.3522, radiusKm: 30, page: 1, pageSize: 20 };
    const before = embedded.searchWithGeneration(query);
    expect(write(before.result, placeAt(query, false), before.generation)).toContain('"Ancien nom"');

    embedded.upsertSync([makeProvider({ id: 1, name: 'Nouveau nom' })]);
    const after = embedded.searchWithGeneration(query);
    expect(after.generation).not.toBe(before.generation);
    const body = write(after.result, placeAt(query, false), after.generation);
    expect(body).toContain('"Nouveau nom"');
    expect(body).toBe(stringified(after.result, placeAt(query, false)));
  });
});
