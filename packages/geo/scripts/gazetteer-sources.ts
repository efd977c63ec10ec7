/** The three data packages read together, with the versions the coverage report and the file record. */
import { packageVersion } from './data-package.ts';
import { CODES_POSTAUX_PACKAGE, type CodePostal, readCodesPostaux } from './source-codes-postaux.ts';
import {
  DECOUPAGE_PACKAGE,
  type DecoupageCommune,
  type Epci,
  readDecoupageCommunes,
  readEpci,
} from './source-decoupage.ts';
import { GEONAMES_PACKAGE, type GeonamesCity, readGeonamesCities } from './source-geonames.ts';

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
