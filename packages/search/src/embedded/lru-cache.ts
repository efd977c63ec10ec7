/**
 * A small least-recently-used cache whose entries belong to a generation: an entry from an older
 * generation is a miss. The owner bumps the generation on every write instead of walking the cache.
 */
export class GenerationalLru<V> {
  private readonly entries = new Map<string, { generation: number; value: V }>();

  constructor(private readonly capacity: number) {}

  get(key: string, generation: number): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.generation !== generation) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, generation: number, value: V): void {
    if (this.capacity <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { generation, value });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
