/**
 * The stand-in's full-text matching: case- and diacritics-insensitive words, the last query word
 * matched as a prefix (unless the query ends with a separator), every other word matched exactly.
 * That is Meilisearch's behaviour with typo tolerance out of the picture: the stand-in never
 * tolerates typos, so a client must not depend on them.
 */

/** Lower case, without diacritics (`Réseau` → `reseau`). */
export const normalizeText = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** The words of a text, normalized; separators are anything but letters and digits. */
export const tokenize = (s: string) =>
  normalizeText(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export type QueryWord = { word: string; prefix: boolean };

/** The query's words; only the last may match as a prefix, and only if the query does not end there. */
export function parseQuery(q: string): QueryWord[] {
  const words = tokenize(q);
  const endsInWord = /[\p{L}\p{N}]$/u.test(normalizeText(q));
  return words.map((word, i) => ({ word, prefix: i === words.length - 1 && endsInWord }));
}

/** One searchable attribute's words, in document order. */
export type AttributeWords = { attribute: string; words: string[] };

/** Collects the words of a value (strings, numbers, booleans, nested arrays and objects). */
export function wordsOf(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return tokenize(value);
  if (typeof value === 'number' || typeof value === 'boolean') return tokenize(String(value));
  if (Array.isArray(value)) return value.flatMap(wordsOf);
  if (typeof value === 'object') return Object.values(value).flatMap(wordsOf);
  return [];
}

/** How a document matched one query word: in which attribute (rank), at which position, exactly or not. */
export type WordMatch = { attributeRank: number; position: number; exact: boolean };

export function matchWord(qw: QueryWord, attributes: AttributeWords[]): WordMatch | undefined {
  let best: WordMatch | undefined;
  // Best match: earliest attribute, then exact before prefix, then earliest position.
  const key = (m: WordMatch) => [m.attributeRank, m.exact ? 0 : 1, m.position] as const;
  const less = (a: WordMatch, b: WordMatch) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]!;
    return false;
  };
  attributes.forEach((attr, attributeRank) => {
    attr.words.forEach((w, position) => {
      const exact = w === qw.word;
      if (!exact && !(qw.prefix && w.startsWith(qw.word))) return;
      const candidate = { attributeRank, position, exact };
      if (!best || less(candidate, best)) best = candidate;
    });
  });
  return best;
}

export type MatchingStrategy = 'last' | 'all';

/** The result of matching a query against a document, as the ranking rules need it. */
export type TextMatch = {
  /** Number of query words matched (for `last`: the longest matched prefix of the query). */
  words: number;
  /** Sum of the ranks of the attributes the words matched in. */
  attribute: number;
  /** Sum of the positions of the matches within their attribute. */
  position: number;
  /** Number of words matched exactly rather than as a prefix. */
  exact: number;
};

/** Matches a query against a document's searchable words; undefined when the document does not match. */
export function matchQuery(
  query: QueryWord[],
  attributes: AttributeWords[],
  strategy: MatchingStrategy,
): TextMatch | undefined {
  const matches = query.map((qw) => matchWord(qw, attributes));
  let count = matches.length;
  if (strategy === 'all') {
    if (matches.some((m) => !m)) return undefined;
  } else {
    // `last` drops query words from the end until the rest all match.
    count = matches.findIndex((m) => !m);
    if (count === -1) count = matches.length;
    if (count === 0) return undefined;
  }
  const used = matches.slice(0, count) as WordMatch[];
  return {
    words: count,
    attribute: used.reduce((s, m) => s + m.attributeRank, 0),
    position: used.reduce((s, m) => s + m.position, 0),
    exact: used.filter((m) => m.exact).length,
  };
}
