import type { ServiceDef } from '../types.ts';

/** Provider services; the provider directory offers exactly these. */
export const services: ServiceDef[] = [
  {
    id: 'incident-response',
    name: { fr: 'Réponse à incident', en: 'Incident response' },
    description: {
      fr: 'Intervention rapide pour contenir une attaque en cours et rétablir le service.',
      en: 'Rapid intervention to contain an ongoing attack and restore service.',
    },
  },
  {
    id: 'ransomware-recovery',
    name: { fr: 'Remédiation rançongiciel', en: 'Ransomware recovery' },
    description: {
      fr: 'Isolement, reconstruction et restauration des systèmes chiffrés par un rançongiciel.',
      en: 'Isolation, rebuilding and restoration of systems encrypted by ransomware.',
    },
  },
  {
    id: 'malware-removal',
    name: { fr: 'Désinfection', en: 'Malware removal' },
    description: {
      fr: 'Recherche et suppression de logiciels malveillants sur ordinateurs et téléphones.',
      en: 'Finding and removing malicious software on computers and phones.',
    },
  },
  {
    id: 'account-recovery',
    name: { fr: 'Récupération de comptes', en: 'Account recovery' },
    description: {
      fr: 'Reprise du contrôle de comptes en ligne piratés et sécurisation de leur accès.',
      en: 'Regaining control of hacked online accounts and securing access to them.',
    },
  },
  {
    id: 'data-recovery',
    name: { fr: 'Récupération de données', en: 'Data recovery' },
    description: {
      fr: 'Récupération de fichiers perdus, effacés ou endommagés.',
      en: 'Recovering lost, deleted or damaged files.',
    },
  },
  {
    id: 'forensics',
    name: { fr: 'Investigation numérique', en: 'Digital forensics' },
    description: {
      fr: 'Collecte et analyse des traces pour comprendre l’attaque et appuyer une plainte.',
      en: 'Collecting and analysing traces to understand an attack and support a complaint.',
    },
  },
  {
    id: 'website-repair',
    name: { fr: 'Réparation de site web', en: 'Website repair' },
    description: {
      fr: 'Nettoyage et remise en ligne d’un site piraté ou défiguré.',
      en: 'Cleaning and restoring a hacked or defaced website.',
    },
  },
  {
    id: 'network-security',
    name: { fr: 'Sécurité réseau', en: 'Network security' },
    description: {
      fr: 'Sécurisation des réseaux, pare-feu, accès à distance et objets connectés.',
      en: 'Securing networks, firewalls, remote access and connected devices.',
    },
  },
  {
    id: 'awareness-training',
    name: { fr: 'Sensibilisation', en: 'Awareness training' },
    description: {
      fr: 'Formation des personnes aux bons réflexes face aux arnaques et attaques.',
      en: 'Training people in the right reflexes against scams and attacks.',
    },
  },
  {
    id: 'email-security',
    name: { fr: 'Sécurité de la messagerie', en: 'Email security' },
    description: {
      fr: 'Sécurisation des messageries (authentification, filtrage, SPF, DKIM, DMARC).',
      en: 'Securing email (authentication, filtering, SPF, DKIM, DMARC).',
    },
  },
  {
    id: 'device-repair',
    name: { fr: 'Dépannage de matériel', en: 'Device repair' },
    description: {
      fr: 'Remise en état et réinstallation d’ordinateurs, téléphones et tablettes.',
      en: 'Restoring and reinstalling computers, phones and tablets.',
    },
  },
  {
    id: 'backup-setup',
    name: { fr: 'Mise en place de sauvegardes', en: 'Backup set-up' },
    description: {
      fr: 'Sauvegardes régulières, déconnectées et testées pour pouvoir tout restaurer.',
      en: 'Regular, offline and tested backups so everything can be restored.',
    },
  },
  {
    id: 'security-audit',
    name: { fr: 'Audit de sécurité', en: 'Security audit' },
    description: {
      fr: 'Évaluation des failles et plan de sécurisation priorisé.',
      en: 'Assessing weaknesses and a prioritised security plan.',
    },
  },
];
