import { describe, expect, it } from 'vitest';
import { chooseSearchEngine } from './engine.ts';

describe('chooseSearchEngine', () => {
  it('uses the embedded index when no Meilisearch host is configured', () => {
    expect(chooseSearchEngine({})).toBe('embedded');
  });
  it('uses Meilisearch when a host is configured', () => {
    expect(chooseSearchEngine({ meiliHost: 'http://127.0.0.1:7700' })).toBe('meilisearch');
  });
});
