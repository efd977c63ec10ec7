import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { COORDINATE_SCALE, GAZETTEER_FORMAT, type GazetteerFile } from './gazetteer-file.ts';
import { placeNameKey } from './normalize.ts';

/** A commune, or one of the arrondissements of Paris, Lyon and Marseille (then `parent` is the city's code). */
export type Commune = {
  /** INSEE code (`42218`, `2A004`, `97411`). */
  code: string;
  name: string;
  /** Département or collectivité code (`42`, `2A`, `974`, `975`). */
  departement: string;
  postcodes: string[];
  population?: number;
  lat: number;
  lng: number;
  /** True when the coordinates are an estimate from nearby communes rather than a point of the commune. */
  approximate: boolean;
  parent?: string;
};

export type CommuneMatch = { commune: Commune; match: 'exact' | 'prefix' | 'contains' };

export type Gazetteer = {
  /** Every commune and arrondissement, sorted by INSEE code. */
  readonly communes: readonly Commune[];
  /** Every known postcode, sorted. */
  readonly postcodes: readonly string[];
  /** Data packages and versions the gazetteer was built from. */
  readonly sources: Readonly<Record<string, string>>;
  /** Communes served by a postcode, most populous first; in Paris, Lyon and Marseille, the arrondissement. */
  byPostcode(postcode: string): Commune[];
  /** The commune with this INSEE code. */
  byCode(code: string): Commune | undefined;
  /** Communes of a département (`75`, `2A`, `974`), most populous first. */
  byDepartement(departement: string): Commune[];
  /** Communes with a postcode starting with `prefix`, most populous first. */
  byPostcodePrefix(prefix: string, limit?: number): Commune[];
  /** Communes whose name matches: exact names first, then prefixes, then substrings; larger first. */
  searchCommunes(query: string, limit?: number): Commune[];
  /** Like `searchCommunes`, telling how each commune matched. */
  matchCommunes(query: string, limit?: number): CommuneMatch[];
};

/** Thrown when the built gazetteer file is missing or unreadable. */
export class GazetteerNotBuiltError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`Gazetteer data ${reason} at ${path}. Build it with \`pnpm --filter @vigie/geo build\`.`);
    this.name = 'GazetteerNotBuiltError';
  }
}

/** Where `pnpm --filter @vigie/geo build` writes the gazetteer. */
export const DEFAULT_GAZETTEER_PATH = fileURLToPath(new URL('../data/gazetteer.json.gz', import.meta.url));

const loaded = new Map<string, Gazetteer>();

/**
 * Loads the built gazetteer (synchronously, on first call for a path; later calls share it).
 * Throws `GazetteerNotBuiltError` when the file has not been built.
 */
export function loadGazetteer(path: string = DEFAULT_GAZETTEER_PATH): Gazetteer {
  const absolute = resolve(path);
  const cached = loaded.get(absolute);
  if (cached) return cached;
  if (!existsSync(absolute)) throw new GazetteerNotBuiltError(absolute, 'not found');
  let file: GazetteerFile;
  try {
    file = JSON.parse(gunzipSync(readFileSync(absolute)).toString('utf8')) as GazetteerFile;
  } catch (error) {
    throw new GazetteerNotBuiltError(absolute, `unreadable (${(error as Error).message})`);
  }
  if (file.format !== GAZETTEER_FORMAT) {
    throw new GazetteerNotBuiltError(absolute, `in format ${String(file.format)}, not ${GAZETTEER_FORMAT},`);
  }
  const gazetteer = createGazetteer(file);
  loaded.set(absolute, gazetteer);
  return gazetteer;
}

type NameEntry = { key: string; index: number; population: number };

const PREFIX_INDEX_LENGTH = 3;
const DEFAULT_LIMIT = 10;

const byPopulation = (a: Commune, b: Commune) =>
  (b.population ?? -1) - (a.population ?? -1) ||
  a.name.localeCompare(b.name, 'fr') ||
  (a.code < b.code ? -1 : 1);

/** Builds a gazetteer over already-read data (the content of `data/gazetteer.json.gz`). */
export function createGazetteer(file: GazetteerFile): Gazetteer {
  const columns = file.communes;
  const count = columns.code.length;
  for (const [name, column] of Object.entries(columns)) {
    if (column.length !== count)
      throw new Error(`Gazetteer column ${name} has ${column.length} entries, not ${count}`);
  }

  const communes: Commune[] = new Array(count);
  const codeIndex = new Map<string, Commune>();
  const departementIndex = new Map<string, Commune[]>();
  for (let i = 0; i < count; i++) {
    const population = columns.population[i]!;
    const parent = columns.parent[i]!;
    const postcodes = columns.postcodes[i]!;
    const commune: Commune = {
      code: columns.code[i]!,
      name: columns.name[i]!,
      departement: columns.departement[i]!,
      postcodes: postcodes === '' ? [] : postcodes.split(' '),
      ...(population >= 0 ? { population } : {}),
      lat: columns.lat[i]! / COORDINATE_SCALE,
      lng: columns.lng[i]! / COORDINATE_SCALE,
      approximate: columns.approximate[i] === 1,
      ...(parent ? { parent } : {}),
    };
    Object.freeze(commune.postcodes);
    communes[i] = Object.freeze(commune);
    codeIndex.set(commune.code, commune);
    const list = departementIndex.get(commune.departement);
    if (list) list.push(commune);
    else departementIndex.set(commune.departement, [commune]);
  }
  for (const list of departementIndex.values()) list.sort(byPopulation);

  const postcodeIndex = new Map<string, Commune[]>();
  for (const [postcode, indexes] of Object.entries(file.postcodes)) {
    postcodeIndex.set(postcode, indexes.map((i) => communes[i]!).sort(byPopulation));
  }
  const sortedPostcodes = Object.freeze([...postcodeIndex.keys()].sort());

  // The name index is built on the first search: postcode lookups do not pay for it.
  let names:
    | { exact: Map<string, NameEntry[]>; prefix: Map<string, NameEntry[]>; all: NameEntry[] }
    | undefined;
  const nameIndex = () => {
    if (names) return names;
    const all: NameEntry[] = [];
    const add = (index: number, name: string) =>
      all.push({ key: placeNameKey(name), index, population: communes[index]!.population ?? -1 });
    for (let i = 0; i < count; i++) add(i, communes[i]!.name);
    for (const [index, alias] of file.aliases) add(index, alias);
    all.sort((a, b) => b.population - a.population || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const exact = new Map<string, NameEntry[]>();
    const prefix = new Map<string, NameEntry[]>();
    const push = (map: Map<string, NameEntry[]>, key: string, entry: NameEntry) => {
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    };
    for (const entry of all) {
      push(exact, entry.key, entry);
      for (let n = 1; n <= Math.min(PREFIX_INDEX_LENGTH, entry.key.length); n++)
        push(prefix, entry.key.slice(0, n), entry);
    }
    names = { exact, prefix, all };
    return names;
  };

  const matchCommunes = (query: string, limit = DEFAULT_LIMIT): CommuneMatch[] => {
    const key = placeNameKey(query);
    if (key === '' || limit <= 0) return [];
    const index = nameIndex();
    const seen = new Set<number>();
    const results: CommuneMatch[] = [];
    const take = (
      entries: Iterable<NameEntry>,
      match: CommuneMatch['match'],
      accept: (e: NameEntry) => boolean,
    ) => {
      for (const entry of entries) {
        if (results.length >= limit) return;
        if (seen.has(entry.index) || !accept(entry)) continue;
        seen.add(entry.index);
        results.push({ commune: communes[entry.index]!, match });
      }
    };
    // Entries are sorted by population, so each tier comes out largest first.
    take(index.exact.get(key) ?? [], 'exact', () => true);
    take(index.prefix.get(key.slice(0, PREFIX_INDEX_LENGTH)) ?? [], 'prefix', (e) => e.key.startsWith(key));
    if (key.length >= 3) take(index.all, 'contains', (e) => e.key.includes(key));
    return results;
  };

  return {
    communes,
    postcodes: sortedPostcodes,
    sources: Object.freeze({ ...file.sources }),
    byPostcode: (postcode) => [...(postcodeIndex.get(postcode.trim()) ?? [])],
    byCode: (code) => codeIndex.get(code.trim().toUpperCase()),
    byDepartement: (departement) => [...(departementIndex.get(departement.trim().toUpperCase()) ?? [])],
    byPostcodePrefix: (prefix, limit = DEFAULT_LIMIT) => {
      if (!/^\d{1,5}$/.test(prefix)) return [];
      const found = new Set<Commune>();
      // Binary search for the first postcode at or after the prefix, then walk while it matches.
      let low = 0;
      let high = sortedPostcodes.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (sortedPostcodes[mid]! < prefix) low = mid + 1;
        else high = mid;
      }
      for (let i = low; i < sortedPostcodes.length && sortedPostcodes[i]!.startsWith(prefix); i++) {
        for (const commune of postcodeIndex.get(sortedPostcodes[i]!)!) found.add(commune);
      }
      return [...found].sort(byPopulation).slice(0, Math.max(0, limit));
    },
    searchCommunes: (query, limit) => matchCommunes(query, limit).map((m) => m.commune),
    matchCommunes,
  };
}
