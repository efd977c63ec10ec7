import type { SearchHit, SearchQuery, SearchResult } from '../types.ts';
import { boxAround, cosOfDistance, distanceToRectLowerBoundKm, haversineKm } from './geo-math.ts';
import { type Prepared, prepareQuery } from './prepared-query.ts';
import type { ProviderStore } from './provider-store.ts';
import { RankedCollector } from './ranked-collector.ts';
import { LABELLED, type ProviderList, type ProviderLists, REMOTE } from './spatial-grid.ts';
import { toHit } from './stored-docs.ts';
import { toFtsPrefixQuery } from './text.ts';
import { matchPositions, type Ranker, rankAt, type TextIndex, type TextMatches } from './text-ranking.ts';

const NO_TEXT_RANK = 0;
/**
 * Dot products within this of a radius's cosine are decided by the exact haversine, as the full
 * scan decides them; rounding in a dot product is below 1e-15.
 */
const EDGE = 1e-12;

/**
 * The search proper: finds the providers matching a query in the in-memory store and ranks them.
 * Reads no table: nearby providers come from the in-memory grid, text matches from `text`.
 *
 * The loops are closures over the store and the collector, not functions taking them, so that the
 * per-candidate code reads both from one closure context and passes nothing extra to `withinReach`
 * and `distanceTo`: this is the hot path that `pnpm bench:search` measures.
 */
export function createCandidateSearch(store: ProviderStore, text: TextIndex) {
  const collector = new RankedCollector(store);

  /** One page of results; `terms` are the query's words, `generation` the state of the store. */
  function search(query: SearchQuery, terms: string[], generation: number): SearchResult {
    const { page, pageSize } = query;
    collector.reset(Math.min(page * pageSize, store.size));
    const q = prepareQuery(store, query);
    if (q) {
      if (terms.length > 0) collectText(q, terms, generation, query.sort !== 'distance');
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
    // When the list read holds exactly the providers passing the filters, a cell lying wholly within
    // the query radius is counted from the list's totals, less the few providers whose own radius
    // may fall short of the victim (only their radius is read); its providers are offered only if
    // the cell's nearest point can make the page, cells nearest first so that the page fills early.
    // Counting thousands of matches one by one was most of the time of a search in a dense area.
    const exactList =
      q.wantPublic === 0 &&
      !q.remoteAccepted &&
      (q.wantServices & (q.wantServices - 1)) === 0 &&
      (q.wantServices === 0 || q.wantFlags === 0);
    for (const { cell, list, nearKm } of cellsAround(q, reach)) {
      const farthest = exactList ? farthestDot(q, cell.corners) - EDGE : -2;
      if (farthest >= q.cosRadius) {
        collectWholeCell(q, list, farthest, nearKm);
        continue;
      }
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

  /**
   * A cell wholly within the query radius (`farthest` is the dot product of its farthest corner,
   * less the margin): every provider matches but those whose own radius falls short of the victim.
   */
  function collectWholeCell(q: Prepared, list: ProviderList, farthest: number, nearKm: number): void {
    collector.countList(list);
    const { slots, x, y, z, cosReach, services, publics, flags } = list;
    const everyoneReaches = farthest >= list.maxCosReach;
    if (!everyoneReaches) {
      for (let i = 0; i < list.length; i++) {
        if (cosReach[i]! <= farthest) continue;
        const dot = x[i]! * q.vx + y[i]! * q.vy + z[i]! * q.vz;
        if (dot >= cosReach[i]! + EDGE) continue;
        if (dot < cosReach[i]! - EDGE || !withinReach(q, slots[i]!))
          collector.uncount(services[i]!, publics[i]!, (flags[i]! & LABELLED) !== 0);
      }
    }
    if (cosOfDistance(nearKm) < collector.dotBound(NO_TEXT_RANK) - EDGE) return;
    for (let i = 0; i < list.length; i++) {
      const dot = x[i]! * q.vx + y[i]! * q.vy + z[i]! * q.vz;
      if (dot < collector.dotBound(NO_TEXT_RANK) - EDGE) continue;
      if (!everyoneReaches && cosReach[i]! > farthest) {
        if (dot < cosReach[i]! - EDGE) continue;
        if (dot < cosReach[i]! + EDGE && !withinReach(q, slots[i]!)) continue;
      }
      collector.offer(slots[i]!, distanceTo(q, slots[i]!), NO_TEXT_RANK, dot);
    }
  }

  /**
   * Providers matching the text (from FTS5), checked one by one against the place and the filters;
   * ranked by relevance then distance, or (`byRelevance` false) by distance alone.
   */
  function collectText(q: Prepared, terms: string[], generation: number, byRelevance: boolean): void {
    const matches = text.match(toFtsPrefixQuery(terms), generation);
    if (matches.slots.length === 0) return;
    const ranker = byRelevance ? text.ranker(matches, terms, generation) : undefined;
    if (!q.remoteAccepted) {
      // Few providers around the victim and many matching the words everywhere (a common word,
      // a rural area): look the text up for the nearby ones rather than place every text match.
      const nearby = candidatesAround(q, Math.min(q.radiusKm, store.maxRadiusKm));
      let count = 0;
      for (const list of nearby) count += list.length;
      if (count * 2 < matches.slots.length) {
        collectTextNearby(q, matches, ranker, nearby);
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
      offerText(q, ranker, i, s, dot);
    }
  }

  /** Offers a counted text match: at its text rank, or by distance alone without a ranker. */
  function offerText(q: Prepared, ranker: Ranker | undefined, at: number, slot: number, dot: number): void {
    if (!ranker) {
      if (dot < collector.dotBound(NO_TEXT_RANK) - EDGE) return;
      collector.offer(slot, distanceTo(q, slot), NO_TEXT_RANK, dot);
      return;
    }
    const rank = rankAt(ranker, at, slot);
    if (rank > collector.rankBound()) return;
    collector.offer(slot, distanceTo(q, slot), rank, dot);
  }

  /** The text search from the nearby providers' side: each is looked up in the text matches. */
  function collectTextNearby(
    q: Prepared,
    matches: TextMatches,
    ranker: Ranker | undefined,
    nearby: ProviderList[],
  ): void {
    const positions = matchPositions(matches, store.capacity);
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
        offerText(q, ranker, at, s, dot);
      }
    }
  }

  /**
   * The cells that may hold providers within `reach` of the victim, each with its list of those
   * passing the filters and a lower bound of its distance, nearest first.
   */
  function cellsAround(
    q: Prepared,
    reach: number,
  ): Array<{ cell: ProviderLists; list: ProviderList; nearKm: number }> {
    if (!(reach >= 0)) return [];
    const box = boxAround(q.lat, q.lng, reach);
    const found: Array<{ cell: ProviderLists; list: ProviderList; nearKm: number }> = [];
    for (const cell of store.grid.cellsIn(box)) {
      const list = cell.listFor(q.wantServices, q.wantFlags);
      if (!list) continue;
      const nearKm = distanceToRectLowerBoundKm(q.lat, q.lng, cell);
      if (nearKm <= reach) found.push({ cell, list, nearKm });
    }
    return found.sort((a, b) => a.nearKm - b.nearKm);
  }

  /** Lists of the providers that may be within `reach` of the victim and pass the filters. */
  function candidatesAround(q: Prepared, reach: number): ProviderList[] {
    if (!(reach >= 0)) return [];
    const box = boxAround(q.lat, q.lng, reach);
    const lists: ProviderList[] = [];
    for (const cell of store.grid.cellsIn(box)) {
      const list = cell.listFor(q.wantServices, q.wantFlags);
      if (list && distanceToRectLowerBoundKm(q.lat, q.lng, cell) <= reach) lists.push(list);
    }
    return lists;
  }

  return search;
}

/** The dot product of the victim with the farthest corner of a cell (see ProviderLists.corners). */
function farthestDot(q: Prepared, corners: Float64Array): number {
  let min = 2;
  for (let k = 0; k < 12; k += 3) {
    const dot = corners[k]! * q.vx + corners[k + 1]! * q.vy + corners[k + 2]! * q.vz;
    if (dot < min) min = dot;
  }
  return min;
}
