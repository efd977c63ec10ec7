import type {
  Advice,
  AdvicePhase,
  Facts,
  Flag,
  NodeRef,
  Option,
  OrientationRef,
  OutcomeDef,
  Question,
  ServiceId,
  Text,
  Threat,
} from '../types.ts';
import type { Public } from '../vocabulary.ts';
import type { Source } from './sources.ts';

/** A family of related threats with their advice, outcomes and question subgraph. */
export type Family = {
  threats: Threat[];
  advice: Advice[];
  outcomes: OutcomeDef[];
  questions: Question[];
  sources: Source[];
};

// The building blocks the families write their threats, advice, outcomes and questions with.

export const IND: Public[] = ['individual'];
/** Organisations: businesses, associations and public bodies. */
export const ORGS: Public[] = ['business', 'public-body'];
export const ALL: Public[] = ['individual', 'business', 'public-body'];
export const IB: Public[] = ['individual', 'business'];
export const PB: ['public-body'] = ['public-body'];
export const BIZ: ['business'] = ['business'];

/**
 * Alert the authorities that handle cyber incidents: CERT-FR first for public bodies; for businesses
 * 17Cyber and the regional CSIRT, and CERT-FR only for a regulated entity or a major incident.
 */
export const CYBER_ALERT: OrientationRef[] = [
  { id: 'cert-fr', publics: PB },
  { id: 'police-chat', publics: BIZ },
  { id: 'csirt' },
  { id: 'cert-fr', publics: BIZ, when: ['regulated', 'danger'] },
];

/** A service provider offering the given services. */
export const provider = (...services: ServiceId[]): OrientationRef => ({ id: 'provider', services });

export const t = (fr: string, en: string): Text => ({ fr, en });

export const advice = (id: string, phase: AdvicePhase, fr: string, en: string, publics?: Public[]): Advice =>
  publics ? { id, phase, text: { fr, en }, publics } : { id, phase, text: { fr, en } };

export const q = (question: string): NodeRef => ({ question });
export const o = (outcome: string): NodeRef => ({ outcome });

/** A single-choice option, offered to some publics only when `extra.publics` says so. */
export const opt = (
  id: string,
  fr: string,
  en: string,
  next: NodeRef,
  extra: { flags?: Flag[]; publics?: Public[]; sets?: Facts } = {},
): Option => ({ id, label: { fr, en }, next, ...extra });

/** A multiple-choice option (takes the question's next). */
export const choice = (
  id: string,
  fr: string,
  en: string,
  extra: { flags?: Flag[]; publics?: Public[]; exclusive?: boolean } = {},
): Option => ({ id, label: { fr, en }, ...extra });

/**
 * "Are you under 18?", asked of the victim where minors are commonly targeted; `minor` flags the
 * journey so the outcome adds the help meant for young people. Either answer goes on to `next`.
 * It establishes the `age` fact (and that the victim is answering), so it is asked once a journey.
 */
export const ageQuestion = (id: string, next: NodeRef): Question => ({
  id,
  kind: 'single',
  asks: 'age',
  text: t('Avez-vous moins de 18 ans ?', 'Are you under 18?'),
  help: t(
    'Les mineurs ont droit à une aide spécifique, gratuite et confidentielle.',
    'Minors can get specific, free and confidential help.',
  ),
  options: [
    {
      ...opt('minor', 'Oui, j’ai moins de 18 ans', 'Yes, I am under 18', next, { flags: ['minor'] }),
      sets: { age: 'minor', for: 'self' },
    },
    {
      ...opt('adult', 'Non, j’ai 18 ans ou plus', 'No, I am 18 or over', next),
      sets: { age: 'adult', for: 'self' },
    },
  ],
});
