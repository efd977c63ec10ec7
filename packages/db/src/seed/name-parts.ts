/**
 * The words invented company names are made of, by profile where the trade shows in the name. Kept
 * apart from the assembly rules in `names.ts` so that adding a brand or a surname touches data only.
 * Any resemblance to a real company is a coincidence of common words.
 */
import type { ProfileId } from './profiles.ts';

export type Gender = 'm' | 'f';
/** A name core and the gender an adjective after it agrees with. */
export type Core = readonly [string, Gender];

export const CORES: Readonly<Record<ProfileId, readonly Core[]>> = {
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
export const WORDS: Readonly<Record<ProfileId, readonly string[]>> = {
  'home-repair': ['Informatique', 'Micro', 'Services', 'Dépannage', 'PC', 'Numérique'],
  'managed-it': ['Informatique', 'Systèmes', 'Réseaux', 'Services', 'IT', 'Solutions', 'Infogérance'],
  'incident-response': ['Sécurité', 'Cyber', 'Cybersécurité', 'Défense', 'Protection', 'Riposte'],
  'web-agency': ['Web', 'Digital', 'Studio', 'Création', 'Média'],
  consulting: ['Conseil', 'Audit', 'Sécurité', 'Cyber', 'Consulting'],
  'data-recovery': ['Data', 'Données', 'Récupération', 'Sauvegarde', 'Lab'],
  forensics: ['Forensic', 'Investigation', 'Expertise', 'Lab', 'Preuve Numérique'],
};

export const BRANDS = [
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

export const COMPOUND_PREFIXES = [
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
export const COMPOUND_SUFFIXES = [
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

export const SURNAMES = [
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
export const REGIONAL_SURNAMES: readonly (readonly [readonly string[], readonly string[]])[] = [
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

export const LETTERS = 'ABCDEFGHIJKLMNOPRSTV';

export const LEGAL_WORDS = ['Services', 'Informatique', 'Conseil'];
export const INITIALS_WORDS = ['Solutions', 'Services', 'Informatique', 'Systèmes'];

export const LEGAL_FORMS = ['SAS', 'SARL', 'EURL', 'SA'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const LEGAL_FORM_WEIGHTS: readonly (readonly [LegalForm, number])[] = [
  ['SAS', 45],
  ['SARL', 30],
  ['EURL', 17],
  ['SA', 8],
];
