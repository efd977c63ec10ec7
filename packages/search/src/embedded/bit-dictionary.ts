/**
 * Gives each distinct string (a service id, a public) one bit of a 32-bit mask, on first sight, so
 * filters become `(mask & wanted) === wanted`. Bits are never reused within a process; the
 * dictionary is rebuilt with the in-memory state.
 */
export class BitDictionary {
  private readonly bits = new Map<string, number>();
  private readonly names: string[] = [];
  private sorted: number[] = [];

  /** The bit of `name`, assigned if new. */
  bitOf(name: string): number {
    const known = this.bits.get(name);
    if (known !== undefined) return known;
    if (this.names.length >= 32)
      throw new RangeError(`More than 32 distinct values; "${name}" has no bit left.`);
    const bit = (1 << this.names.length) >>> 0;
    this.bits.set(name, bit);
    this.names.push(name);
    this.sorted = this.names.map((_, i) => i).sort((a, b) => (this.names[a]! < this.names[b]! ? -1 : 1));
    return bit;
  }

  /** The bit of `name`, or 0 when no stored value ever had it. */
  find(name: string): number {
    return this.bits.get(name) ?? 0;
  }

  /** The mask of several names, assigning bits to new ones. */
  maskOf(names: readonly string[]): number {
    let mask = 0;
    for (const name of names) mask = (mask | this.bitOf(name)) >>> 0;
    return mask;
  }

  /** Name of bit number `index` (0-based). */
  nameAt(index: number): string | undefined {
    return this.names[index];
  }

  /** Bit numbers in the code unit order of their names. */
  get bitsByName(): readonly number[] {
    return this.sorted;
  }

  get size(): number {
    return this.names.length;
  }
}
