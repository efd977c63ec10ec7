import type { Question } from '../../../types.ts';
import { ageQuestion, IND, q } from '../../family.ts';

/** Scams (fraud-start): online relationships, fake relatives, fake tech support, official procedures. */
export const scamImpersonationQuestions: Question[] = [
  // Online relationships and fake relatives.
  {
    id: 'fraud-relation-kind',
    kind: 'single',
    text: { fr: 'Qui vous demande de l’argent ?', en: 'Who is asking you for money?' },
    options: [
      {
        id: 'online-relationship',
        label: {
          fr: 'Une personne rencontrée sur internet (site de rencontre, réseau social, jeu) avec qui j’ai une relation',
          en: 'Someone I met online (dating site, social network, game) with whom I have a relationship',
        },
        next: { question: 'fraud-romance-age' },
      },
      {
        id: 'relative',
        label: {
          fr: 'Un « proche » qui a changé de numéro ou dont le compte semble piraté',
          en: 'A “relative” with a new number, or whose account seems hacked',
        },
        next: { question: 'fraud-relative-paid' },
      },
      {
        id: 'in-trouble',
        label: {
          fr: 'Un proche en détresse (accident, hôpital, garde à vue) au téléphone ou par message vocal, dont je crois reconnaître la voix',
          en: 'A relative in trouble (accident, hospital, police custody) on the phone or by voice message, whose voice I think I recognise',
        },
        next: { question: 'fraud-relative-trouble-what' },
      },
    ],
  },
  ageQuestion('fraud-romance-age', q('fraud-romance-what')),
  {
    id: 'fraud-romance-what',
    kind: 'multiple',
    text: { fr: 'Que s’est-il passé ?', en: 'What happened?' },
    help: { fr: 'Cochez tout ce qui s’applique.', en: 'Tick everything that applies.' },
    options: [
      {
        id: 'threats',
        label: {
          fr: 'La personne me menace, moi ou mes proches',
          en: 'The person is threatening me or my family',
        },
        flags: ['danger'],
      },
      {
        id: 'blackmail',
        label: {
          fr: 'Elle menace de diffuser des images intimes si je ne paie pas',
          en: 'They threaten to share intimate images unless I pay',
        },
        flags: ['ongoing'],
      },
      {
        id: 'paid',
        label: {
          fr: 'Je lui ai envoyé de l’argent, des coupons ou de la cryptomonnaie',
          en: 'I sent them money, vouchers or crypto',
        },
        flags: ['money-lost'],
      },
      {
        id: 'images',
        label: {
          fr: 'Je lui ai envoyé des photos ou vidéos intimes',
          en: 'I sent them intimate photos or videos',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'asks',
        label: {
          fr: 'Elle me demande de l’argent, je n’ai encore rien envoyé',
          en: 'They are asking for money, I have sent nothing yet',
        },
      },
    ],
    branches: [
      { when: ['threats'], next: { outcome: 'romance-scam-threats' } },
      { when: ['blackmail'], next: { question: 'person-sextortion-safety' } },
      { when: ['paid'], next: { outcome: 'romance-scam-paid' } },
      { when: ['images'], next: { outcome: 'romance-scam-intimate' } },
    ],
    next: { outcome: 'romance-scam-doubt' },
  },
  {
    id: 'fraud-relative-paid',
    kind: 'single',
    text: { fr: 'Avez-vous envoyé de l’argent ?', en: 'Did you send money?' },
    options: [
      {
        id: 'paid',
        label: { fr: 'Oui, j’ai fait un virement ou un paiement', en: 'Yes, I made a transfer or payment' },
        flags: ['money-lost'],
        next: { outcome: 'fake-relative-paid' },
      },
      {
        id: 'not-paid',
        label: { fr: 'Non, j’ai un doute', en: 'No, I have doubts' },
        next: { outcome: 'fake-relative-attempt' },
      },
    ],
  },

  // Fake tech support.
  {
    id: 'fraud-support-what',
    kind: 'multiple',
    text: { fr: 'Qu’avez-vous fait ?', en: 'What did you do?' },
    help: { fr: 'Cochez tout ce qui s’applique.', en: 'Tick everything that applies.' },
    options: [
      {
        id: 'remote',
        label: {
          fr: 'J’ai laissé quelqu’un prendre le contrôle de mon appareil à distance',
          en: 'I let someone take control of my device remotely',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'bank-login',
        label: {
          fr: 'Je me suis connecté à ma banque pendant l’intervention',
          en: 'I logged in to my bank during the session',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'paid',
        label: {
          fr: 'J’ai payé un « dépannage », un antivirus ou un abonnement',
          en: 'I paid for a “repair”, an antivirus or a subscription',
        },
        flags: ['money-lost'],
      },
      {
        id: 'called',
        label: {
          fr: 'J’ai appelé le numéro affiché, sans rien installer ni payer',
          en: 'I called the number shown, without installing or paying anything',
        },
      },
      {
        id: 'screen-only',
        label: {
          fr: 'Rien de tout cela : j’ai seulement vu l’alerte ou j’ai raccroché',
          en: 'None of these: I only saw the alert or hung up',
        },
        exclusive: true,
      },
    ],
    branches: [
      { when: ['remote', 'bank-login'], next: { outcome: 'fake-support-remote' } },
      { when: ['paid'], next: { outcome: 'fake-support-paid' } },
    ],
    next: { outcome: 'fake-support-popup' },
  },

  // Official procedures and training accounts.
  {
    id: 'fraud-admin-kind',
    kind: 'single',
    text: { fr: 'Que s’est-il passé ?', en: 'What happened?' },
    options: [
      {
        id: 'overcharged',
        label: {
          fr: 'J’ai payé une démarche (carte grise, acte de naissance, casier judiciaire…) bien plus cher, ou un abonnement',
          en: 'I paid far too much for a procedure (vehicle registration, birth certificate, criminal record…), or a subscription',
        },
        flags: ['money-lost'],
        next: { outcome: 'fake-admin-overcharged' },
      },
      {
        id: 'nothing-received',
        label: {
          fr: 'J’ai payé une démarche sur ce site et je n’ai rien reçu',
          en: 'I paid for a procedure on that site and received nothing',
        },
        flags: ['money-lost'],
        next: { outcome: 'fake-admin-nothing' },
      },
      {
        id: 'cpf',
        label: {
          fr: 'Mon compte formation (CPF) est concerné',
          en: 'My training account (CPF) is involved',
        },
        publics: IND,
        next: { question: 'msg-cpf-what' },
      },
    ],
  },
  {
    id: 'fraud-charity-paid',
    kind: 'single',
    text: { fr: 'Avez-vous donné ?', en: 'Did you donate?' },
    options: [
      {
        id: 'paid',
        label: { fr: 'Oui', en: 'Yes' },
        flags: ['money-lost'],
        next: { outcome: 'fake-charity-paid' },
      },
      {
        id: 'not-paid',
        label: { fr: 'Non, j’ai un doute', en: 'No, I have doubts' },
        next: { outcome: 'fake-charity-attempt' },
      },
    ],
  },
];
