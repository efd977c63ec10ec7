import type { Threat } from '../../../types.ts';
import { ALL, ORGS } from '../../family.ts';

/** Harm to people and illegal content: the threats of the persons family. */
export const threats: Threat[] = [
  {
    id: 'sextortion',
    name: { fr: 'Chantage à caractère sexuel (sextorsion)', en: 'Sextortion' },
    description: {
      fr: 'Une personne menace de diffuser des images intimes, réelles ou prétendues, pour obtenir de l’argent ou d’autres images.',
      en: 'Someone threatens to share intimate images, real or claimed, to obtain money or more images.',
    },
    publics: ['individual'],
    severity: 'high',
    services: ['forensics', 'account-recovery'],
  },
  {
    id: 'intimate-image-abuse',
    name: {
      fr: 'Diffusion d’images intimes sans consentement',
      en: 'Non-consensual sharing of intimate images',
    },
    description: {
      fr: 'Des photos ou vidéos à caractère sexuel, vraies ou truquées, sont diffusées sans l’accord de la personne, souvent par un ex-partenaire.',
      en: 'Sexual photos or videos, real or faked, are shared without the person’s consent, often by a former partner.',
    },
    publics: ['individual'],
    severity: 'high',
    services: ['forensics'],
  },
  {
    id: 'cyberharassment',
    name: { fr: 'Cyberharcèlement', en: 'Online harassment' },
    description: {
      fr: 'Des messages, commentaires ou publications hostiles et répétés dégradent les conditions de vie de la personne visée, par un ou plusieurs auteurs.',
      en: 'Repeated hostile messages, comments or posts, by one or several people, harm the life of the person targeted.',
    },
    publics: ALL,
    severity: 'high',
    services: ['forensics', 'account-recovery'],
  },
  {
    id: 'cyberbullying',
    name: { fr: 'Cyberharcèlement entre jeunes', en: 'Cyberbullying among young people' },
    description: {
      fr: 'Un élève ou un jeune est moqué, insulté ou exclu en ligne par d’autres jeunes, souvent de son établissement.',
      en: 'A pupil or young person is mocked, insulted or excluded online by other young people, often from their school.',
    },
    publics: ['individual'],
    severity: 'high',
    services: ['awareness-training'],
  },
  {
    id: 'online-threats',
    name: { fr: 'Menaces en ligne', en: 'Online threats' },
    description: {
      fr: 'Menaces de violences, de mort ou d’attaque reçues ou publiées en ligne contre une personne, un lieu ou un événement.',
      en: 'Threats of violence, death or attack received or posted online against a person, a place or an event.',
    },
    publics: ALL,
    severity: 'high',
    services: ['forensics'],
  },
  {
    id: 'hate-speech',
    name: { fr: 'Propos haineux en ligne', en: 'Online hate speech' },
    description: {
      fr: 'Injures, provocations ou appels à la haine visant une personne ou un groupe en raison de son origine, de sa religion, de son sexe, de son orientation sexuelle ou de son handicap.',
      en: 'Insults, provocation or calls to hatred targeting a person or a group for their origin, religion, sex, sexual orientation or disability.',
    },
    publics: ALL,
    severity: 'high',
    services: ['forensics'],
  },
  {
    id: 'defamation',
    name: { fr: 'Diffamation ou injure en ligne', en: 'Online defamation or insult' },
    description: {
      fr: 'Des accusations mensongères ou des propos outrageants sont publiés sur une personne ou une organisation et portent atteinte à sa réputation.',
      en: 'False accusations or abusive statements about a person or an organisation are published and harm its reputation.',
    },
    publics: ALL,
    severity: 'high',
    services: ['forensics'],
  },
  {
    id: 'online-reputation-attack',
    name: {
      fr: 'Atteinte à la réputation d’une organisation (faux avis, dénigrement)',
      en: 'Attack on an organisation’s reputation (fake reviews, smear campaign)',
    },
    description: {
      fr: 'Faux avis, rumeurs ou campagne coordonnée de dénigrement visant une entreprise, une association ou une collectivité.',
      en: 'Fake reviews, rumours or a coordinated smear campaign against a business, an association or a local authority.',
    },
    publics: ORGS,
    severity: 'low',
    services: ['forensics', 'awareness-training'],
  },
  {
    id: 'doxxing',
    name: {
      fr: 'Divulgation d’informations personnelles pour nuire (doxxing)',
      en: 'Publishing personal information to cause harm (doxxing)',
    },
    description: {
      fr: 'L’adresse, le numéro de téléphone ou d’autres informations personnelles d’une personne sont publiés pour l’exposer à des représailles.',
      en: 'A person’s address, phone number or other personal information is published to expose them to reprisals.',
    },
    publics: ALL,
    severity: 'high',
    services: ['forensics', 'account-recovery'],
  },
  {
    id: 'fake-profile',
    name: {
      fr: 'Faux profil, usurpation d’identité sur un réseau social',
      en: 'Fake profile, impersonation on a social network',
    },
    description: {
      fr: 'Un compte se fait passer pour une personne ou une organisation, avec son nom ou ses photos, pour lui nuire ou pour tromper son entourage.',
      en: 'An account poses as a person or an organisation, with their name or photos, to harm them or deceive the people around them.',
    },
    publics: ALL,
    severity: 'low',
    services: ['account-recovery', 'forensics'],
  },
  {
    id: 'grooming',
    name: {
      fr: 'Sollicitation d’un mineur par un adulte (pédopiégeage)',
      en: 'An adult soliciting a minor (grooming)',
    },
    description: {
      fr: 'Un adulte gagne la confiance d’un mineur en ligne pour obtenir des images intimes, des échanges sexuels ou une rencontre.',
      en: 'An adult wins a minor’s trust online to obtain intimate images, sexual conversations or a meeting.',
    },
    publics: ['individual'],
    severity: 'critical',
    services: ['forensics'],
  },
  {
    id: 'partner-surveillance',
    name: {
      fr: 'Surveillance par un proche (logiciel espion, traceur)',
      en: 'Surveillance by someone close (stalkerware, tracker)',
    },
    description: {
      fr: 'Un conjoint, un ex ou un proche espionne les messages, les comptes ou la position d’une personne, par une application cachée, ses comptes ou un traceur.',
      en: 'A partner, ex or relative spies on a person’s messages, accounts or location, through a hidden app, their accounts or a tracker.',
    },
    publics: ['individual'],
    severity: 'high',
    services: ['forensics', 'malware-removal', 'account-recovery'],
  },
  {
    id: 'illegal-content',
    name: { fr: 'Contenu illicite en ligne', en: 'Illegal content online' },
    description: {
      fr: 'Vente de produits interdits, violences, escroqueries ou contenus inadaptés aux mineurs, vus en ligne ou publiés sur un espace que l’on gère.',
      en: 'Sales of banned goods, violence, scams or content unsuitable for minors, seen online or posted on a space one runs.',
    },
    publics: ALL,
    severity: 'low',
    services: ['website-repair', 'security-audit'],
  },
  {
    id: 'child-abuse-content',
    name: { fr: 'Contenu pédocriminel', en: 'Child sexual abuse material' },
    description: {
      fr: 'Images ou vidéos d’abus sexuels sur des enfants, rencontrées en ligne, reçues ou découvertes sur un appareil.',
      en: 'Images or videos of child sexual abuse, found online, received or discovered on a device.',
    },
    publics: ALL,
    severity: 'critical',
    services: ['forensics'],
  },
  {
    id: 'terrorist-content',
    name: { fr: 'Contenu terroriste', en: 'Terrorist content' },
    description: {
      fr: 'Appels à commettre des attentats, propagande ou apologie du terrorisme, ou signes de radicalisation d’un proche.',
      en: 'Calls to commit attacks, terrorist propaganda or glorification, or signs that someone close is becoming radicalised.',
    },
    publics: ALL,
    severity: 'critical',
    services: ['forensics'],
  },
  {
    id: 'suicide-announcement',
    name: { fr: 'Annonce de suicide en ligne', en: 'Suicide announced online' },
    description: {
      fr: 'Une personne annonce sur internet qu’elle veut mettre fin à ses jours ou se faire du mal.',
      en: 'Someone announces online that they want to end their life or harm themselves.',
    },
    publics: ALL,
    severity: 'critical',
    services: [],
  },
];
