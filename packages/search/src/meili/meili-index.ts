import { distanceKm } from '@vigie/geo';
import { type EnqueuedTask, type IndexSwap, Meilisearch, type SearchParams } from 'meilisearch';
import { compareHits, countFacets } from '../embedded/full-scan.ts';
import { queryTerms, tokenizeText } from '../embedded/text.ts';
import { checkProviderDoc, checkSearchQuery } from '../input-checks.ts';
import type {
  ProviderDoc,
  ProviderIndex,
  SearchHit,
  SearchQuery,
  SearchResult,
  SearchStatus,
} from '../types.ts';
import { buildCandidateFilter } from './candidate-filter.ts';
import { fromMeiliHit, PROVIDER_FIELDS, toMeiliDocument } from './documents.ts';
import { MeiliIndexError, meiliCodeOf, toMeiliIndexError } from './errors.ts';
import { providerIndexSettings, settingsMatch } from './settings.ts';

/**
 * How many candidates one search fetches at most. The candidate filter is a superset of the matches,
 * fetched nearest first, so past the bound the farthest candidates are not seen: the first pages stay
 * right (every match nearer than the 2,000th candidate is among them), but `total` and `facets` count
 * only the matches among those 2,000. With text, the relevance query has the same bound. France has
 * about 1,200 referenced providers, so the bound is not reached today; `onCandidateLimit` reports it.
 */
export const DEFAULT_CANDIDATE_LIMIT = 2000;

/** Documents per write request; bigger batches are split (each part is its own task). */
const WRITE_BATCH = 1000;

export type MeiliIndexOptions = {
  /** Meilisearch URL, e.g. `http://127.0.0.1:7700`. */
  host: string;
  /** API key (the master key, or a key allowed to manage this index). */
  apiKey?: string;
  /** Default `providers`. */
  indexUid?: string;
  /** Time limit of each HTTP request, `health()` included. Default 5,000 ms. */
  timeoutMs?: number;
  /** How long a write waits for its task to be processed. Default 60,000 ms. */
  taskTimeoutMs?: number;
  /** Polling interval while waiting for a task. Default 50 ms. */
  taskPollIntervalMs?: number;
  /** See DEFAULT_CANDIDATE_LIMIT. */
  candidateLimit?: number;
  /** Called when a search fetched `candidateLimit` candidates, so `total` and `facets` may undercount. */
  onCandidateLimit?: (query: SearchQuery, limit: number) => void;
};

export type MeiliProviderIndex = ProviderIndex & {
  readonly engine: 'meilisearch';
  readonly indexUid: string;
};

/** The matching rule of ProviderIndex, applied exactly to a candidate at distance `d` from the victim. */
function matchesExactly(doc: ProviderDoc, d: number, query: SearchQuery, terms: string[]): boolean {
  const nearby = d <= query.radiusKm && d <= doc.radiusKm;
  if (!nearby && !(query.remote === true && doc.remote)) return false;
  if (query.public && !doc.publics.includes(query.public)) return false;
  if (query.services && !query.services.every((s) => doc.services.includes(s))) return false;
  if (query.label && doc.label !== query.label) return false;
  if (terms.length > 0) {
    const tokens = tokenizeText(`${doc.name} ${doc.description} ${doc.city}`);
    if (!terms.every((term) => tokens.some((token) => token.startsWith(term)))) return false;
  }
  return true;
}

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Codes of a search error meaning the index lost its settings or vanished: set it up again, once. */
const SETUP_LOST = new Set(['index_not_found', 'invalid_search_filter', 'invalid_search_sort']);

/**
 * Creates the Meilisearch implementation of ProviderIndex with the official client. On first use it
 * creates the index when missing and applies its settings. A search fetches, nearest first, the
 * candidates of a filter that is a superset of the matching rule, then applies the rule exactly in
 * code (same distance, same words as the embedded index), sorts, pages and counts facets on the
 * exact set. With text in relevance order, a second query in the same `multi-search` request asks
 * Meilisearch for its relevance order; in distance order the candidates' `_geoPoint` order is kept. Writes wait for their tasks and throw a MeiliIndexError when one fails.
 *
 * `reindex` builds a new index and swaps it in: searches see the old content until the swap. Writes
 * made while a reindex runs land in the old index and are lost with it; run reindex alone.
 */
export function createMeiliIndex(options: MeiliIndexOptions): MeiliProviderIndex {
  const indexUid = options.indexUid ?? 'providers';
  const candidateLimit = options.candidateLimit ?? DEFAULT_CANDIDATE_LIMIT;
  const waitOptions = {
    timeout: options.taskTimeoutMs ?? 60_000,
    interval: options.taskPollIntervalMs ?? 50,
  };
  const client = new Meilisearch({
    host: options.host,
    apiKey: options.apiKey,
    timeout: options.timeoutMs ?? 5000,
    defaultWaitOptions: waitOptions,
  });
  const settings = providerIndexSettings(candidateLimit);

  /** Runs a client call, translating its errors into MeiliIndexError. */
  async function call<T>(doing: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toMeiliIndexError(error, doing);
    }
  }

  /** Enqueues a write, waits for its task, and throws when the task did not succeed. */
  async function waitTask(doing: string, enqueue: () => Promise<EnqueuedTask>, tolerated: string[] = []) {
    const task = await call(doing, async () => client.tasks.waitForTask(await enqueue(), waitOptions));
    if (task.status === 'succeeded') return;
    const meiliCode = task.error?.code ?? `task_${task.status}`;
    if (tolerated.includes(meiliCode)) return;
    if (meiliCode === 'index_not_found') ready = undefined;
    throw new MeiliIndexError(
      'task_failed',
      `Meilisearch failed to ${doing}: ${task.error?.message ?? task.status}`,
      {
        meiliCode,
        taskUid: task.uid,
      },
    );
  }

  /** Creates `uid` when missing and gives it the settings (only when they differ). */
  async function prepareIndex(uid: string): Promise<void> {
    try {
      await client.index(uid).getRawInfo();
    } catch (error) {
      if (meiliCodeOf(error) !== 'index_not_found') throw toMeiliIndexError(error, `read index ${uid}`);
      // Another process may create it at the same time: that is fine.
      await waitTask(`create index ${uid}`, () => client.createIndex(uid, { primaryKey: 'id' }), [
        'index_already_exists',
      ]);
    }
    const current = await call(`read the settings of ${uid}`, () => client.index(uid).getSettings());
    if (!settingsMatch(current, settings)) {
      await waitTask(`update the settings of ${uid}`, () => client.index(uid).updateSettings(settings));
    }
  }

  let ready: Promise<void> | undefined;
  /** Sets the index up once; a failure is not remembered, so the next call tries again. */
  function ensureReady(): Promise<void> {
    ready ??= prepareIndex(indexUid).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  }

  async function addDocuments(uid: string, docs: ProviderDoc[]): Promise<void> {
    const index = client.index(uid);
    // Enqueued in order (a later copy of a provider wins), then awaited.
    const enqueued: EnqueuedTask[] = [];
    for (const part of chunks(docs.map(toMeiliDocument), WRITE_BATCH)) {
      enqueued.push(
        await call(`add providers to ${uid}`, async () => index.addDocuments(part, { primaryKey: 'id' })),
      );
    }
    for (const task of enqueued) await waitTask(`add providers to ${uid}`, async () => task);
  }

  /** Candidates (nearest first) and, with `terms`, Meilisearch's relevance order of the matching ids. */
  async function fetchCandidates(query: SearchQuery, terms: string[]) {
    const common: SearchParams = {
      filter: buildCandidateFilter(query),
      sort: [`_geoPoint(${query.lat}, ${query.lng}):asc`],
      limit: candidateLimit,
      offset: 0,
    };
    const candidates = { ...common, q: '', attributesToRetrieve: [...PROVIDER_FIELDS] };
    if (terms.length === 0) {
      const { hits } = await client.index(indexUid).search('', candidates);
      return { hits, relevance: undefined };
    }
    // Only the last word of a Meilisearch query matches as a prefix, so its text matches are not a
    // superset of the rule (every word a prefix): the set comes from the candidates, the order from here.
    const ranked = {
      ...common,
      q: terms.join(' '),
      matchingStrategy: 'last' as const,
      attributesToRetrieve: ['id'],
    };
    const { results } = await client.multiSearch({
      queries: [
        { indexUid, ...candidates },
        { indexUid, ...ranked },
      ],
    });
    const relevance = new Map(results[1]!.hits.map((hit, i) => [hit.id as number, i]));
    return { hits: results[0]!.hits, relevance };
  }

  async function search(query: SearchQuery): Promise<SearchResult> {
    checkSearchQuery(query);
    await ensureReady();
    const terms = queryTerms(query.q);
    // In distance order the candidates (nearest first) are the order: no relevance query.
    const ranked = query.sort === 'distance' ? [] : terms;
    let fetched: Awaited<ReturnType<typeof fetchCandidates>>;
    try {
      fetched = await fetchCandidates(query, ranked);
    } catch (error) {
      if (!SETUP_LOST.has(meiliCodeOf(error) ?? '')) throw toMeiliIndexError(error, 'search providers');
      // The index was deleted or recreated without its settings behind our back: set it up again.
      ready = undefined;
      await ensureReady();
      fetched = await call('search providers', () => fetchCandidates(query, ranked));
    }
    const { hits, relevance } = fetched;
    if (hits.length >= candidateLimit) options.onCandidateLimit?.(query, candidateLimit);

    const victim = { lat: query.lat, lng: query.lng };
    const matches: SearchHit[] = [];
    for (const hit of hits) {
      const doc = fromMeiliHit(hit);
      const d = distanceKm(victim, doc.location);
      if (matchesExactly(doc, d, query, terms)) matches.push({ ...doc, distanceKm: d });
    }
    if (relevance) {
      // Meilisearch's relevance order (distance breaks its ties); matches it did not rank, by distance.
      const rank = (hit: SearchHit) => relevance.get(hit.id) ?? Number.POSITIVE_INFINITY;
      matches.sort((a, b) => rank(a) - rank(b) || compareHits(a, b));
    } else {
      matches.sort(compareHits);
    }
    const start = (query.page - 1) * query.pageSize;
    return {
      items: matches.slice(start, start + query.pageSize),
      total: matches.length,
      page: query.page,
      pageSize: query.pageSize,
      facets: countFacets(matches),
    };
  }

  return {
    engine: 'meilisearch',
    indexUid,

    async upsert(docs) {
      docs.forEach(checkProviderDoc);
      if (docs.length === 0) return;
      await ensureReady();
      await addDocuments(indexUid, docs);
    },

    async remove(ids) {
      if (ids.length === 0) return;
      await ensureReady();
      await waitTask('remove providers', () => client.index(indexUid).deleteDocuments(ids));
    },

    search,

    async reindex(docs) {
      docs.forEach(checkProviderDoc);
      await ensureReady();
      const next = `${indexUid}__reindex_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      try {
        await prepareIndex(next);
        if (docs.length > 0) await addDocuments(next, docs);
        // `rename` is left out (the client's type wants it): servers older than the option refuse
        // unknown fields, and its default, false, is what a swap means.
        await waitTask('swap in the new providers index', () =>
          client.swapIndexes([{ indexes: [indexUid, next] } as IndexSwap]),
        );
      } catch (error) {
        await waitTask(`delete index ${next}`, () => client.deleteIndex(next)).catch(() => undefined);
        throw error;
      }
      // After the swap, `next` holds the old content.
      await waitTask(`delete index ${next}`, () => client.deleteIndex(next));
    },

    async health(): Promise<SearchStatus> {
      try {
        const { status } = await client.health();
        return status === 'available' ? 'ok' : 'degraded';
      } catch {
        return 'degraded';
      }
    },
  };
}
