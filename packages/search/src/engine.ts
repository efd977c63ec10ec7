import type { SearchEngineName } from './types.ts';

/** Picks the provider search engine from configuration: Meilisearch when a host is set, else embedded. */
export function chooseSearchEngine(config: { meiliHost?: string }): SearchEngineName {
  return config.meiliHost ? 'meilisearch' : 'embedded';
}
