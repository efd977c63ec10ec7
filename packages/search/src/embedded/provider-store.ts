import type { ProviderDoc } from '../types.ts';
import { BitDictionary } from './bit-dictionary.ts';
import { cosOfDistance, cosOfLatitude, unitVector } from './geo-math.ts';
import { type CellEntry, cellKeyOf, LABELLED, ProviderLists, REMOTE, SpatialGrid } from './spatial-grid.ts';
import { tokenizeText } from './text.ts';
import { Vocabulary } from './vocabulary.ts';

/**
 * The in-memory side of the embedded index. Each provider has a slot number (dense, reused after
 * removals) indexing typed arrays of its attributes, and a copy of its filter attributes in the
 * grid cell of its position (and in the remote list when it works remotely), so the search loop
 * reads numbers in memory order, never objects. Stored documents are frozen and returned as they
 * are in search hits.
 */
export class ProviderStore {
  ids = new Float64Array(0);
  lat = new Float64Array(0);
  lng = new Float64Array(0);
  cosLat = new Float64Array(0);
  x = new Float64Array(0);
  y = new Float64Array(0);
  z = new Float64Array(0);
  radiusKm = new Float64Array(0);
  cosReach = new Float64Array(0);
  services = new Uint32Array(0);
  publics = new Uint32Array(0);
  flags = new Uint8Array(0);
  docs: Array<ProviderDoc | undefined> = [];
  /**
   * Word ids of every provider's name, description and city, one after the other, in one pool
   * (one allocation, read in order): a provider's words are `wordCount` ids from `wordStart`.
   */
  wordPool = new Int32Array(4096);
  wordStart = new Uint32Array(0);
  wordCount = new Uint32Array(0);
  /** How many of a provider's words belong to its name, and to its name and description. */
  nameEnd = new Uint32Array(0);
  descriptionEnd = new Uint32Array(0);
  /** Sum of the word counts of every provider (the average document length of bm25). */
  totalWords = 0;

  readonly slotById = new Map<number, number>();
  readonly grid = new SpatialGrid();
  /** Providers working remotely: scanned in full when a query accepts remote help. */
  remote = new ProviderLists();
  readonly serviceBits = new BitDictionary();
  readonly publicBits = new BitDictionary();

  private cellKey = new Float64Array(0);
  /** One instance of each distinct word, shared by every provider using it. */
  readonly vocabulary = new Vocabulary();
  private readonly freeSlots: number[] = [];
  /** Number of slots the typed arrays hold. */
  capacity = 0;
  private poolUsed = 0;
  private wordGarbage = 0;
  private used = 0;
  private maxRadius = 0;
  private maxRadiusStale = false;

  get size(): number {
    return this.slotById.size;
  }

  /** The largest provider radius: no provider farther than this from a victim can match locally. */
  get maxRadiusKm(): number {
    if (this.maxRadiusStale) {
      let max = 0;
      for (const slot of this.slotById.values()) max = Math.max(max, this.radiusKm[slot]!);
      this.maxRadius = max;
      this.maxRadiusStale = false;
    }
    return this.maxRadius;
  }

  get(id: number): ProviderDoc | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.docs[slot];
  }

  /** Stores a (frozen) document, replacing the one with the same id; returns the replaced one. */
  put(doc: ProviderDoc): ProviderDoc | undefined {
    const previous = this.delete(doc.id);
    const slot = this.freeSlots.pop() ?? this.newSlot();
    const { lat, lng } = doc.location;
    const v = unitVector(lat, lng);
    const entry: CellEntry = {
      slot,
      ...v,
      cosReach: cosOfDistance(doc.radiusKm),
      services: this.serviceBits.maskOf(doc.services),
      publics: this.publicBits.maskOf(doc.publics),
      flags: (doc.label === 'expertcyber' ? LABELLED : 0) | (doc.remote ? REMOTE : 0),
    };
    this.ids[slot] = doc.id;
    this.lat[slot] = lat;
    this.lng[slot] = lng;
    this.cosLat[slot] = cosOfLatitude(lat);
    this.x[slot] = v.x;
    this.y[slot] = v.y;
    this.z[slot] = v.z;
    this.radiusKm[slot] = doc.radiusKm;
    this.cosReach[slot] = entry.cosReach;
    this.services[slot] = entry.services;
    this.publics[slot] = entry.publics;
    this.flags[slot] = entry.flags;
    this.docs[slot] = doc;
    this.indexWords(slot, doc);
    this.slotById.set(doc.id, slot);

    const key = cellKeyOf(lat, lng);
    this.cellKey[slot] = key;
    this.grid.cellFor(key).add(entry);
    if (doc.remote) this.remote.add(entry);
    if (doc.radiusKm > this.maxRadius) this.maxRadius = doc.radiusKm;
    return previous;
  }

  /** Forgets a provider; returns its document when it was there. */
  delete(id: number): ProviderDoc | undefined {
    const slot = this.slotById.get(id);
    if (slot === undefined) return undefined;
    const doc = this.docs[slot];
    const services = this.services[slot]!;
    const flags = this.flags[slot]!;
    this.grid.get(this.cellKey[slot]!)?.remove(slot, services, flags);
    if ((flags & REMOTE) !== 0) this.remote.remove(slot, services, flags);
    if (this.radiusKm[slot]! >= this.maxRadius) this.maxRadiusStale = true;
    this.totalWords -= this.wordCount[slot]!;
    this.wordGarbage += this.wordCount[slot]!;
    this.wordCount[slot] = 0;
    this.docs[slot] = undefined;
    this.slotById.delete(id);
    this.freeSlots.push(slot);
    return doc;
  }

  clear(): void {
    this.slotById.clear();
    this.grid.clear();
    this.remote = new ProviderLists();
    this.docs = [];
    this.poolUsed = 0;
    this.wordGarbage = 0;
    this.totalWords = 0;
    this.vocabulary.clear();
    this.freeSlots.length = 0;
    this.used = 0;
    this.maxRadius = 0;
    this.maxRadiusStale = false;
  }

  private indexWords(slot: number, doc: ProviderDoc): void {
    const name = tokenizeText(doc.name);
    const description = tokenizeText(doc.description);
    const city = tokenizeText(doc.city);
    const count = name.length + description.length + city.length;
    this.reserveWords(count);
    const pool = this.wordPool;
    const start = this.poolUsed;
    let n = start;
    for (const word of name) pool[n++] = this.vocabulary.idOf(word);
    this.nameEnd[slot] = n - start;
    for (const word of description) pool[n++] = this.vocabulary.idOf(word);
    this.descriptionEnd[slot] = n - start;
    for (const word of city) pool[n++] = this.vocabulary.idOf(word);
    this.wordStart[slot] = start;
    this.wordCount[slot] = count;
    this.poolUsed = n;
    this.totalWords += count;
  }

  /** Makes room for `count` more word ids, compacting away removed providers' words when they dominate. */
  private reserveWords(count: number): void {
    if (this.poolUsed + count <= this.wordPool.length) return;
    const live = this.poolUsed - this.wordGarbage;
    const next = new Int32Array(Math.max(4096, 2 * (live + count)));
    let n = 0;
    for (const slot of this.slotById.values()) {
      const start = this.wordStart[slot]!;
      const length = this.wordCount[slot]!;
      next.set(this.wordPool.subarray(start, start + length), n);
      this.wordStart[slot] = n;
      n += length;
    }
    this.wordPool = next;
    this.poolUsed = n;
    this.wordGarbage = 0;
  }

  private newSlot(): number {
    if (this.used === this.capacity) this.grow(Math.max(1024, this.capacity * 2));
    return this.used++;
  }

  private grow(capacity: number): void {
    const grow = <T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.ids = grow(this.ids, new Float64Array(capacity));
    this.lat = grow(this.lat, new Float64Array(capacity));
    this.lng = grow(this.lng, new Float64Array(capacity));
    this.cosLat = grow(this.cosLat, new Float64Array(capacity));
    this.x = grow(this.x, new Float64Array(capacity));
    this.y = grow(this.y, new Float64Array(capacity));
    this.z = grow(this.z, new Float64Array(capacity));
    this.radiusKm = grow(this.radiusKm, new Float64Array(capacity));
    this.cosReach = grow(this.cosReach, new Float64Array(capacity));
    this.services = grow(this.services, new Uint32Array(capacity));
    this.publics = grow(this.publics, new Uint32Array(capacity));
    this.flags = grow(this.flags, new Uint8Array(capacity));
    this.wordStart = grow(this.wordStart, new Uint32Array(capacity));
    this.wordCount = grow(this.wordCount, new Uint32Array(capacity));
    this.nameEnd = grow(this.nameEnd, new Uint32Array(capacity));
    this.descriptionEnd = grow(this.descriptionEnd, new Uint32Array(capacity));
    this.cellKey = grow(this.cellKey, new Float64Array(capacity));
    this.capacity = capacity;
  }
}
