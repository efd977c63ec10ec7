import type { IndexTables } from './index-tables.ts';
import { GenerationalLru } from './lru-cache.ts';
import type { ProviderStore } from './provider-store.ts';
import { BM25_WEIGHTS } from './schema.ts';
import { toFtsPrefixQuery } from './text.ts';

/**
 * The providers matching a text (slots, from FTS5) and their bm25 ranks, computed on first need:
 * a rank does not depend on the victim's position, so the next query with the same words elsewhere
 * reuses it. Both are valid for one generation.
 */
export type TextMatches = { slots: Int32Array; ranks: Float64Array; positions?: Int32Array };

/** Ranks text matches for one query; the bm25 statistics are gathered on first need. */
export type Ranker = {
  matches: TextMatches;
  terms: string[];
  rankOf: ((slot: number) => number) | undefined;
  /** Where the statistics come from, and for which state of the index. */
  text: TextIndex;
  generation: number;
};

const BM25_K1 = 1.2;
const BM25_B = 0.75;

/**
 * The text side of the embedded index: which providers match some words (FTS5) and how they rank
 * (bm25, computed here). Both are cached per generation of the in-memory state, since a write can
 * change either.
 */
export class TextIndex {
  private readonly matchCache = new GenerationalLru<TextMatches>(32);
  private readonly phraseCounts = new GenerationalLru<number>(256);

  constructor(
    private readonly store: ProviderStore,
    private readonly stmt: Pick<IndexTables['stmt'], 'matchText' | 'countText'>,
  ) {}

  /** The providers matching an FTS expression, cached per generation. */
  match(expression: string, generation: number): TextMatches {
    const cached = this.matchCache.get(expression, generation);
    if (cached) return cached;
    let ids: number[];
    try {
      ids = this.stmt.matchText.all(expression);
    } catch (error) {
      // Terms are quoted, so this is not expected; a victim's input must still never fail a search.
      if (error instanceof Error && error.message.startsWith('fts5:')) ids = [];
      else throw error;
    }
    const { slotById } = this.store;
    const slots = new Int32Array(ids.length);
    let n = 0;
    for (const id of ids) {
      const slot = slotById.get(id);
      if (slot !== undefined) slots[n++] = slot;
    }
    const matches = { slots: slots.subarray(0, n), ranks: new Float64Array(n).fill(Number.NaN) };
    this.matchCache.set(expression, generation, matches);
    return matches;
  }

  /** A ranker for one query; nothing is computed until a match needs its rank. */
  ranker(matches: TextMatches, terms: string[], generation: number): Ranker {
    return { matches, terms, rankOf: undefined, text: this, generation };
  }

  /**
   * bm25 exactly as FTS5 defines it (k1 = 1.2, b = 0.75, the column weights of BM25_WEIGHTS, a
   * term's frequency being the weighted count of the words it prefixes, the document length its
   * word count), negated like FTS5's so that lower ranks first. Computed here, for the matches in
   * the victim's area only, because FTS5 computes it for every match in France: 17 ms for a common
   * word at 100,000 providers.
   */
  bm25(terms: string[], matchCount: number, generation: number): (slot: number) => number {
    const store = this.store;
    const n = store.size;
    const averageLength = store.totalWords / n || 1;
    const idf = terms.map((term) => {
      const hits = terms.length === 1 ? matchCount : this.countPhrase(term, generation);
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

  /** How many providers a single term matches (the document frequency of bm25), cached. */
  private countPhrase(term: string, generation: number): number {
    const expression = toFtsPrefixQuery([term]);
    const cached = this.phraseCounts.get(expression, generation);
    if (cached !== undefined) return cached;
    const count = this.stmt.countText.get(expression) ?? 0;
    this.phraseCounts.set(expression, generation, count);
    return count;
  }
}

/**
 * The rank of the text match at position `at` (slot `slot`), computed on first need. A plain
 * function over the ranker, called once per candidate: a cached rank costs one array read.
 */
export function rankAt(ranker: Ranker, at: number, slot: number): number {
  const ranks = ranker.matches.ranks;
  let rank = ranks[at]!;
  if (Number.isNaN(rank)) {
    ranker.rankOf ??= ranker.text.bm25(ranker.terms, ranker.matches.slots.length, ranker.generation);
    rank = ranker.rankOf(slot);
    ranks[at] = rank;
  }
  return rank;
}

/**
 * Each match's position in `matches.slots`, indexed by slot (-1 for no match): lets the search look
 * a nearby provider up in the text matches. Built once and kept with the matches.
 */
export function matchPositions(matches: TextMatches, capacity: number): Int32Array {
  if (!matches.positions) {
    matches.positions = new Int32Array(capacity).fill(-1);
    for (let i = 0; i < matches.slots.length; i++) matches.positions[matches.slots[i]!] = i;
  }
  return matches.positions;
}
