/**
 * `@etalab/decoupage-administratif`: the official list of communes (INSEE code, name, département,
 * arrondissement, population, postcodes, former codes) and of EPCI with their member communes. The
 * backbone of the gazetteer, but without coordinates.
 */
import { z } from 'zod';
import { INSEE_CODE, POSTCODE, readJson } from './data-package.ts';

export const DECOUPAGE_PACKAGE = '@etalab/decoupage-administratif';

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

export function readDecoupageCommunes(): DecoupageCommune[] {
  return z.array(decoupageCommuneSchema).parse(readJson(`${DECOUPAGE_PACKAGE}/data/communes.json`));
}

export function readEpci(): Epci[] {
  return z.array(epciSchema).parse(readJson(`${DECOUPAGE_PACKAGE}/data/epci.json`));
}
