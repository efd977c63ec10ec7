import type {
  EmbeddedProviderIndex,
  ProviderIndex,
  SearchQuery,
  SearchResult,
  SearchStatus,
} from '@vigie/search';
import type { Logger } from 'pino';

/**
 * Provider search as the API uses it: the embedded index always (it is kept in step with the
 * database in the same transaction), and Meilisearch when configured. When Meilisearch fails or
 * times out, answers come from the embedded index and the service reports itself degraded until a
 * health check passes again; nothing is lost, the outbox catches up.
 */
export type SearchService = {
  readonly engine: 'embedded' | 'meilisearch';
  readonly embedded: EmbeddedProviderIndex;
  readonly external?: ProviderIndex;
  search(query: SearchQuery): Promise<SearchResult & { servedBy: 'embedded' | 'meilisearch' }>;
  status(): Promise<SearchStatus>;
};

export function createSearchService(options: {
  embedded: EmbeddedProviderIndex;
  external?: ProviderIndex;
  logger: Logger;
  /** How long to stay on the embedded index after an external failure. */
  retryAfterMs?: number;
  now?: () => number;
}): SearchService {
  const { embedded, external, logger } = options;
  const retryAfterMs = options.retryAfterMs ?? 10_000;
  const now = options.now ?? Date.now;
  let downUntil = 0;

  const markDown = (error: unknown) => {
    if (downUntil <= now())
      logger.warn({ err: error }, 'meilisearch unavailable; answering from the embedded index');
    downUntil = now() + retryAfterMs;
  };

  return {
    engine: external ? 'meilisearch' : 'embedded',
    embedded,
    external,
    async search(query) {
      if (external && downUntil <= now()) {
        try {
          return { ...(await external.search(query)), servedBy: 'meilisearch' };
        } catch (error) {
          markDown(error);
        }
      }
      return { ...embedded.searchSync(query), servedBy: 'embedded' };
    },
    async status() {
      if (!external) return embedded.health();
      const health = await external.health().catch(() => 'degraded' as const);
      if (health === 'ok') downUntil = 0;
      else downUntil = Math.max(downUntil, now() + retryAfterMs);
      return health;
    },
  };
}
