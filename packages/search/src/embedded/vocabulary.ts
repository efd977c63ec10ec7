import { GenerationalLru } from './lru-cache.ts';

/**
 * Numbers every distinct folded word of the indexed providers, so a provider's text is an array of
 * word ids and "does this term prefix that word" is one byte lookup. Ids are never reused (the
 * vocabulary only grows until it is cleared), so the answer for a term stays valid as words are
 * added; it is extended to the new words when asked again.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private epoch = 0;
  private readonly prefixed = new GenerationalLru<{ flags: Uint8Array; checked: number }>(64);

  /** The id of a word, assigned if new. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  /** One byte per word id: 1 when the word starts with `term`. */
  wordsStartingWith(term: string): Uint8Array {
    const n = this.words.length;
    let entry = this.prefixed.get(term, this.epoch);
    if (entry && entry.checked === n) return entry.flags;
    const flags = entry && entry.flags.length >= n ? entry.flags : new Uint8Array(Math.max(16, n * 2));
    if (entry && flags !== entry.flags) flags.set(entry.flags);
    for (let id = entry?.checked ?? 0; id < n; id++) flags[id] = this.words[id]!.startsWith(term) ? 1 : 0;
    entry = { flags, checked: n };
    this.prefixed.set(term, this.epoch, entry);
    return flags;
  }

  clear(): void {
    this.ids.clear();
    this.words.length = 0;
    this.epoch++;
  }
}
