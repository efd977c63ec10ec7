/**
 * The communes as the builder works on them: mutable records that each step completes (postcodes,
 * EPCI, point), plus the former codes and names that let other sources find a current commune, and
 * which communes each postcode serves.
 */
import { placeNameKey } from '../src/normalize.ts';
import type { CodePostal, DecoupageCommune, Epci } from './sources.ts';

/** Uninhabited territories without usable postcodes: the TAAF (984) and Clipperton (989). */
const EXCLUDED_DEPARTEMENTS = new Set(['984', '989']);

export type Point = { lat: number; lng: number };

type CoordinateSource =
  | 'geonames-code'
  | 'geonames-former-code'
  | 'geonames-name'
  | 'box-centre'
  | 'fallback-parent'
  | 'fallback-postcode'
  | 'fallback-epci'
  | 'fallback-arrondissement'
  | 'fallback-departement';

export type WorkCommune = {
  code: string;
  name: string;
  key: string;
  departement: string;
  zone: string;
  arrondissement: string;
  parent: string;
  population?: number;
  postcodes: Set<string>;
  epci?: string;
  /** Names that a GeoNames point of this commune may carry: its own and its seat's. */
  ownKeys: Set<string>;
  point?: Point;
  source?: CoordinateSource;
  /** The commune's bounding box `[west, south, east, north]` and its centre, when the box package has one. */
  box?: readonly [number, number, number, number];
  boxCentre?: Point;
};

/** The three tiers of position, best first: a GeoNames point, a bounding-box centre, an estimate. */
export type PositionTier = 'point' | 'box' | 'estimate';

export function tierOf(c: WorkCommune): PositionTier {
  if (c.source!.startsWith('geonames')) return 'point';
  return c.source === 'box-centre' ? 'box' : 'estimate';
}

type ResolvedCode = { code: string; former: boolean };

export type CommuneRegistry = {
  communes: Map<string, WorkCommune>;
  /** Other names of a commune (former communes merged into it), by its code. */
  aliases: Map<string, Set<string>>;
  addAlias(code: string, name: string): void;
  /** The current commune of a code, which may be a former one. */
  resolveCode(code: string): ResolvedCode | undefined;
};

/** Current communes and the arrondissements of Paris, Lyon and Marseille, with their former codes and names. */
export function collectCommunes(rawCommunes: readonly DecoupageCommune[]): CommuneRegistry {
  const communes = new Map<string, WorkCommune>();
  for (const c of rawCommunes) {
    if (c.type !== 'commune-actuelle' && c.type !== 'arrondissement-municipal') continue;
    if (EXCLUDED_DEPARTEMENTS.has(c.departement)) continue;
    const key = placeNameKey(c.nom);
    communes.set(c.code, {
      code: c.code,
      name: c.nom,
      key,
      departement: c.departement,
      zone: c.zone,
      arrondissement: c.arrondissement ?? '',
      parent: c.type === 'arrondissement-municipal' ? (c.commune ?? '') : '',
      population: c.population,
      postcodes: new Set(c.codesPostaux ?? []),
      ownKeys: new Set([key]),
    });
  }

  // Former communes (merged, delegated, associated) point to the commune they belong to now.
  const currentCodeOf = new Map<string, string>();
  const aliases = new Map<string, Set<string>>();
  const addAlias = (code: string, name: string) => {
    const commune = communes.get(code);
    if (!commune || placeNameKey(name) === commune.key) return;
    entryOf(aliases, code, () => new Set<string>()).add(name);
  };
  for (const c of rawCommunes) {
    if (c.type === 'commune-deleguee' || c.type === 'commune-associee') {
      if (c.chefLieu && communes.has(c.chefLieu)) {
        if (!communes.has(c.code)) currentCodeOf.set(c.code, c.chefLieu);
        addAlias(c.chefLieu, c.nom);
        // The delegated commune that keeps the code is the seat: GeoNames may name the point after it.
        if (c.code === c.chefLieu) communes.get(c.code)!.ownKeys.add(placeNameKey(c.nom));
      }
    }
    for (const old of c.anciensCodes ?? []) {
      if (!communes.has(old) && communes.has(c.code)) currentCodeOf.set(old, c.code);
    }
  }
  const resolveCode = (code: string): ResolvedCode | undefined => {
    if (communes.has(code)) return { code, former: false };
    const current = currentCodeOf.get(code);
    return current ? { code: current, former: true } : undefined;
  };
  return { communes, aliases, addAlias, resolveCode };
}

/** Each commune's EPCI, one of the groups coordinates are estimated from. */
export function assignEpci(communes: Map<string, WorkCommune>, epci: readonly Epci[]): void {
  for (const e of epci) {
    for (const m of e.membres) {
      const c = communes.get(m.code);
      if (c) c.epci = e.code;
    }
  }
}

// Which communes each postcode serves: the lookup the portal's postcode search relies on.

export type PostcodeIndex = {
  /** Postcode -> codes of the communes it serves. */
  postcodeMap: Map<string, Set<string>>;
  /** The postcodes decoupage-administratif knows, before codes-postaux adds its own. */
  postcodesFromDecoupage: Set<string>;
};

/** decoupage-administratif's postcodes, completed by codes-postaux, and the postcode -> communes map. */
export function assignPostcodes(
  registry: CommuneRegistry,
  codesPostaux: readonly CodePostal[],
): PostcodeIndex {
  const { communes, addAlias, resolveCode } = registry;
  const postcodesFromDecoupage = new Set<string>();
  for (const c of communes.values()) for (const p of c.postcodes) postcodesFromDecoupage.add(p);
  // codes-postaux comes from a DGFiP file no longer updated since 2023, with odd pairs (Lecci, in
  // 20137, also listed in Ajaccio's 20000): it only adds postcodes that decoupage-administratif lacks.
  for (const entry of codesPostaux) {
    const resolved = resolveCode(entry.codeCommune);
    if (!resolved) continue;
    if (resolved.former) addAlias(resolved.code, entry.nomCommune);
    if (postcodesFromDecoupage.has(entry.codePostal)) continue;
    communes.get(resolved.code)!.postcodes.add(entry.codePostal);
  }
  const postcodeMap = new Map<string, Set<string>>();
  for (const c of communes.values()) {
    for (const p of c.postcodes) {
      entryOf(postcodeMap, p, () => new Set<string>()).add(c.code);
    }
  }
  // In Paris, Lyon and Marseille a postcode belongs to an arrondissement: drop the whole city there.
  for (const set of postcodeMap.values()) {
    for (const code of set) {
      const parent = communes.get(code)!.parent;
      if (parent) set.delete(parent);
    }
  }
  return { postcodeMap, postcodesFromDecoupage };
}

/** The value under `key`, created by `make` the first time: the builder groups by key everywhere. */
export function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
