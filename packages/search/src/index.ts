export { chooseSearchEngine } from './engine.ts';
export type {
  Facets,
  ProviderDoc,
  ProviderIndex,
  SearchEngineName,
  SearchHit,
  SearchQuery,
  SearchResult,
  SearchStatus,
} from './types.ts';
