import { type GeoBox, unitVector } from './geo-math.ts';

export const LABELLED = 1;
export const REMOTE = 2;

/** The attributes of one provider that the search loop reads, copied into a cell. */
export type CellEntry = {
  slot: number;
  x: number;
  y: number;
  z: number;
  cosReach: number;
  services: number;
  publics: number;
  flags: number;
};

/**
 * A list of providers stored column by column in typed arrays, so the search loop reads memory in
 * order. Removal moves the last entry into the hole.
 */
export class ProviderList {
  length = 0;
  slots = new Int32Array(8);
  /** Unit vector of the position: the dot product of two is the cosine of their angular distance. */
  x = new Float64Array(8);
  y = new Float64Array(8);
  z = new Float64Array(8);
  /** Cosine of the provider's radius as an angle: the victim is within it when dot >= cosReach. */
  cosReach = new Float64Array(8);
  services = new Uint32Array(8);
  publics = new Uint32Array(8);
  flags = new Uint8Array(8);
  /**
   * What the list adds to a result's total and facets when every entry matches: entries by bit of
   * `services` and of `publics`, and labelled entries.
   */
  readonly serviceCounts = new Int32Array(32);
  readonly publicCounts = new Int32Array(32);
  labelled = 0;
  /** At least the largest `cosReach` (the shortest radius) of the list; not lowered on removal. */
  maxCosReach = -2;

  /** Appends an entry; returns its position. */
  push(e: CellEntry): number {
    if (this.length === this.slots.length) this.grow();
    this.countEntry(e.services, e.publics, e.flags, 1);
    if (e.cosReach > this.maxCosReach) this.maxCosReach = e.cosReach;
    const i = this.length++;
    this.slots[i] = e.slot;
    this.x[i] = e.x;
    this.y[i] = e.y;
    this.z[i] = e.z;
    this.cosReach[i] = e.cosReach;
    this.services[i] = e.services;
    this.publics[i] = e.publics;
    this.flags[i] = e.flags;
    return i;
  }

  /** Removes the entry of a slot (a linear search: lists are short and removals rare). */
  remove(slot: number): void {
    const i = this.slots.subarray(0, this.length).indexOf(slot);
    if (i < 0) return;
    this.countEntry(this.services[i]!, this.publics[i]!, this.flags[i]!, -1);
    const last = --this.length;
    if (i === last) return;
    this.slots[i] = this.slots[last]!;
    this.x[i] = this.x[last]!;
    this.y[i] = this.y[last]!;
    this.z[i] = this.z[last]!;
    this.cosReach[i] = this.cosReach[last]!;
    this.services[i] = this.services[last]!;
    this.publics[i] = this.publics[last]!;
    this.flags[i] = this.flags[last]!;
  }

  private countEntry(services: number, publics: number, flags: number, delta: number): void {
    for (let rest = services >>> 0; rest !== 0; ) {
      const low = rest & -rest;
      this.serviceCounts[31 - Math.clz32(low)]! += delta;
      rest = (rest ^ low) >>> 0;
    }
    for (let rest = publics >>> 0; rest !== 0; ) {
      const low = rest & -rest;
      this.publicCounts[31 - Math.clz32(low)]! += delta;
      rest = (rest ^ low) >>> 0;
    }
    if ((flags & LABELLED) !== 0) this.labelled += delta;
  }

  private grow(): void {
    const n = this.slots.length * 2;
    const grow = <T extends Int32Array | Float64Array | Uint32Array | Uint8Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.slots = grow(this.slots, new Int32Array(n));
    this.x = grow(this.x, new Float64Array(n));
    this.y = grow(this.y, new Float64Array(n));
    this.z = grow(this.z, new Float64Array(n));
    this.cosReach = grow(this.cosReach, new Float64Array(n));
    this.services = grow(this.services, new Uint32Array(n));
    this.publics = grow(this.publics, new Uint32Array(n));
    this.flags = grow(this.flags, new Uint8Array(n));
  }
}

/** Index of the list of labelled providers in `ProviderLists.byKey` (0-31 are service bits). */
const LABELLED_KEY = 32;

/**
 * The providers of one grid cell (or every remote provider): all of them, and the same entries
 * again per service and for the labelled ones, so a query for one service reads only the
 * providers offering it (a quarter of them) instead of filtering them all.
 */
export class ProviderLists {
  readonly all = new ProviderList();
  private readonly byKey: Array<ProviderList | undefined> = [];

  constructor(
    readonly minLat = -90,
    readonly maxLat = 90,
    readonly minLng = -180,
    readonly maxLng = 180,
  ) {}

  add(e: CellEntry): void {
    this.all.push(e);
    this.forEachKey(e.services, e.flags, (key) => {
      let list = this.byKey[key];
      if (!list) {
        list = new ProviderList();
        this.byKey[key] = list;
      }
      list.push(e);
    });
  }

  /** Removes a slot, given the services and flags it was added with. */
  remove(slot: number, services: number, flags: number): void {
    this.all.remove(slot);
    this.forEachKey(services, flags, (key) => this.byKey[key]?.remove(slot));
  }

  get length(): number {
    return this.all.length;
  }

  private cornerVectors: Float64Array | undefined;
  /** Unit vectors (x, y, z) of the four corners: the farthest point of the cell from any place is one. */
  get corners(): Float64Array {
    if (!this.cornerVectors) {
      const v = new Float64Array(12);
      let k = 0;
      for (const lat of [this.minLat, this.maxLat]) {
        for (const lng of [this.minLng, this.maxLng]) {
          const u = unitVector(lat, lng);
          v[k++] = u.x;
          v[k++] = u.y;
          v[k++] = u.z;
        }
      }
      this.cornerVectors = v;
    }
    return this.cornerVectors;
  }

  /**
   * The shortest list that holds every provider having all `services` and `flags` (LABELLED),
   * or undefined when no provider here can have them.
   */
  listFor(services: number, flags: number): ProviderList | undefined {
    let best = this.all;
    let rest = services >>> 0;
    while (rest !== 0) {
      const low = rest & -rest;
      const list = this.byKey[31 - Math.clz32(low)];
      if (!list || list.length === 0) return undefined;
      if (list.length < best.length) best = list;
      rest = (rest ^ low) >>> 0;
    }
    if ((flags & LABELLED) !== 0) {
      const list = this.byKey[LABELLED_KEY];
      if (!list || list.length === 0) return undefined;
      if (list.length < best.length) best = list;
    }
    return best;
  }

  private forEachKey(services: number, flags: number, f: (key: number) => void): void {
    let rest = services >>> 0;
    while (rest !== 0) {
      const low = rest & -rest;
      f(31 - Math.clz32(low));
      rest = (rest ^ low) >>> 0;
    }
    if ((flags & LABELLED) !== 0) f(LABELLED_KEY);
  }
}

/** Cell size in degrees: a 30 km query touches about 7 x 10 cells in metropolitan France. */
const CELL_DEGREES = 0.1;
const LNG_CELLS = Math.ceil(360 / CELL_DEGREES) + 1;

const latCell = (lat: number) => Math.floor((lat + 90) / CELL_DEGREES);
const lngCell = (lng: number) => Math.floor((lng + 180) / CELL_DEGREES);

/** The key of the cell holding a position. */
export const cellKeyOf = (lat: number, lng: number) => latCell(lat) * LNG_CELLS + lngCell(lng);

/**
 * A uniform latitude/longitude grid of provider lists, kept in memory: listing the cells under a
 * 30 km box costs microseconds where an R*Tree query through SQLite costs about 0.4 ms (STACK.md),
 * and a cell is read as a few contiguous arrays.
 */
export class SpatialGrid {
  private readonly cells = new Map<number, ProviderLists>();

  /** The cell with this key, created when absent. */
  cellFor(key: number): ProviderLists {
    let cell = this.cells.get(key);
    if (!cell) {
      const la = Math.floor(key / LNG_CELLS);
      const ln = key - la * LNG_CELLS;
      const minLat = la * CELL_DEGREES - 90;
      const minLng = ln * CELL_DEGREES - 180;
      cell = new ProviderLists(minLat, minLat + CELL_DEGREES, minLng, minLng + CELL_DEGREES);
      this.cells.set(key, cell);
    }
    return cell;
  }

  get(key: number): ProviderLists | undefined {
    return this.cells.get(key);
  }

  clear(): void {
    this.cells.clear();
  }

  /** The non-empty cells overlapping a box: a superset of the providers inside it. */
  cellsIn(box: GeoBox): ProviderLists[] {
    const out: ProviderLists[] = [];
    const lat0 = latCell(box.minLat);
    const lat1 = latCell(box.maxLat);
    for (const [minLng, maxLng] of box.lngRanges) {
      const lng0 = lngCell(minLng);
      const lng1 = lngCell(maxLng);
      for (let la = lat0; la <= lat1; la++) {
        const row = la * LNG_CELLS;
        for (let ln = lng0; ln <= lng1; ln++) {
          const cell = this.cells.get(row + ln);
          if (cell && cell.length > 0) out.push(cell);
        }
      }
    }
    return out;
  }
}
