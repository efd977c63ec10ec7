import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { checkSearchQuery } from '../input-checks.ts';
import type { ProviderDoc, ProviderIndex, SearchQuery, SearchResult, SearchStatus } from '../types.ts';
import { createCandidateSearch } from './candidate-search.ts';
import { openIndexTables } from './index-tables.ts';
import { GenerationalLru } from './lru-cache.ts';
import { cacheKey } from './prepared-query.ts';
import { ProviderStore } from './provider-store.ts';
import { freezeResult, toStoredDoc } from './stored-docs.ts';
import { type Change, TableSync } from './table-sync.ts';
import { queryTerms } from './text.ts';
import { TextIndex } from './text-ranking.ts';

/** How many search results the embedded index keeps by default. */
export const DEFAULT_RESULT_CACHE_SIZE = 512;

export type EmbeddedIndexOptions = {
  /** Cached search results (0 disables the cache). Default DEFAULT_RESULT_CACHE_SIZE. */
  cacheSize?: number;
};

/** The embedded index, with synchronous variants for use inside the caller's own transaction. */
export type EmbeddedProviderIndex = ProviderIndex & {
  readonly engine: 'embedded';
  /** Number of providers indexed. */
  readonly size: number;
  /**
   * The state of the index: it changes with every write (and when another connection wrote), so a
   * caller's cache of anything derived from searches can tag its entries with it.
   */
  readonly generation: number;
  upsertSync(docs: ProviderDoc[]): void;
  removeSync(ids: number[]): void;
  reindexSync(docs: ProviderDoc[]): void;
  /** A search and the generation it was answered in, from one read of the tables' version. */
  searchWithGeneration(query: SearchQuery): { result: SearchResult; generation: number };
  searchSync(query: SearchQuery): SearchResult;
};

/**
 * Creates the embedded provider index on a better-sqlite3 database the caller owns (tables
 * `search_*` are created when absent) and loads its in-memory state from those tables.
 *
 * The tables are the truth; the memory is for speed. Writes go to the tables in a transaction
 * (a savepoint inside the caller's), then to memory. Before any use, the index compares the
 * tables' version stamp with its own: a write rolled back with the caller's transaction is undone
 * from an undo log, a write from another connection reloads everything. A search reads no table
 * but the version: nearby providers come from an in-memory grid, filters are bit masks, text
 * matches come from FTS5 and are ranked here (see text-ranking.ts).
 *
 * This function only wires the parts together: the tables (index-tables.ts), their sync with memory
 * (table-sync.ts), the search loops (candidate-search.ts) and the caches.
 */
export function createEmbeddedIndex(
  sqlite: Database.Database,
  options: EmbeddedIndexOptions = {},
): EmbeddedProviderIndex {
  const tables = openIndexTables(sqlite);
  const { stmt } = tables;
  const store = new ProviderStore();
  const memory = new TableSync(sqlite, store, tables);
  const search = createCandidateSearch(store, new TextIndex(store, stmt));
  // Repeated postcode queries are the common case (a victim pages, refines a filter, comes back;
  // every victim of one commune sends the same point), so whole results are cached. Entries carry
  // the generation they were computed in, and the generation is bumped on every change to the
  // in-memory state, so a write invalidates everything without walking the cache.
  const results = new GenerationalLru<SearchResult>(options.cacheSize ?? DEFAULT_RESULT_CACHE_SIZE);

  // Each write goes to the tables first (which may throw, leaving memory untouched), then to memory.
  // Inside the caller's transaction it also leaves an undo entry, since the caller may roll back.
  function upsertSync(docs: ProviderDoc[]): void {
    if (docs.length === 0) return;
    memory.sync();
    const stored = docs.map(toStoredDoc);
    const nested = sqlite.inTransaction;
    const nextVersion = randomUUID();
    tables.writeDocs(stored, nextVersion);
    const changes: Change[] = stored.map((doc) => [doc.id, store.put(doc)]);
    memory.wrote(nextVersion, nested ? { before: memory.version, changes } : undefined);
  }

  function removeSync(ids: number[]): void {
    if (ids.length === 0) return;
    memory.sync();
    const nested = sqlite.inTransaction;
    const nextVersion = randomUUID();
    tables.deleteDocs(ids, nextVersion);
    const changes: Change[] = ids.map((id) => [id, store.delete(id)]);
    memory.wrote(nextVersion, nested ? { before: memory.version, changes } : undefined);
  }

  function reindexSync(docs: ProviderDoc[]): void {
    memory.sync();
    const stored = docs.map(toStoredDoc);
    const nested = sqlite.inTransaction;
    const nextVersion = randomUUID();
    tables.replaceAll(stored, nextVersion);
    const snapshot = nested ? [...store.slotById.keys()].map((id) => store.get(id)!) : [];
    store.clear();
    for (const doc of stored) store.put(doc);
    memory.wrote(nextVersion, nested ? { before: memory.version, snapshot } : undefined);
  }

  function searchWithGeneration(query: SearchQuery): { result: SearchResult; generation: number } {
    // Refused before the cache and the loops, which assume a finite position and a page of at least 1.
    checkSearchQuery(query);
    memory.sync();
    const terms = queryTerms(query.q);
    const key = cacheKey(query, terms);
    const generation = memory.generation;
    const cached = results.get(key, generation);
    if (cached) return { result: cached, generation };
    const result = freezeResult(search(query, terms, generation));
    results.set(key, generation, result);
    return { result, generation };
  }

  const searchSync = (query: SearchQuery): SearchResult => searchWithGeneration(query).result;

  memory.load();

  return {
    engine: 'embedded',
    get size() {
      memory.sync();
      return store.size;
    },
    get generation() {
      memory.sync();
      return memory.generation;
    },
    upsertSync,
    removeSync,
    reindexSync,
    searchSync,
    searchWithGeneration,
    upsert: async (docs) => upsertSync(docs),
    remove: async (ids) => removeSync(ids),
    reindex: async (docs) => reindexSync(docs),
    search: async (query) => searchSync(query),
    async health(): Promise<SearchStatus> {
      try {
        stmt.ping.get();
        memory.sync();
        return 'ok';
      } catch {
        return 'degraded';
      }
    },
  };
}
