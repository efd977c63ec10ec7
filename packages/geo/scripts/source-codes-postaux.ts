/**
 * `codes-postaux`: postcode -> commune pairs, which add postcodes and pairs that
 * decoupage-administratif lacks (see `assignPostcodes` for why it only ever adds).
 */
import { z } from 'zod';
import { INSEE_CODE, POSTCODE, readJson } from './data-package.ts';

export const CODES_POSTAUX_PACKAGE = 'codes-postaux';

const codePostalSchema = z.object({
  codePostal: z.string().regex(POSTCODE),
  codeCommune: z.string().regex(INSEE_CODE),
  nomCommune: z.string(),
});
export type CodePostal = z.infer<typeof codePostalSchema>;

export function readCodesPostaux(): CodePostal[] {
  return z.array(codePostalSchema).parse(readJson(`${CODES_POSTAUX_PACKAGE}/codes-postaux.json`));
}
