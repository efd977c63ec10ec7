import type { Lang } from '#app/i18n/index.ts';

/**
 * Who runs the service, as the legal pages name it: roles and institutional addresses, never
 * people. These describe Vigie as a State service in the manner of 17Cyber (run by the Ministry of
 * the Interior); another operator replaces this file together with site-shell.tsx.
 */
export type OperatorFacts = {
  publisher: string;
  publisherAddress: string;
  director: string;
  host: string;
  hostAddress: string;
  dpo: string;
  dpoAddress: string;
};

const interiorAddress = 'Place Beauvau, 75800 Paris Cedex 08';

const operator: Record<Lang, OperatorFacts> = {
  fr: {
    publisher: 'le ministère de l’Intérieur',
    publisherAddress: interiorAddress,
    director: 'le secrétaire général du ministère de l’Intérieur',
    host: 'la direction du numérique du ministère de l’Intérieur',
    hostAddress: interiorAddress,
    dpo: 'le délégué à la protection des données du ministère de l’Intérieur',
    dpoAddress: interiorAddress,
  },
  en: {
    publisher: 'the French Ministry of the Interior',
    publisherAddress: interiorAddress,
    director: 'the Secretary General of the Ministry of the Interior',
    host: 'the Ministry of the Interior’s digital directorate',
    hostAddress: interiorAddress,
    dpo: 'the Ministry of the Interior’s data protection officer',
    dpoAddress: interiorAddress,
  },
};

/** The operator's facts in `lang`, ready to fill the legal pages' placeholders. */
export function getOperatorFacts(lang: Lang): OperatorFacts {
  return operator[lang];
}
