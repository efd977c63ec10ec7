/**
 * Invented but plausible names for demo IT services companies: "Cyberdéfense Rhône", "Atelier
 * Numérique du Berry", "SOS Informatique Lyonnaise", "Bastion Sécurité", "Dubois Informatique", and
 * the URL-safe form slugs are made from. The assembly rules come first, the words they draw from
 * after them: adding a brand or a surname touches the word lists only. Any resemblance to a real
 * company is a coincidence of common words.
 */
import { DEMONYMS, ofPlace, type PlaceName, withoutArticle } from './france.ts';
import type { ProfileId } from './profiles.ts';
import type { Rng } from './random.ts';

export type NamePlace = {
  departement: string;
  /** City code for demonyms (the city's code for an arrondissement). */
  cityCode: string;
  city: string;
  departementName: PlaceName;
  areas: readonly PlaceName[];
};

export type InventedName = {
  legalName: string;
  tradeName: string | null;
  /** What the slug is made from: the trade name, else the legal name without its form. */
  displayName: string;
};

function surname(rng: Rng, departement: string): string {
  for (const [codes, names] of REGIONAL_SURNAMES) {
    if (codes.includes(departement) && rng.chance(0.6)) return rng.pick(names);
  }
  return rng.pick(SURNAMES);
}

function acronym(rng: Rng): string {
  let out = '';
  const length = rng.chance(0.7) ? 3 : rng.chance(0.5) ? 2 : 4;
  for (let i = 0; i < length; i++) out += LETTERS.charAt(rng.int(0, LETTERS.length - 1));
  return out;
}

/** An area written bare after a noun ("Cyberdéfense Rhône"): only one-word names read well. */
function bareAreas(place: NamePlace): readonly string[] {
  let bare = bareCache.get(place.departement);
  if (!bare) {
    bare = [place.departementName, ...place.areas].map(withoutArticle).filter((name) => !name.includes(' '));
    bareCache.set(place.departement, bare);
  }
  return bare;
}
const bareCache = new Map<string, readonly string[]>();

/** The commercial name of a business of `profile` in `place`. */
function brandName(rng: Rng, profile: ProfileId, place: NamePlace): string {
  const cores = CORES[profile];
  const demonym = DEMONYMS[place.cityCode];
  const bare = bareAreas(place);
  // Pattern weights: brand + word, core + "de <city>", core + "du <area>", compound, surname,
  // initials, core + demonym (larger cities), core + bare area ("Cyberdéfense Rhône").
  const weights = [3, 1.5, 2, 1, 2, 0.8, demonym ? 3 : 0, bare.length > 0 ? 1.5 : 0];
  let total = 0;
  for (const w of weights) total += w;
  let r = rng.next() * total;
  let pattern = 0;
  while (pattern < weights.length - 1 && r >= weights[pattern]!) r -= weights[pattern++]!;
  switch (pattern) {
    case 0:
      return `${rng.pick(BRANDS)} ${rng.pick(WORDS[profile])}`;
    case 1:
      return `${rng.pick(cores)[0]} ${ofPlace(place.city)}`;
    case 2:
      return `${rng.pick(cores)[0]} ${ofPlace(rng.pick(place.areas))}`;
    case 3:
      return `${rng.pick(COMPOUND_PREFIXES)}${rng.pick(COMPOUND_SUFFIXES)}`;
    case 4:
      return surnameName(rng, profile, place.departement);
    case 5:
      return `${acronym(rng)} ${rng.pick(WORDS[profile])}`;
    case 6: {
      const [core, gender] = rng.pick(cores);
      return `${core} ${gender === 'm' ? demonym![0] : demonym![1]}`;
    }
    default:
      return `${rng.pick(cores)[0]} ${rng.pick(bare)}`;
  }
}

function surnameName(rng: Rng, profile: ProfileId, departement: string): string {
  const name = surname(rng, departement);
  switch (profile) {
    case 'consulting':
    case 'forensics':
      return rng.weighted<string>([
        [`Cabinet ${name}`, 2],
        [`${name} Conseil`, 1],
        [`${name} & Associés`, 1],
      ]);
    case 'web-agency':
      return rng.chance(0.5) ? `Studio ${name}` : `${name} Web`;
    default:
      return rng.chance(0.5) ? `${name} Informatique` : `Informatique ${name}`;
  }
}

function legalForm(rng: Rng): LegalForm {
  return rng.weighted(LEGAL_FORM_WEIGHTS);
}

function withForm(rng: Rng, base: string, form: LegalForm): string {
  return rng.chance(0.8) ? `${base} ${form}` : `${form} ${base}`;
}

/** A legal name (always with its legal form) and, for about half of the companies, a trade name. */
export function inventName(rng: Rng, profile: ProfileId, place: NamePlace): InventedName {
  const brand = brandName(rng, profile, place);
  const form = legalForm(rng);
  if (!rng.chance(0.55))
    return { legalName: withForm(rng, brand, form), tradeName: null, displayName: brand };
  // With a trade name, the registered name is often something else: a founder's name, initials, a group.
  const group = form === 'SAS' || form === 'SA';
  const r = rng.next() * (group ? 9 : 8);
  const legalBase =
    r < 4
      ? brand
      : r < 6
        ? `${surname(rng, place.departement)} ${rng.pick(LEGAL_WORDS)}`
        : r < 8
          ? `${acronym(rng)} ${rng.pick(INITIALS_WORDS)}`
          : `Groupe ${rng.pick(BRANDS)}`;
  return { legalName: withForm(rng, legalBase, form), tradeName: brand, displayName: brand };
}

/** Kebab-case ASCII: "SOS Informatique Lyonnaise" -> "sos-informatique-lyonnaise". */
export function slugify(text: string): string {
  return text
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/&/g, ' et ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// The words, by profile where the trade shows in the name.

type Gender = 'm' | 'f';
/** A name core and the gender an adjective after it agrees with. */
type Core = readonly [string, Gender];

const CORES: Readonly<Record<ProfileId, readonly Core[]>> = {
  'home-repair': [
    ['SOS Informatique', 'f'],
    ['Dépannage Informatique', 'm'],
    ['Atelier Numérique', 'm'],
    ['Clinique Informatique', 'f'],
    ['Info Service', 'm'],
    ['PC Secours', 'm'],
    ['Assistance Informatique', 'f'],
    ['Allô Dépannage PC', 'm'],
    ["L'Atelier du PC", 'm'],
    ['Micro Dépannage', 'm'],
  ],
  'managed-it': [
    ['Infogérance', 'f'],
    ['Réseau Pro', 'm'],
    ['Informatique Entreprise', 'f'],
    ['Support Informatique', 'm'],
    ['Bureautique Services', 'm'],
    ['Atelier Numérique', 'm'],
    ['Informatique Services', 'm'],
  ],
  'incident-response': [
    ['Cyberdéfense', 'f'],
    ['Cybersécurité', 'f'],
    ['Réponse Cyber', 'f'],
    ['CyberSecours', 'm'],
    ['Bouclier Numérique', 'm'],
    ['Cyber Urgence', 'f'],
    ['Sécurité Informatique', 'f'],
    ['Alerte Cyber', 'f'],
  ],
  'web-agency': [
    ['Agence Web', 'f'],
    ['Studio Web', 'm'],
    ['Atelier Web', 'm'],
    ['Web Services', 'm'],
    ['Studio Digital', 'm'],
    ['Agence Digitale', 'f'],
  ],
  consulting: [
    ['Conseil Cyber', 'm'],
    ['Audit Sécurité', 'm'],
    ['Cyber Conseil', 'm'],
    ['Sécurité Conseil', 'm'],
    ['Cybervigilance', 'f'],
  ],
  'data-recovery': [
    ['Data Secours', 'm'],
    ['Sauvegarde Numérique', 'f'],
    ['Labo Données', 'm'],
    ['Récupération Données', 'f'],
  ],
  forensics: [
    ['Investigation Numérique', 'f'],
    ['Expertise Numérique', 'f'],
    ['Forensique', 'f'],
    ['Lab Forensique', 'm'],
  ],
};

/** Words that follow an invented brand: "Bastion Sécurité", "Octet Services". */
const WORDS: Readonly<Record<ProfileId, readonly string[]>> = {
  'home-repair': ['Informatique', 'Micro', 'Services', 'Dépannage', 'PC', 'Numérique'],
  'managed-it': ['Informatique', 'Systèmes', 'Réseaux', 'Services', 'IT', 'Solutions', 'Infogérance'],
  'incident-response': ['Sécurité', 'Cyber', 'Cybersécurité', 'Défense', 'Protection', 'Riposte'],
  'web-agency': ['Web', 'Digital', 'Studio', 'Création', 'Média'],
  consulting: ['Conseil', 'Audit', 'Sécurité', 'Cyber', 'Consulting'],
  'data-recovery': ['Data', 'Données', 'Récupération', 'Sauvegarde', 'Lab'],
  forensics: ['Forensic', 'Investigation', 'Expertise', 'Lab', 'Preuve Numérique'],
};

const BRANDS = [
  'Bastion',
  'Rempart',
  'Sentinelle',
  'Égide',
  'Citadelle',
  'Boréal',
  'Cobalt',
  'Hexagone',
  'Octet',
  'Kernel',
  'Pixel',
  'Sémaphore',
  'Phare',
  'Cerbère',
  'Orion',
  'Arkose',
  'Granit',
  'Quartz',
  'Azur',
  'Lynx',
  'Faucon',
  'Hermine',
  'Balise',
  'Boussole',
  'Bouclier',
  'Donjon',
  'Sésame',
  'Pivot',
  'Opale',
  'Onyx',
  'Silex',
  'Vigilo',
  'Astrolabe',
  'Archipel',
  'Mistral',
  'Alizé',
  'Sirius',
  'Helios',
  'Atlas',
  'Cassiopée',
];

const COMPOUND_PREFIXES = [
  'Cyber',
  'Info',
  'Data',
  'Net',
  'Sécuri',
  'Numéri',
  'Logi',
  'Micro',
  'Techno',
  'Prote',
];
const COMPOUND_SUFFIXES = [
  'lis',
  'log',
  'tek',
  'ria',
  'vox',
  'nova',
  'dyn',
  'sys',
  'ka',
  'kom',
  'line',
  'gard',
];

const SURNAMES = [
  'Martin',
  'Bernard',
  'Thomas',
  'Petit',
  'Robert',
  'Richard',
  'Durand',
  'Dubois',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Lefebvre',
  'Leroy',
  'Roux',
  'David',
  'Bertrand',
  'Morel',
  'Fournier',
  'Girard',
  'Bonnet',
  'Dupont',
  'Lambert',
  'Fontaine',
  'Rousseau',
  'Vincent',
  'Mercier',
  'Blanc',
  'Guérin',
  'Boyer',
  'Garnier',
  'Chevalier',
  'Legrand',
  'Gauthier',
  'Garcia',
  'Perrin',
  'Robin',
  'Clément',
  'Morin',
  'Henry',
  'Roussel',
  'Mathieu',
  'Masson',
  'Marchand',
  'Duval',
  'Dumont',
  'Lemaire',
  'Meunier',
  'Brun',
  'Blanchard',
  'Giraud',
  'Joly',
  'Rivière',
  'Lucas',
  'Brunet',
  'Gaillard',
  'Barbier',
  'Arnaud',
  'Martinez',
  'Roche',
  'Renard',
  'Roy',
  'Colin',
  'Vidal',
  'Caron',
  'Picard',
  'Fabre',
  'Aubert',
  'Lemoine',
  'Renaud',
  'Dumas',
  'Lacroix',
  'Benoît',
  'Leclerc',
  'Haddad',
  'Benali',
  'Nguyen',
  'Da Silva',
  'Ferreira',
  'Rossi',
];

/** Surnames frequent in some areas, by département prefix or code. */
const REGIONAL_SURNAMES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['22', '29', '35', '56'],
    ['Le Gall', 'Le Goff', 'Le Roux', 'Tanguy', 'Guillou', 'Le Bihan', 'Kerbrat', 'Le Guen'],
  ],
  [
    ['67', '68', '57'],
    ['Schneider', 'Meyer', 'Weber', 'Klein', 'Muller', 'Schmitt', 'Fischer', 'Wagner'],
  ],
  [
    ['2A', '2B'],
    ['Santoni', 'Leca', 'Casanova', 'Luciani', 'Paoli', 'Giacomoni'],
  ],
  [['974'], ['Payet', 'Hoarau', 'Grondin', 'Técher', 'Lebon', 'Boyer', 'Fontaine', 'Robert']],
  [['976'], ['Madi', 'Ahmed', 'Soilihi', 'Abdallah', 'Attoumani', 'Ali']],
  [
    ['971', '972', '973'],
    ['Jean-Baptiste', 'Marie-Sainte', 'Lubin', 'Pierre-Louis', 'Alexis', 'Édouard', 'Rosier'],
  ],
  [
    ['64', '40'],
    ['Etcheverry', 'Irigoyen', 'Harriague', 'Lafitte', 'Dupuy', 'Larrieu'],
  ],
  [
    ['13', '83', '84', '06', '04'],
    ['Gilles', 'Olivier', 'Fabre', 'Reynaud', 'Bianchi', 'Martini', 'Bernardi'],
  ],
];

const LETTERS = 'ABCDEFGHIJKLMNOPRSTV';

const LEGAL_WORDS = ['Services', 'Informatique', 'Conseil'];
const INITIALS_WORDS = ['Solutions', 'Services', 'Informatique', 'Systèmes'];

const LEGAL_FORMS = ['SAS', 'SARL', 'EURL', 'SA'] as const;
type LegalForm = (typeof LEGAL_FORMS)[number];

const LEGAL_FORM_WEIGHTS: readonly (readonly [LegalForm, number])[] = [
  ['SAS', 45],
  ['SARL', 30],
  ['EURL', 17],
  ['SA', 8],
];
