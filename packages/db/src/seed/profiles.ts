/**
 * What the demo providers do: the kinds of business the directory is made of (profiles), what each
 * provider offers and to whom (radius, publics, services, languages, hours), drawn from its profile's
 * tendencies so that, say, a forensics lab looks unlike a home-repair shop, and the French text that
 * presents it.
 */
import type { Public, ServiceId } from '@vigie/diagnostic';
import type { OpeningHours } from '../schema/providers.ts';
import { atPlace, ofPlace } from './france.ts';
import type { Place } from './places.ts';
import type { Rng } from './random.ts';

/** The kinds of business the demo directory is made of; each implies coherent services and publics. */
const PROFILE_IDS = [
  'home-repair',
  'managed-it',
  'incident-response',
  'web-agency',
  'consulting',
  'data-recovery',
  'forensics',
] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export type Profile = {
  id: ProfileId;
  /** Share of the directory. */
  weight: number;
  /** Services every provider of the profile offers. */
  core: readonly ServiceId[];
  /** Services some of them add. */
  optional: readonly ServiceId[];
  /** Probability of serving each public. */
  publics: Readonly<Record<Public, number>>;
  /** Probability of offering remote help. */
  remote: number;
  /** Probability of offering no on-site help at all (then remote is forced). */
  remoteOnly: number;
  /** Probability of a 24/7 service. */
  allDay: number;
  /** Probability that a referenced provider holds the ExpertCyber label. */
  label: number;
  /** Multiplies the intervention radius. */
  radiusFactor: number;
};

export const PROFILES: readonly Profile[] = [
  {
    id: 'home-repair',
    weight: 0.34,
    core: ['malware-removal', 'device-repair'],
    optional: ['account-recovery', 'data-recovery', 'backup-setup', 'awareness-training', 'email-security'],
    publics: { individual: 0.98, business: 0.35, 'public-body': 0.04 },
    remote: 0.2,
    remoteOnly: 0.02,
    allDay: 0.04,
    label: 0.1,
    radiusFactor: 0.9,
  },
  {
    id: 'managed-it',
    weight: 0.2,
    core: ['network-security', 'backup-setup'],
    optional: [
      'email-security',
      'malware-removal',
      'awareness-training',
      'incident-response',
      'data-recovery',
      'security-audit',
    ],
    publics: { individual: 0.5, business: 0.95, 'public-body': 0.3 },
    remote: 0.3,
    remoteOnly: 0.03,
    allDay: 0.06,
    label: 0.2,
    radiusFactor: 1,
  },
  {
    id: 'incident-response',
    weight: 0.13,
    core: ['incident-response', 'ransomware-recovery'],
    optional: ['forensics', 'network-security', 'backup-setup', 'security-audit', 'data-recovery'],
    publics: { individual: 0.5, business: 0.95, 'public-body': 0.55 },
    remote: 0.35,
    remoteOnly: 0.03,
    allDay: 0.3,
    label: 0.35,
    radiusFactor: 1.4,
  },
  {
    id: 'web-agency',
    weight: 0.12,
    core: ['website-repair'],
    optional: ['email-security', 'account-recovery', 'security-audit', 'backup-setup', 'awareness-training'],
    publics: { individual: 0.6, business: 0.8, 'public-body': 0.25 },
    remote: 0.5,
    remoteOnly: 0.2,
    allDay: 0.02,
    label: 0.08,
    radiusFactor: 1.1,
  },
  {
    id: 'consulting',
    weight: 0.09,
    core: ['security-audit', 'awareness-training'],
    optional: ['network-security', 'email-security', 'incident-response', 'forensics', 'backup-setup'],
    publics: { individual: 0.2, business: 0.97, 'public-body': 0.6 },
    remote: 0.4,
    remoteOnly: 0.08,
    allDay: 0.02,
    label: 0.3,
    radiusFactor: 1.4,
  },
  {
    id: 'data-recovery',
    weight: 0.08,
    core: ['data-recovery'],
    optional: ['device-repair', 'forensics', 'backup-setup', 'ransomware-recovery', 'malware-removal'],
    publics: { individual: 0.95, business: 0.45, 'public-body': 0.1 },
    remote: 0.15,
    remoteOnly: 0.02,
    allDay: 0.02,
    label: 0.12,
    radiusFactor: 1.2,
  },
  {
    id: 'forensics',
    weight: 0.04,
    core: ['forensics', 'incident-response'],
    optional: ['data-recovery', 'account-recovery', 'ransomware-recovery', 'security-audit'],
    publics: { individual: 0.6, business: 0.9, 'public-body': 0.5 },
    remote: 0.3,
    remoteOnly: 0.03,
    allDay: 0.2,
    label: 0.35,
    radiusFactor: 1.5,
  },
];

/** French wording of each service, for descriptions. */
const SERVICE_PHRASES_FR: Readonly<Record<ServiceId, string>> = {
  'incident-response': 'réponse à incident',
  'ransomware-recovery': 'remise en service après un rançongiciel',
  'malware-removal': 'suppression de virus et de logiciels malveillants',
  'account-recovery': 'récupération de comptes piratés',
  'data-recovery': 'récupération de données',
  forensics: 'investigation numérique',
  'website-repair': 'réparation de sites web piratés',
  'network-security': 'sécurisation des réseaux',
  'awareness-training': 'sensibilisation des équipes',
  'email-security': 'sécurisation de la messagerie',
  'device-repair': "réparation d'ordinateurs et de smartphones",
  'backup-setup': 'mise en place de sauvegardes',
  'security-audit': 'audit de sécurité',
};

/** What a description's first sentence may say, per profile; `{at}` = "à Lyon", `{of}` = "du Berry". */
const INTROS_FR: Readonly<Record<ProfileId, readonly string[]>> = {
  'home-repair': [
    'Dépannage informatique à domicile et en atelier {at} et dans les communes voisines.',
    'Atelier de réparation informatique installé {at} depuis {year}, au service des particuliers.',
    'Technicien indépendant, je dépanne ordinateurs, tablettes et smartphones {at} et alentours.',
    'Boutique de proximité spécialisée dans le dépannage et la sécurisation des équipements du foyer.',
  ],
  'managed-it': [
    'Infogérance et maintenance informatique pour les TPE, PME et associations {of}.',
    'Prestataire informatique des entreprises {of} depuis {year} : postes, serveurs, réseaux.',
    'Société de services informatiques basée {at}, nous gérons le parc de nos clients au quotidien.',
  ],
  'incident-response': [
    'Équipe de réponse à incident basée {at}, mobilisable rapidement en cas de cyberattaque.',
    'Spécialistes de la gestion de crise cyber pour les entreprises et collectivités {of}.',
    'Nous aidons les organisations victimes de rançongiciels à reprendre leur activité au plus vite.',
  ],
  'web-agency': [
    'Agence web {at} : création, maintenance et sécurisation de sites internet depuis {year}.',
    'Studio web au service des commerçants, artisans et associations {of}.',
    'Nous remettons en ligne les sites piratés ou défigurés et les protégeons durablement.',
  ],
  consulting: [
    'Cabinet de conseil en cybersécurité implanté {at}, au service des organisations {of}.',
    'Audit, conseil et formation en sécurité des systèmes d’information depuis {year}.',
    'Nous accompagnons dirigeants et élus dans la protection de leurs systèmes d’information.',
  ],
  'data-recovery': [
    'Laboratoire de récupération de données installé {at} : disques durs, SSD, clés USB et cartes mémoire.',
    'Récupération de photos, documents et fichiers perdus, effacés ou chiffrés, depuis {year}.',
  ],
  forensics: [
    'Expertise en investigation numérique {at} : collecte de preuves, analyse et rapport.',
    'Experts en investigation numérique, nous établissons les faits après une intrusion ou une fraude.',
  ],
};

/** A closing sentence, chosen from the provider's traits. */
const CLOSINGS_FR = {
  allDay: 'Astreinte 24 h/24 et 7 j/7 pour les urgences.',
  remote: 'Intervention à distance possible partout en France.',
  onSite: 'Déplacement sur site dans un rayon de {radius} km.',
  quote: 'Devis gratuit et diagnostic rapide.',
  victims: 'Écoute et accompagnement des victimes, sans jugement.',
} as const;

// What a provider offers and to whom.

const SERVICE_COUNT_WEIGHTS: (readonly [number, number])[] = [
  [2, 15],
  [3, 30],
  [4, 30],
  [5, 17],
  [6, 8],
];
// Fixed so that a provider's publics always come out in the same order, whatever was drawn.
const PUBLIC_ORDER: readonly Public[] = ['individual', 'business', 'public-body'];

type LanguageRule = readonly [
  language: string,
  base: number,
  boosted: number,
  departements: readonly string[],
];
// Border, tourist and immigration areas speak some languages more often than the rest of France.
const LANGUAGE_RULES: readonly LanguageRule[] = [
  ['en', 0.33, 0.5, ['75', '92', '06', '74', '2A', '2B', '971', '972', '973']],
  ['de', 0.02, 0.35, ['67', '68', '57']],
  ['es', 0.02, 0.15, ['64', '66', '31', '09', '65', '11', '34', '40', '32']],
  ['it', 0.015, 0.15, ['06', '2A', '2B', '73', '74', '05', '04', '83']],
  ['ar', 0.015, 0.06, ['13', '93', '69', '75', '92', '94', '95', '59', '34', '31']],
  ['pt', 0.015, 0.04, ['75', '77', '78', '91', '92', '93', '94', '95', '69', '33', '31', '973']],
];
const LANGUAGE_ODDS = new Map<string, number[]>();

/** 10-100 km in steps of 5: mostly 20-50, wider in the countryside and for specialists. */
export function radius(rng: Rng, cityPopulation: number, profile: Profile): number {
  const [low, high] =
    cityPopulation >= 100_000
      ? [15, 35]
      : cityPopulation >= 20_000
        ? [20, 45]
        : cityPopulation >= 5_000
          ? [25, 55]
          : [35, 75];
  // Triangular between low and high.
  let km = low + ((rng.next() + rng.next()) / 2) * (high - low);
  km *= profile.radiusFactor;
  if (rng.chance(0.06)) km += 30;
  return Math.min(100, Math.max(10, Math.round(km / 5) * 5));
}

/** Never empty: a provider serves at least the public its profile favours most. */
export function choosePublics(rng: Rng, profile: Profile): Public[] {
  const chosen = PUBLIC_ORDER.filter((p) => rng.chance(profile.publics[p]));
  if (chosen.length > 0) return chosen;
  const best = PUBLIC_ORDER.reduce((a, b) => (profile.publics[b] > profile.publics[a] ? b : a));
  return [best];
}

/** The profile's core services, topped up from its optional ones (kept in the profile's order). */
export function chooseServices(rng: Rng, profile: Profile): ServiceId[] {
  const wanted = rng.weighted(SERVICE_COUNT_WEIGHTS);
  const extra = new Set(rng.sample(profile.optional, Math.max(0, wanted - profile.core.length)));
  return [...profile.core, ...profile.optional.filter((s) => extra.has(s))];
}

/** French always, then each other language with its local odds. */
export function chooseLanguages(rng: Rng, departement: string): string[] {
  let odds = LANGUAGE_ODDS.get(departement);
  if (!odds) {
    odds = LANGUAGE_RULES.map(([, base, boosted, departements]) =>
      departements.includes(departement) ? boosted : base,
    );
    LANGUAGE_ODDS.set(departement, odds);
  }
  const languages = ['fr'];
  for (let i = 0; i < LANGUAGE_RULES.length; i++)
    if (rng.next() < odds[i]!) languages.push(LANGUAGE_RULES[i]![0]);
  return languages;
}

// Opening hours: a handful of common French business schedules, or round-the-clock for emergency profiles.

const HOURS_TEXTS: readonly { fr: string; en: string }[] = [
  { fr: 'Du lundi au vendredi, 9 h – 18 h', en: 'Monday to Friday, 9 am – 6 pm' },
  {
    fr: 'Du lundi au vendredi, 8 h 30 – 12 h 30 et 14 h – 18 h',
    en: 'Monday to Friday, 8:30 am – 12:30 pm and 2 pm – 6 pm',
  },
  { fr: 'Du mardi au samedi, 9 h 30 – 19 h', en: 'Tuesday to Saturday, 9:30 am – 7 pm' },
  { fr: 'Du lundi au samedi, 9 h – 19 h', en: 'Monday to Saturday, 9 am – 7 pm' },
  {
    fr: 'Du lundi au vendredi, 8 h – 18 h ; astreinte le week-end',
    en: 'Monday to Friday, 8 am – 6 pm; on call at weekends',
  },
  { fr: 'Du lundi au vendredi, 9 h – 17 h 30', en: 'Monday to Friday, 9 am – 5:30 pm' },
  { fr: 'Sur rendez-vous, du lundi au samedi', en: 'By appointment, Monday to Saturday' },
  {
    fr: 'Du lundi au vendredi, 9 h – 12 h et 13 h 30 – 18 h ; samedi matin sur rendez-vous',
    en: 'Monday to Friday, 9 am – 12 pm and 1:30 pm – 6 pm; Saturday mornings by appointment',
  },
];

/** Shared and frozen: thousands of providers keep the same hours. */
const ALWAYS_OPEN: OpeningHours = Object.freeze({ always: true });
const HOURS: readonly OpeningHours[] = HOURS_TEXTS.map((text) =>
  Object.freeze({ always: false, text: Object.freeze(text) }),
);

export function chooseHours(rng: Rng, profile: Profile): OpeningHours {
  return rng.chance(profile.allDay) ? ALWAYS_OPEN : rng.pick(HOURS);
}

// The presentation text, assembled from profile templates and the provider's traits. Hot in the
// benchmark, hence the template pre-splitting and the memoised fragments.

/** What describing draws on: the run's random source and its cache of service sentences. */
export type DescriptionContext = {
  rng: Rng;
  /** The description's list of services, by lead and service set: the same few hundred recur. */
  serviceSentences: Map<number, string>;
};

export type DescriptionInput = {
  profile: Profile;
  place: Place;
  areas: readonly string[];
  services: readonly ServiceId[];
  radiusKm: number;
  onSite: boolean;
  remote: boolean;
  allDay: boolean;
  foundedBefore: number;
};

const LIST_LEADS = ['Prestations : ', 'Domaines d’intervention : ', 'Services proposés : '];

/** Intro templates split on their placeholders: literal, placeholder, literal... */
const INTRO_PARTS = new Map(
  PROFILES.map((p) => [p.id, INTROS_FR[p.id].map((t) => t.split(/(\{at\}|\{of\}|\{year\})/))] as const),
);
const PROFILE_INDEX = new Map(PROFILES.map((p, i) => [p.id, i] as const));
const SERVICE_NUMBERS = new Map(Object.keys(SERVICE_PHRASES_FR).map((s, i) => [s, i + 1] as const));
const QUOTE_PROFILES: ReadonlySet<string> = new Set(['home-repair', 'web-agency', 'data-recovery']);
const VICTIM_PROFILES: ReadonlySet<string> = new Set(['incident-response', 'forensics', 'home-repair']);
const SENTENCE_COUNT_WEIGHTS: (readonly [number, number])[] = [
  [1, 10],
  [2, 45],
  [3, 45],
];
const OF_PLACE = new Map<string, string>();
const ON_SITE_CLOSINGS = new Map<number, string>();

/** One to three French sentences built from the profile and the provider's traits. */
export function describe(context: DescriptionContext, input: DescriptionInput): string {
  const { rng } = context;
  const parts = rng.pick(INTRO_PARTS.get(input.profile.id)!);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const placeholder = parts[i];
    if (placeholder === '{at}') {
      input.place.atCity ??= atPlace(input.place.city);
      text += input.place.atCity;
    } else if (placeholder === '{of}') {
      const area = rng.pick(input.areas);
      let of = OF_PLACE.get(area);
      if (of === undefined) {
        of = ofPlace(area);
        OF_PLACE.set(area, of);
      }
      text += of;
    } else {
      text += String(input.foundedBefore - rng.int(1, 25));
    }
    text += parts[i + 1]!;
  }
  const length = rng.weighted(SENTENCE_COUNT_WEIGHTS);
  if (length >= 2) text += ` ${serviceSentence(context, input)}`;
  if (length >= 3) {
    const closings: string[] = [];
    if (input.allDay) closings.push(CLOSINGS_FR.allDay, CLOSINGS_FR.allDay);
    if (input.remote) closings.push(CLOSINGS_FR.remote);
    if (input.onSite) {
      let closing = ON_SITE_CLOSINGS.get(input.radiusKm);
      if (closing === undefined) {
        closing = CLOSINGS_FR.onSite.replace('{radius}', String(input.radiusKm));
        ON_SITE_CLOSINGS.set(input.radiusKm, closing);
      }
      closings.push(closing);
    }
    if (QUOTE_PROFILES.has(input.profile.id)) closings.push(CLOSINGS_FR.quote);
    if (VICTIM_PROFILES.has(input.profile.id)) closings.push(CLOSINGS_FR.victims);
    text += ` ${rng.pick(closings)}`;
  }
  return text;
}

/** "Prestations : a, b et c." over the first four services; the same few hundred recur. */
function serviceSentence(context: DescriptionContext, input: DescriptionInput): string {
  const lead = context.rng.int(0, LIST_LEADS.length - 1);
  const shown = input.services.slice(0, 4);
  let key = PROFILE_INDEX.get(input.profile.id)! * LIST_LEADS.length + lead;
  for (const s of shown) key = key * 16 + SERVICE_NUMBERS.get(s)!;
  let sentence = context.serviceSentences.get(key);
  if (sentence === undefined) {
    const phrases = shown.map((s) => SERVICE_PHRASES_FR[s]);
    const list = phrases.length > 1 ? `${phrases.slice(0, -1).join(', ')} et ${phrases.at(-1)}` : phrases[0];
    sentence = `${LIST_LEADS[lead]}${list}.`;
    context.serviceSentences.set(key, sentence);
  }
  return sentence;
}
