/**
 * Gives communes their real point from GeoNames: by INSEE code when the point carries one, else by
 * name within the département. Several points may land on one commune (a town and its hamlets): the
 * one that best stands for the commune wins.
 */
import { normalizePlaceName, placeNameKey } from '../src/normalize.ts';
import { INSEE_CODE } from './data-package.ts';
import { entryOf } from './map-entry.ts';
import { GEONAMES_COUNTRIES, type GeonamesCity, SINGLE_COMMUNE_COUNTRIES } from './source-geonames.ts';
import type { CommuneRegistry, WorkCommune } from './work-communes.ts';

// Seats before plain places: the point of a capital or prefecture is the town centre.
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

type Candidate = { city: GeonamesCity; via: 'code' | 'former-code' | 'name' };

export type GeonamesMatch = {
  /** GeoNames points matched to a commune (several may match the same one). */
  matched: number;
  communesWithPoint: number;
};

function departementOfMuni(muni: string | null | undefined): string | undefined {
  if (!muni) return undefined;
  return muni.startsWith('97') || muni.startsWith('98') ? muni.slice(0, 3) : muni.slice(0, 2);
}

/** `Le Mont-Dore` and GeoNames' `Mont-Dore` meet on `montdore`. */
function keyWithoutArticle(name: string): string {
  return placeNameKey(normalizePlaceName(name).replace(/^(?:le|la|les|l) /, ''));
}

/** Sets `point` and `source` on every commune some GeoNames point matches. */
export function placeGeonamesPoints(
  registry: CommuneRegistry,
  cities: readonly GeonamesCity[],
): GeonamesMatch {
  const { communes, aliases, resolveCode } = registry;
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
  return { matched, communesWithPoint: candidates.size };
}
