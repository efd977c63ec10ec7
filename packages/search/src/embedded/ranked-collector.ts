import type { Facets } from '../types.ts';
import type { BitDictionary } from './bit-dictionary.ts';
import type { ProviderStore } from './provider-store.ts';
import type { ProviderList } from './spatial-grid.ts';

/** Non-zero counts by name, names in code unit order (a stable JSON output). */
function namedCounts(counts: Int32Array, bits: BitDictionary): Record<string, number> {
  const named: Record<string, number> = {};
  for (const i of bits.bitsByName) {
    if (counts[i]! > 0) named[bits.nameAt(i)!] = counts[i]!;
  }
  return named;
}

/**
 * Collects the matches of one query: counts every match into the total and the facets, and keeps
 * only the best `keep` of them (page x pageSize) in a bounded max-heap, so a query with thousands of
 * matches never sorts them all. Order: text rank (lower is better; 0 without text), then distance,
 * then name, then id. Buffers are reused from one query to the next (search is synchronous).
 */
export class RankedCollector {
  total = 0;
  private keep = 0;
  private size = 0;
  private heapSlot = new Int32Array(64);
  private heapDist = new Float64Array(64);
  private heapRank = new Float64Array(64);
  private heapDot = new Float64Array(64);
  private readonly serviceCounts = new Int32Array(32);
  private readonly publicCounts = new Int32Array(32);
  private labelled = 0;

  constructor(private readonly store: ProviderStore) {}

  /** Starts a new query that keeps the best `keep` matches. */
  reset(keep: number): void {
    this.total = 0;
    this.keep = keep;
    this.size = 0;
    this.labelled = 0;
    this.serviceCounts.fill(0);
    this.publicCounts.fill(0);
    if (this.heapSlot.length < keep) {
      const n = Math.max(keep, this.heapSlot.length * 2);
      this.heapSlot = new Int32Array(n);
      this.heapDist = new Float64Array(n);
      this.heapRank = new Float64Array(n);
      this.heapDot = new Float64Array(n);
    }
  }

  /** Counts a match (its service and public masks, whether labelled) into the total and the facets. */
  count(services: number, publics: number, labelled: boolean): void {
    this.total++;
    while (services !== 0) {
      const low = services & -services;
      this.serviceCounts[31 - Math.clz32(low)]!++;
      services = (services ^ low) >>> 0;
    }
    while (publics !== 0) {
      const low = publics & -publics;
      this.publicCounts[31 - Math.clz32(low)]!++;
      publics = (publics ^ low) >>> 0;
    }
    if (labelled) this.labelled++;
  }

  /** Takes back a match counted with `countList` that turned out not to match. */
  uncount(services: number, publics: number, labelled: boolean): void {
    this.total--;
    while (services !== 0) {
      const low = services & -services;
      this.serviceCounts[31 - Math.clz32(low)]!--;
      services = (services ^ low) >>> 0;
    }
    while (publics !== 0) {
      const low = publics & -publics;
      this.publicCounts[31 - Math.clz32(low)]!--;
      publics = (publics ^ low) >>> 0;
    }
    if (labelled) this.labelled--;
  }

  /** Counts every entry of a list as a match, from the list's own counts. */
  countList(list: ProviderList): void {
    this.total += list.length;
    for (let b = 0; b < 32; b++) {
      this.serviceCounts[b]! += list.serviceCounts[b]!;
      this.publicCounts[b]! += list.publicCounts[b]!;
    }
    this.labelled += list.labelled;
  }

  /**
   * The smallest position dot product (see ProviderList) a match of text rank `rank` needs to
   * enter the kept set: a caller skips the exact distance of a match below it, less a rounding
   * margin. -2 (anything enters) until the set is full.
   */
  dotBound(rank: number): number {
    if (this.size < this.keep) return -2;
    const worstRank = this.heapRank[0]!;
    if (rank < worstRank) return -2;
    if (rank > worstRank) return 2;
    return this.heapDot[0]!;
  }

  /** The text rank a match needs to enter the kept set, whatever its distance (+Infinity until full). */
  rankBound(): number {
    return this.size < this.keep ? Number.POSITIVE_INFINITY : this.heapRank[0]!;
  }

  /** Offers a counted match for the kept set; `dot` is its position dot product with the victim. */
  offer(slot: number, distanceKm: number, rank: number, dot: number): void {
    if (this.keep === 0) return;
    let i: number;
    if (this.size < this.keep) {
      // sift up: the root holds the worst kept match
      i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.compareAt(parent, slot, distanceKm, rank) > 0) break;
        this.move(parent, i);
        i = parent;
      }
    } else {
      if (this.compareAt(0, slot, distanceKm, rank) < 0) return;
      // replace the root and sift down
      i = 0;
      const n = this.size;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        const worst =
          right < n &&
          this.compareAt(right, this.heapSlot[left]!, this.heapDist[left]!, this.heapRank[left]!) > 0
            ? right
            : left;
        if (this.compareAt(worst, slot, distanceKm, rank) < 0) break;
        this.move(worst, i);
        i = worst;
      }
    }
    this.heapSlot[i] = slot;
    this.heapDist[i] = distanceKm;
    this.heapRank[i] = rank;
    this.heapDot[i] = dot;
  }

  /** The kept matches in order. */
  sorted(): Array<{ slot: number; distanceKm: number }> {
    const entries: Array<{ slot: number; distanceKm: number; rank: number }> = [];
    for (let i = 0; i < this.size; i++) {
      entries.push({ slot: this.heapSlot[i]!, distanceKm: this.heapDist[i]!, rank: this.heapRank[i]! });
    }
    entries.sort((a, b) => this.compare(a.slot, a.distanceKm, a.rank, b.slot, b.distanceKm, b.rank));
    return entries;
  }

  facets(): Facets {
    return {
      services: namedCounts(this.serviceCounts, this.store.serviceBits) as Facets['services'],
      publics: namedCounts(this.publicCounts, this.store.publicBits) as Facets['publics'],
      label: { expertcyber: this.labelled, none: this.total - this.labelled },
    };
  }

  private move(from: number, to: number): void {
    this.heapSlot[to] = this.heapSlot[from]!;
    this.heapDist[to] = this.heapDist[from]!;
    this.heapRank[to] = this.heapRank[from]!;
    this.heapDot[to] = this.heapDot[from]!;
  }

  /** Compares kept entry `at` with a match: negative when the entry sorts first. */
  private compareAt(at: number, slot: number, distanceKm: number, rank: number): number {
    return this.compare(this.heapSlot[at]!, this.heapDist[at]!, this.heapRank[at]!, slot, distanceKm, rank);
  }

  private compare(
    aSlot: number,
    aDist: number,
    aRank: number,
    bSlot: number,
    bDist: number,
    bRank: number,
  ): number {
    if (aRank !== bRank) return aRank < bRank ? -1 : 1;
    if (aDist !== bDist) return aDist < bDist ? -1 : 1;
    if (aSlot === bSlot) return 0;
    const store = this.store;
    const aName = store.docs[aSlot]!.name;
    const bName = store.docs[bSlot]!.name;
    if (aName !== bName) return aName < bName ? -1 : 1;
    return store.ids[aSlot]! < store.ids[bSlot]! ? -1 : 1;
  }
}
