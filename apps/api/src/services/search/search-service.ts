import type {
  EmbeddedProviderIndex,
  ProviderIndex,
  SearchQuery,
  SearchResult,
  SearchStatus,
} from '@vigie/search';
import type { Logger } from 'pino';
import type { Place } from '../../contract/geo.ts';
import { createPageWriter } from './page-body.ts';

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
  /**
   * A page of results; `generation` is the embedded index's state the page was computed in, when it
   * came from the embedded index (the one whose changes a cache can follow).
   */
  search(
    query: SearchQuery,
  ): Promise<SearchResult & { servedBy: 'embedded' | 'meilisearch'; generation?: number }>;
  /** A page serialised earlier under `key`, if the embedded index has not changed since. */
  cachedPage(key: string): string | undefined;
  /** Keeps a serialised page computed from the embedded index in state `generation`. */
  keepPage(key: string, generation: number, body: string): void;
  /** The JSON of a page of results around `place`, as the API sends it (see page-body.ts). */
  writePage(result: SearchResult, place: Place, generation: number | undefined): string;
  status(): Promise<SearchStatus>;
};

/** Default memory for serialised pages: about 4,000 pages of 20 providers. */
export const DEFAULT_PAGE_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * Serialised pages, least recently used first out, within a budget of string length (UTF-16 code
 * units, about a byte each for this JSON). An entry of another generation of the index is a miss.
 */
function createPageCache(budget: number) {
  const entries = new Map<string, { generation: number; body: string }>();
  let used = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    used -= key.length + entry.body.length;
  };
  return {
    get(key: string, generation: number): string | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (entry.generation !== generation) {
        used -= key.length + entry.body.length;
        return undefined;
      }
      entries.set(key, entry);
      return entry.body;
    },
    set(key: string, generation: number, body: string): void {
      const size = key.length + body.length;
      if (size > budget) return;
      drop(key);
      entries.set(key, { generation, body });
      used += size;
      for (const oldest of entries.keys()) {
        if (used <= budget) break;
        drop(oldest);
      }
    },
  };
}

export function createSearchService(options: {
  embedded: EmbeddedProviderIndex;
  external?: ProviderIndex;
  logger: Logger;
  /** How long to stay on the embedded index after an external failure. */
  retryAfterMs?: number;
  /** Memory for serialised pages, in UTF-16 code units (0 disables the page cache). */
  pageCacheBytes?: number;
  now?: () => number;
}): SearchService {
  const { embedded, external, logger } = options;
  const retryAfterMs = options.retryAfterMs ?? 10_000;
  const now = options.now ?? Date.now;
  let downUntil = 0;
  // Repeated searches (a victim pages, comes back; every victim of a commune sends the same query)
  // are answered with the page as sent before: no search, no serialisation. Only pages of the
  // embedded index are kept, since its state is known here; Meilisearch catches up in the background.
  const pages = createPageCache(options.pageCacheBytes ?? DEFAULT_PAGE_CACHE_BYTES);

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
      const { result, generation } = embedded.searchWithGeneration(query);
      return { ...result, servedBy: 'embedded', generation };
    },
    cachedPage(key) {
      // Pages come from the embedded index: none while Meilisearch answers.
      if (external && downUntil <= now()) return undefined;
      return pages.get(key, embedded.generation);
    },
    keepPage(key, generation, body) {
      pages.set(key, generation, body);
    },
    writePage: createPageWriter(),
    async status() {
      if (!external) return embedded.health();
      const health = await external.health().catch(() => 'degraded' as const);
      if (health === 'ok') downUntil = 0;
      else downUntil = Math.max(downUntil, now() + retryAfterMs);
      return health;
    },
  };
}
