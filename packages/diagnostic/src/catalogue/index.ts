import type { Catalogue } from '../types.ts';
import { CATALOGUE_VERSION } from '../version.ts';
import { common } from './common.ts';
import { fraudFamily } from './families/fraud.ts';
import { personsFamily } from './families/persons.ts';
import { systemsFamily } from './families/systems.ts';
import type { Family } from './family.ts';
import { orientations } from './orientations.ts';
import { services } from './services.ts';
import { sources as baseSources, type Source } from './sources.ts';

const families: Family[] = [common, fraudFamily, systemsFamily, personsFamily];

/** The diagnostic catalogue, French and English. */
export const catalogue: Catalogue = {
  version: CATALOGUE_VERSION,
  services,
  threats: families.flatMap((f) => f.threats),
  advice: families.flatMap((f) => f.advice),
  orientations,
  outcomes: families.flatMap((f) => f.outcomes),
  questions: families.flatMap((f) => f.questions),
  entries: {
    individual: 'individual-danger',
    business: 'business-danger',
    'public-body': 'public-body-danger',
  },
};

/** Every public source the catalogue follows (official guidance behind orientations and advice). */
export const catalogueSources: Source[] = [
  ...new Map([...baseSources, ...families.flatMap((f) => f.sources)].map((s) => [s.id, s])).values(),
];
