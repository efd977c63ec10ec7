import { createDb } from '@vigie/db';
import { createEmbeddedIndex } from '@vigie/search';
import { FIXTURE_PLACES, makeProvider } from '@vigie/search/testing';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createSearchService } from './search-service.ts';

const silent = pino({ level: 'silent' });
const handles: Array<{ close: () => void }> = [];
afterEach(() => {
  for (const h of handles.splice(0)) h.close();
});

function embeddedIndex() {
  const handle = createDb(':memory:');
  handles.push(handle);
  return createEmbeddedIndex(handle.sqlite);
}

const paris = { lat: FIXTURE_PLACES.paris.lat, lng: FIXTURE_PLACES.paris.lng };
const query = { ...paris, radiusKm: 30, page: 1, pageSize: 20 };

describe('search service page cache', () => {
  it('gives back a kept page until the embedded index changes', async () => {
    const embedded = embeddedIndex();
    embedded.upsertSync([makeProvider({ id: 1 })]);
    const service = createSearchService({ embedded, logger: silent });
    const result = await service.search(query);
    expect(result.servedBy).toBe('embedded');
    expect(result.generation).toBe(embedded.generation);
    service.keepPage('paris', result.generation!, '{"page":1}');
    expect(service.cachedPage('paris')).toBe('{"page":1}');
    expect(service.cachedPage('lyon')).toBeUndefined();

    embedded.upsertSync([makeProvider({ id: 2 })]);
    expect(service.cachedPage('paris')).toBeUndefined();
  });

  it('never keeps a page computed before a change under the new state', async () => {
    const embedded = embeddedIndex();
    const service = createSearchService({ embedded, logger: silent });
    const before = await service.search(query);
    embedded.upsertSync([makeProvider({ id: 1 })]);
    service.keepPage('paris', before.generation!, '{"total":0}');
    expect(service.cachedPage('paris')).toBeUndefined();
  });

  it('drops the least recently used pages beyond its memory budget', () => {
    const embedded = embeddedIndex();
    const service = createSearchService({ embedded, logger: silent, pageCacheBytes: 30 });
    const generation = embedded.generation;
    service.keepPage('a', generation, 'x'.repeat(9)); // 10 units with its key
    service.keepPage('b', generation, 'x'.repeat(9));
    expect(service.cachedPage('a')).toBeDefined(); // a is now the most recent
    service.keepPage('c', generation, 'x'.repeat(9));
    service.keepPage('d', generation, 'x'.repeat(9));
    expect(service.cachedPage('b')).toBeUndefined();
    expect(service.cachedPage('a')).toBeDefined();
    expect(service.cachedPage('c')).toBeDefined();
    expect(service.cachedPage('d')).toBeDefined();
    service.keepPage('e', generation, 'x'.repeat(40)); // larger than the whole budget: not kept
    expect(service.cachedPage('e')).toBeUndefined();
    expect(service.cachedPage('d')).toBeDefined();
  });

  it('keeps no page while another engine answers, since its state is not followed here', async () => {
    const embedded = embeddedIndex();
    const external = embeddedIndex();
    await external.upsert([makeProvider({ id: 1 })]);
    const service = createSearchService({ embedded, external, logger: silent });
    const result = await service.search(query);
    expect(result.servedBy).toBe('meilisearch');
    expect(result.generation).toBeUndefined();
    service.keepPage('paris', embedded.generation, '{}');
    expect(service.cachedPage('paris')).toBeUndefined();
  });
});
