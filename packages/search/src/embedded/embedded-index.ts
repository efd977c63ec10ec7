import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type {
  ProviderDoc,
  ProviderIndex,
  SearchHit,
  SearchQuery,
  SearchResult,
  SearchStatus,
} from '../types.ts';
import {
  boxAround,
  cosOfDistance,
  cosOfLatitude,
  distanceToRectLowerBoundKm,
  type GeoBox,
  haversineKm,
  unitVector,
} from './geo-math.ts';
import { GenerationalLru } from './lru-cache.ts';
import { ProviderStore } from './provider-store.ts';
import { RankedCollector } from './ranked-collector.ts';
import { BM25_WEIGHTS, SCHEMA_SQL } from './schema.ts';
import { LABELLED, ProviderList, REMOTE } from './spatial-grid.ts';
import { queryTerms, toFtsPrefixQuery } from './text.ts';

export type EmbeddedIndexOptions = {
  /**
   * Where nearby candidates come from: the in-memory grid (default) or the `search_geo` R*Tree.
   * The R*Tree costs about 0.4 ms per 30 km query through SQLite, the grid a few microseconds; the
   * option exists to compare them and to exercise the R*Tree.
   */
  spatial?: 'memory' | 'rtree';
  /** Cached search results (0 disables the cache). Default 512. */
  cacheSize?: number;
};

/** The embedded index, with synchronous variants for use inside the caller's own transaction. */
export type EmbeddedProviderIndex = ProviderIndex & {
  readonly engine: 'embedded';
  /** Number of providers indexed. */
  readonly size: number;
  upsertSync(docs: ProviderDoc[]): void;
  removeSync(ids: number[]): void;
  reindexSync(docs: ProviderDoc[]): void;
  searchSync(query: SearchQuery): SearchResult;
};

/**
 * What to do to the in-memory state to return to the tables' state if the enclosing transaction
 * rolls back: restore `changes` (id, document before; undefined when it was absent) in reverse, or
 * reload a whole `snapshot` after a reindex.
 */
type UndoEntry = { before: string | null } & (
  | { changes: Array<[number, ProviderDoc | undefined]> }
  | { snapshot: ProviderDoc[] }
);

/** A query as the search loops read it: position as a unit vector, radius as a cosine, filters as bits. */
type Prepared = {
  lat: number;
  lng: number;
  cosLat: number;
  vx: number;
  vy: number;
  vz: number;
  radiusKm: number;
  cosRadius: number;
  /** Every wanted service. */
  wantServices: number;
  /** One public (0 = any). */
  wantPublic: number;
  /** LABELLED when the label is required. */
  wantFlags: number;
  remoteAccepted: boolean;
};

/**
 * The providers matching a text (slots, from FTS5) and their bm25 ranks, computed on first need:
 * a rank does not depend on the victim's position, so the next query with the same words elsewhere
 * reuses it. Both are valid for one generation.
 */
type TextMatches = { slots: Int32Array; ranks: Float64Array; positions?: Int32Array };
/** Ranks text matches for one query; the bm25 statistics are gathered on first need. */
type Ranker = { matches: TextMatches; terms: string[]; rankOf: ((slot: number) => number) | undefined };

const NO_TEXT_RANK = 0;
/**
 * Dot products within this of a radius's cosine are decided by the exact haversine, as the full
 * scan decides them; rounding in a dot product is below 1e-15.
 */
const EDGE = 1e-12;
const BM25_K1 = 1.2;
const BM25_B = 0.75;

/**
 * Creates the embedded provider index on a better-sqlite3 database the caller owns (tables
 * `search_*` are created when absent) and loads its in-memory state from those tables.
 *
 * The tables are the truth; the memory is for speed. Writes go to the tables in a transaction
 * (a savepoint inside the caller's), then to memory. Before any use, the index compares the
 * tables' version stamp with its own: a write rolled back with the caller's transaction is undone
 * from an undo log, a write from another connection reloads everything. A search reads no table
 * but the version: nearby providers come from an in-memory grid, filters are bit masks, text
 * matches come from FTS5 and are ranked here (see textRanker).
 */
export function createEmbeddedIndex(
  sqlite: Database.Database,
  options: EmbeddedIndexOptions = {},
): EmbeddedProviderIndex {
  sqlite.exec(SCHEMA_SQL);
  const spatial = options.spatial ?? 'memory';

  const stmt = {
    readVersion: sqlite.prepare<[], string>(`SELECT value FROM search_meta WHERE key = 'version'`).pluck(),
    writeVersion: sqlite.prepare<[string]>(
      `INSERT INTO search_meta (key, value) VALUES ('version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ),
    allDocs: sqlite.prepare<[], string>('SELECT doc FROM search_docs').pluck(),
    putDoc: sqlite.prepare<[number, string]>(
      'INSERT INTO search_docs (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc',
    ),
    deleteDoc: sqlite.prepare<[number]>('DELETE FROM search_docs WHERE id = ?'),
    insertText: sqlite.prepare<[number, string, string, string]>(
      'INSERT INTO search_fts (rowid, name, description, city) VALUES (?, ?, ?, ?)',
    ),
    deleteText: sqlite.prepare<[number]>('DELETE FROM search_fts WHERE rowid = ?'),
    insertGeo: sqlite.prepare<[number, number, number, number, number]>(
      'INSERT INTO search_geo (id, min_lat, max_lat, min_lng, max_lng) VALUES (?, ?, ?, ?, ?)',
    ),
    deleteGeo: sqlite.prepare<[number]>('DELETE FROM search_geo WHERE id = ?'),
    clearDocs: sqlite.prepare('DELETE FROM search_docs'),
    clearText: sqlite.prepare(`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`),
    clearGeo: sqlite.prepare('DELETE FROM search_geo'),
    matchText: sqlite
      .prepare<[string], number>('SELECT rowid FROM search_fts WHERE search_fts MATCH ?')
      .pluck(),
    countText: sqlite
      .prepare<[string], number>('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?')
      .pluck(),
    nearbyIds: sqlite
      .prepare<[number, number, number, number], number>(
        'SELECT id FROM search_geo WHERE max_lat >= ? AND min_lat <= ? AND max_lng >= ? AND min_lng <= ?',
      )
      .pluck(),
    ping: sqlite.prepare<[], number>('SELECT 1').pluck(),
  };

  const store = new ProviderStore();
  const collector = new RankedCollector(store);
  // Repeated postcode queries are the common case (a victim pages, refines a filter, comes back;
  // every victim of one commune sends the same point), so whole results are cached. Entries carry
  // the generation they were computed in, and `generation` is bumped on every change to the
  // in-memory state, so a write invalidates everything without walking the cache.
  const results = new GenerationalLru<SearchResult>(options.cacheSize ?? 512);
  const textMatches = new GenerationalLru<TextMatches>(32);
  const phraseCounts = new GenerationalLru<number>(256);
  let generation = 0;
  /** The `search_meta.version` the in-memory state corresponds to. */
  let version: string | null = null;
  let undoLog: UndoEntry[] = [];

  const writeDocs = sqlite.transaction((docs: ProviderDoc[], nextVersion: string) => {
    for (const doc of docs) {
      deleteRows(doc.id);
      const { lat, lng } = doc.location;
      stmt.putDoc.run(doc.id, JSON.stringify(doc));
      stmt.insertText.run(doc.id, doc.name, doc.description, doc.city);
      stmt.insertGeo.run(doc.id, lat, lat, lng, lng);
    }
    stmt.writeVersion.run(nextVersion);
  });
  const deleteDocs = sqlite.transaction((ids: number[], nextVersion: string) => {
    for (const id of ids) {
      deleteRows(id);
      stmt.deleteDoc.run(id);
    }
    stmt.writeVersion.run(nextVersion);
  });
  const replaceAll = sqlite.transaction((docs: ProviderDoc[], nextVersion: string) => {
    stmt.clearDocs.run();
    stmt.clearText.run();
    stmt.clearGeo.run();
    writeDocs(docs, nextVersion);
  });
  const readAll = sqlite.transaction(() => ({
    version: stmt.readVersion.get() ?? null,
    docs: stmt.allDocs.all(),
  }));

  function deleteRows(id: number): void {
    stmt.deleteText.run(id);
    stmt.deleteGeo.run(id);
  }

  /** Rebuilds the in-memory state from the tables. */
  function load(): void {
    const rows = readAll();
    store.clear();
    for (const json of rows.docs) store.put(toStoredDoc(JSON.parse(json) as ProviderDoc));
    version = rows.version;
    undoLog = [];
    generation++;
  }

  /**
   * Brings the in-memory state in line with the tables before any use. They differ when a write
   * made inside the caller's transaction was rolled back (undone from the undo log), or when
   * another connection wrote (reloaded in full). One indexed read per call.
   */
  function sync(): void {
    const current = stmt.readVersion.get() ?? null;
    if (current === version) {
      if (!sqlite.inTransaction) undoLog = [];
      return;
    }
    for (let i = undoLog.length - 1; i >= 0; i--) {
      if (undoLog[i]!.before !== current) continue;
      for (let j = undoLog.length - 1; j >= i; j--) undo(undoLog[j]!);
      undoLog.length = i;
      version = current;
      generation++;
      return;
    }
    load();
  }

  function undo(entry: UndoEntry): void {
    if ('snapshot' in entry) {
      store.clear();
      for (const doc of entry.snapshot) store.put(doc);
      return;
    }
    for (let k = entry.changes.length - 1; k >= 0; k--) {
      const [id, before] = entry.changes[k]!;
      if (before) store.put(before);
      else store.delete(id);
    }
  }

  /** Records a committed (or, inside the caller's transaction, pending) write. */
  function wrote(nextVersion: string, entry: UndoEntry | undefined): void {
    if (entry) undoLog.push(entry);
    version = nextVersion;
    generation++;
  }

  function upsertSync(docs: ProviderDoc[]): void {
    if (docs.length === 0) return;
    sync();
    const stored = docs.map(toStoredDoc);
    const nested = sqlite.inTransaction;
    const nextVersion = randomUUID();
    writeDocs(stored, nextVersion);
    const changes: Array<[number, ProviderDoc | undefined]> = stored.map((doc) => [doc.id, store.put(doc)]);
    wrote(nextVersion, nested ? { before: version, changes } : undefined);
  }

  function removeSync(ids: number[]): void {
    if (ids.length === 0) return;
    sync();
    const nested = sqlite.inTransaction;
    const nextVersion = randomUUID();
    deleteDocs(ids, nextVersion);
    const changes: Array<[number, ProviderDoc | undefined]> = ids.map((id) => [id, store.delete(id)]);
    wrote(nextVersion, nested ? { before: version, changes } : undefined);
  }

  function reindexSync(docs: ProviderDoc[]): void {
    sync();
    const stored = docs.map(toStoredDoc);
    const nested = sqlite.inTransaction;
    const nextVersion = randomUUID();
    replaceAll(stored, nextVersion);
    const snapshot = nested ? [...store.slotById.keys()].map((id) => store.get(id)!) : [];
    store.clear();
    for (const doc of stored) store.put(doc);
    wrote(nextVersion, nested ? { before: version, snapshot } : undefined);
  }

  function searchSync(query: SearchQuery): SearchResult {
    checkQuery(query);
    sync();
    const terms = queryTerms(query.q);
    const key = cacheKey(query, terms);
    const cached = results.get(key, generation);
    if (cached) return cached;
    const result = freezeResult(compute(query, terms));
    results.set(key, generation, result);
    return result;
  }

  function compute(query: SearchQuery, terms: string[]): SearchResult {
    const { page, pageSize } = query;
    collector.reset(Math.min(page * pageSize, store.size));
    const q = prepare(query);
    if (q) {
      if (terms.length > 0) collectText(q, terms);
      else collectNearby(q);
    }
    const items: SearchHit[] = [];
    const ranked = collector.sorted();
    for (let i = (page - 1) * pageSize; i < ranked.length; i++) {
      const { slot, distanceKm } = ranked[i]!;
      items.push(toHit(store.docs[slot]!, distanceKm));
    }
    return { items, total: collector.total, page, pageSize, facets: collector.facets() };
  }

  /** The query in the form the loops read; undefined when nothing can match (unknown service). */
  function prepare(query: SearchQuery): Prepared | undefined {
    let wantServices = 0;
    for (const service of query.services ?? []) {
      const bit = store.serviceBits.find(service);
      if (bit === 0) return undefined;
      wantServices |= bit;
    }
    const wantPublic = query.public ? store.publicBits.find(query.public) : 0;
    if (query.public && wantPublic === 0) return undefined;
    const v = unitVector(query.lat, query.lng);
    return {
      lat: query.lat,
      lng: query.lng,
      cosLat: cosOfLatitude(query.lat),
      vx: v.x,
      vy: v.y,
      vz: v.z,
      radiusKm: query.radiusKm,
      cosRadius: cosOfDistance(query.radiusKm),
      wantServices,
      wantPublic,
      wantFlags: query.label === 'expertcyber' ? LABELLED : 0,
      remoteAccepted: query.remote === true,
    };
  }

  /** Exact test, as the full scan does it, for a provider near the edge of a radius. */
  function withinReach(q: Prepared, slot: number): boolean {
    const d = haversineKm(q.lat, q.lng, q.cosLat, store.lat[slot]!, store.lng[slot]!, store.cosLat[slot]!);
    return d <= q.radiusKm && d <= store.radiusKm[slot]!;
  }

  function distanceTo(q: Prepared, slot: number): number {
    return haversineKm(q.lat, q.lng, q.cosLat, store.lat[slot]!, store.lng[slot]!, store.cosLat[slot]!);
  }

  /**
   * Providers around the victim, then remote ones when accepted. Matching compares dot products of
   * unit vectors with the cosines of the radii (three multiplications instead of a haversine);
   * the exact distance is computed only near a radius edge and for matches that can make the page.
   */
  function collectNearby(q: Prepared): void {
    // A provider farther than both the query radius and the largest provider radius cannot match.
    const reach = Math.min(q.radiusKm, store.maxRadiusKm);
    for (const list of candidatesAround(q, reach)) {
      const { slots, x, y, z, cosReach, services, publics, flags } = list;
      for (let i = 0; i < list.length; i++) {
        const f = flags[i]!;
        if (q.remoteAccepted && (f & REMOTE) !== 0) continue; // counted with the remote ones
        if ((q.wantServices & ~services[i]!) !== 0) continue;
        if (q.wantPublic !== 0 && (publics[i]! & q.wantPublic) === 0) continue;
        if ((f & q.wantFlags) !== q.wantFlags) continue;
        const dot = x[i]! * q.vx + y[i]! * q.vy + z[i]! * q.vz;
        const threshold = Math.max(q.cosRadius, cosReach[i]!);
        if (dot < threshold - EDGE) continue;
        const slot = slots[i]!;
        if (dot < threshold + EDGE && !withinReach(q, slot)) continue;
        collector.count(services[i]!, publics[i]!, (f & LABELLED) !== 0);
        if (dot < collector.dotBound(NO_TEXT_RANK) - EDGE) continue;
        collector.offer(slot, distanceTo(q, slot), NO_TEXT_RANK, dot);
      }
    }
    if (!q.remoteAccepted) return;
    const remote = store.remote.listFor(q.wantServices, q.wantFlags);
    if (!remote) return;
    const { slots, x, y, z, services, publics, flags } = remote;
    for (let i = 0; i < remote.length; i++) {
      if ((q.wantServices & ~services[i]!) !== 0) continue;
      if (q.wantPublic !== 0 && (publics[i]! & q.wantPublic) === 0) continue;
      if ((flags[i]! & q.wantFlags) !== q.wantFlags) continue;
      collector.count(services[i]!, publics[i]!, (flags[i]! & LABELLED) !== 0);
      // Every remote provider matches, but only the nearest make the page.
      const dot = x[i]! * q.vx + y[i]! * q.vy + z[i]! * q.vz;
      if (dot < collector.dotBound(NO_TEXT_RANK) - EDGE) continue;
      collector.offer(slots[i]!, distanceTo(q, slots[i]!), NO_TEXT_RANK, dot);
    }
  }

  /** Providers matching the text (from FTS5), checked one by one against the place and the filters. */
  function collectText(q: Prepared, terms: string[]): void {
    const matches = matchText(toFtsPrefixQuery(terms));
    if (matches.slots.length === 0) return;
    const ranker: Ranker = { matches, terms, rankOf: undefined };
    if (!q.remoteAccepted) {
      // Few providers around the victim and many matching the words everywhere (a common word,
      // a rural area): look the text up for the nearby ones rather than place every text match.
      const nearby = candidatesAround(q, Math.min(q.radiusKm, store.maxRadiusKm));
      let count = 0;
      for (const list of nearby) count += list.length;
      if (count * 2 < matches.slots.length) {
        collectTextNearby(q, ranker, nearby);
        return;
      }
    }
    const { slots } = matches;
    const { x, y, z, cosReach, services, publics, flags } = store;
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i]!;
      const f = flags[s]!;
      if ((q.wantServices & ~services[s]!) !== 0) continue;
      if (q.wantPublic !== 0 && (publics[s]! & q.wantPublic) === 0) continue;
      if ((f & q.wantFlags) !== q.wantFlags) continue;
      const dot = x[s]! * q.vx + y[s]! * q.vy + z[s]! * q.vz;
      if (!(q.remoteAccepted && (f & REMOTE) !== 0)) {
        const threshold = Math.max(q.cosRadius, cosReach[s]!);
        if (dot < threshold - EDGE) continue;
        if (dot < threshold + EDGE && !withinReach(q, s)) continue;
      }
      collector.count(services[s]!, publics[s]!, (f & LABELLED) !== 0);
      const rank = rankAt(ranker, i, s);
      if (rank > collector.rankBound()) continue;
      collector.offer(s, distanceTo(q, s), rank, dot);
    }
  }

  /** The text search from the nearby providers' side: each is looked up in the text matches. */
  function collectTextNearby(q: Prepared, ranker: Ranker, nearby: ProviderList[]): void {
    const { matches } = ranker;
    if (!matches.positions) {
      matches.positions = new Int32Array(store.capacity).fill(-1);
      for (let i = 0; i < matches.slots.length; i++) matches.positions[matches.slots[i]!] = i;
    }
    const positions = matches.positions;
    for (const list of nearby) {
      const { slots, x, y, z, cosReach, services, publics, flags } = list;
      for (let i = 0; i < list.length; i++) {
        const s = slots[i]!;
        const at = positions[s]!;
        if (at < 0) continue;
        const f = flags[i]!;
        if ((q.wantServices & ~services[i]!) !== 0) continue;
        if (q.wantPublic !== 0 && (publics[i]! & q.wantPublic) === 0) continue;
        if ((f & q.wantFlags) !== q.wantFlags) continue;
        const dot = x[i]! * q.vx + y[i]! * q.vy + z[i]! * q.vz;
        const threshold = Math.max(q.cosRadius, cosReach[i]!);
        if (dot < threshold - EDGE) continue;
        if (dot < threshold + EDGE && !withinReach(q, s)) continue;
        collector.count(services[i]!, publics[i]!, (f & LABELLED) !== 0);
        const rank = rankAt(ranker, at, s);
        if (rank > collector.rankBound()) continue;
        collector.offer(s, distanceTo(q, s), rank, dot);
      }
    }
  }

  /** The rank of the text match at position `at` (slot `slot`), computed on first need. */
  function rankAt(ranker: Ranker, at: number, slot: number): number {
    const ranks = ranker.matches.ranks;
    let rank = ranks[at]!;
    if (Number.isNaN(rank)) {
      ranker.rankOf ??= textRanker(ranker.terms, ranker.matches.slots.length);
      rank = ranker.rankOf(slot);
      ranks[at] = rank;
    }
    return rank;
  }

  /**
   * bm25 exactly as FTS5 defines it (k1 = 1.2, b = 0.75, the column weights of BM25_WEIGHTS, a
   * term's frequency being the weighted count of the words it prefixes, the document length its
   * word count), negated like FTS5's so that lower ranks first. Computed here, for the matches in
   * the victim's area only, because FTS5 computes it for every match in France: 17 ms for a common
   * word at 100,000 providers.
   */
  function textRanker(terms: string[], matchCount: number): (slot: number) => number {
    const n = store.size;
    const averageLength = store.totalWords / n || 1;
    const idf = terms.map((term) => {
      const hits = terms.length === 1 ? matchCount : countPhrase(term);
      const value = Math.log((n - hits + 0.5) / (hits + 0.5));
      return value > 0 ? value : 1e-6;
    });
    const [nameWeight, descriptionWeight, cityWeight] = BM25_WEIGHTS;
    const prefixes = terms.map((term) => store.vocabulary.wordsStartingWith(term));
    const { wordPool, wordStart, wordCount, nameEnd, descriptionEnd } = store;
    return (slot) => {
      const start = wordStart[slot]!;
      const count = wordCount[slot]!;
      const nameStop = start + nameEnd[slot]!;
      const descriptionStop = start + descriptionEnd[slot]!;
      const norm = BM25_K1 * (1 - BM25_B + (BM25_B * count) / averageLength);
      let score = 0;
      for (let t = 0; t < prefixes.length; t++) {
        const prefixed = prefixes[t]!;
        let frequency = 0;
        for (let w = start; w < start + count; w++) {
          if (prefixed[wordPool[w]!] === 0) continue;
          frequency += w < nameStop ? nameWeight : w < descriptionStop ? descriptionWeight : cityWeight;
        }
        score += (idf[t]! * (frequency * (BM25_K1 + 1))) / (frequency + norm);
      }
      return -score;
    };
  }

  /** The providers matching an FTS expression, cached per generation. */
  function matchText(expression: string): TextMatches {
    const cached = textMatches.get(expression, generation);
    if (cached) return cached;
    let ids: number[];
    try {
      ids = stmt.matchText.all(expression);
    } catch (error) {
      // Terms are quoted, so this is not expected; a victim's input must still never fail a search.
      if (error instanceof Error && error.message.startsWith('fts5:')) ids = [];
      else throw error;
    }
    const slots = new Int32Array(ids.length);
    let n = 0;
    for (const id of ids) {
      const slot = store.slotById.get(id);
      if (slot !== undefined) slots[n++] = slot;
    }
    const matches = { slots: slots.subarray(0, n), ranks: new Float64Array(n).fill(Number.NaN) };
    textMatches.set(expression, generation, matches);
    return matches;
  }

  /** How many providers a single term matches (the document frequency of bm25), cached. */
  function countPhrase(term: string): number {
    const expression = toFtsPrefixQuery([term]);
    const cached = phraseCounts.get(expression, generation);
    if (cached !== undefined) return cached;
    const count = stmt.countText.get(expression) ?? 0;
    phraseCounts.set(expression, generation, count);
    return count;
  }

  /** Lists of the providers that may be within `reach` of the victim and pass the filters. */
  function candidatesAround(q: Prepared, reach: number): ProviderList[] {
    if (!(reach >= 0)) return [];
    const box = boxAround(q.lat, q.lng, reach);
    if (spatial === 'rtree') return [rtreeCandidates(box)];
    const lists: ProviderList[] = [];
    for (const cell of store.grid.cellsIn(box)) {
      const list = cell.listFor(q.wantServices, q.wantFlags);
      if (list && distanceToRectLowerBoundKm(q.lat, q.lng, cell) <= reach) lists.push(list);
    }
    return lists;
  }

  function rtreeCandidates(box: GeoBox): ProviderList {
    const list = new ProviderList();
    for (const [minLng, maxLng] of box.lngRanges) {
      for (const id of stmt.nearbyIds.all(box.minLat, box.maxLat, minLng, maxLng)) {
        const slot = store.slotById.get(id);
        if (slot !== undefined) list.push(store.entryOf(slot));
      }
    }
    return list;
  }

  load();

  return {
    engine: 'embedded',
    get size() {
      sync();
      return store.size;
    },
    upsertSync,
    removeSync,
    reindexSync,
    searchSync,
    upsert: async (docs) => upsertSync(docs),
    remove: async (ids) => removeSync(ids),
    reindex: async (docs) => reindexSync(docs),
    search: async (query) => searchSync(query),
    async health(): Promise<SearchStatus> {
      try {
        stmt.ping.get();
        sync();
        return 'ok';
      } catch {
        return 'degraded';
      }
    },
  };
}

function checkQuery(q: SearchQuery): void {
  if (!Number.isFinite(q.lat) || Math.abs(q.lat) > 90 || !Number.isFinite(q.lng) || Math.abs(q.lng) > 180) {
    throw new RangeError(`Invalid position ${q.lat},${q.lng}.`);
  }
  if (!(q.radiusKm > 0) || !Number.isFinite(q.radiusKm))
    throw new RangeError(`Invalid radius ${q.radiusKm}.`);
  if (!Number.isSafeInteger(q.page) || q.page < 1) throw new RangeError(`Invalid page ${q.page}.`);
  if (!Number.isSafeInteger(q.pageSize) || q.pageSize < 1)
    throw new RangeError(`Invalid page size ${q.pageSize}.`);
}

/** Everything that changes a result, in a canonical form: two equivalent queries share an entry. */
function cacheKey(q: SearchQuery, terms: string[]): string {
  const services = q.services && q.services.length > 0 ? [...new Set(q.services)].sort().join(',') : '';
  return [
    q.lat,
    q.lng,
    q.radiusKm,
    q.public ?? '',
    services,
    q.label ?? '',
    q.remote === true ? 1 : 0,
    terms.join(' '),
    q.page,
    q.pageSize,
  ].join('|');
}

/**
 * A frozen copy of exactly the fields of ProviderDoc: what the index stores and returns. Frozen
 * because the same objects are shared by every cached result.
 */
function toStoredDoc(doc: ProviderDoc): ProviderDoc {
  const { lat, lng } = doc.location;
  if (!Number.isSafeInteger(doc.id)) throw new TypeError(`Provider id ${doc.id} is not an integer.`);
  if (!Number.isFinite(lat) || Math.abs(lat) > 90 || !Number.isFinite(lng) || Math.abs(lng) > 180) {
    throw new RangeError(`Provider ${doc.id}: invalid location ${lat},${lng}.`);
  }
  if (!Number.isFinite(doc.radiusKm) || doc.radiusKm < 0) {
    throw new RangeError(`Provider ${doc.id}: invalid radius ${doc.radiusKm}.`);
  }
  const stored: ProviderDoc = {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    description: doc.description,
    postcode: doc.postcode,
    city: doc.city,
    communeCode: doc.communeCode,
    departement: doc.departement,
    location: Object.freeze({ lat, lng }),
    radiusKm: doc.radiusKm,
    onSite: doc.onSite,
    remote: doc.remote,
    publics: Object.freeze([...doc.publics]) as ProviderDoc['publics'],
    services: Object.freeze([...doc.services]) as ProviderDoc['services'],
    label: doc.label,
    languages: Object.freeze([...doc.languages]) as ProviderDoc['languages'],
    rating: Object.freeze({ average: doc.rating.average, count: doc.rating.count }),
  };
  return Object.freeze(stored);
}

/** A hit built field by field: one object shape for every hit, much faster than a spread. */
function toHit(d: ProviderDoc, distanceKm: number): SearchHit {
  return {
    id: d.id,
    slug: d.slug,
    name: d.name,
    description: d.description,
    postcode: d.postcode,
    city: d.city,
    communeCode: d.communeCode,
    departement: d.departement,
    location: d.location,
    radiusKm: d.radiusKm,
    onSite: d.onSite,
    remote: d.remote,
    publics: d.publics,
    services: d.services,
    label: d.label,
    languages: d.languages,
    rating: d.rating,
    distanceKm,
  };
}

/** Results are shared through the cache: freezing them turns an accidental mutation into an error. */
function freezeResult(result: SearchResult): SearchResult {
  for (const item of result.items) Object.freeze(item);
  Object.freeze(result.items);
  Object.freeze(result.facets.services);
  Object.freeze(result.facets.publics);
  Object.freeze(result.facets.label);
  Object.freeze(result.facets);
  return Object.freeze(result);
}
