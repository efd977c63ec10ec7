export {
  createEmbeddedIndex,
  DEFAULT_RESULT_CACHE_SIZE,
  type EmbeddedIndexOptions,
  type EmbeddedProviderIndex,
} from './embedded/embedded-index.ts';
export { searchByFullScan } from './embedded/full-scan.ts';
export { MeiliIndexError, type MeiliIndexErrorCode } from './meili/errors.ts';
export {
  createMeiliIndex,
  DEFAULT_CANDIDATE_LIMIT,
  type MeiliIndexOptions,
  type MeiliProviderIndex,
} from './meili/meili-index.ts';
export type {
  Facets,
  ProviderDoc,
  ProviderIndex,
  SearchEngineName,
  SearchHit,
  SearchQuery,
  SearchResult,
  SearchSort,
  SearchStatus,
} from './types.ts';
