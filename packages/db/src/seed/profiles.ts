import type { Public, ServiceId } from '@vigie/diagnostic';

/** The kinds of business the demo directory is made of; each implies coherent services and publics. */
export const PROFILE_IDS = [
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
export const SERVICE_PHRASES_FR: Readonly<Record<ServiceId, string>> = {
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
export const INTROS_FR: Readonly<Record<ProfileId, readonly string[]>> = {
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
export const CLOSINGS_FR = {
  allDay: 'Astreinte 24 h/24 et 7 j/7 pour les urgences.',
  remote: 'Intervention à distance possible partout en France.',
  onSite: 'Déplacement sur site dans un rayon de {radius} km.',
  quote: 'Devis gratuit et diagnostic rapide.',
  victims: 'Écoute et accompagnement des victimes, sans jugement.',
} as const;
