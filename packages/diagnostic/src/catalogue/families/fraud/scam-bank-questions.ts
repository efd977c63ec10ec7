import type { Question } from '../../../types.ts';
import { IB } from '../../family.ts';

/** Scams (fraud-start): cards, accounts and fake bank advisers. */
export const scamBankQuestions: Question[] = [
  {
    id: 'fraud-bank-kind',
    kind: 'single',
    text: { fr: 'Que constatez-vous ?', en: 'What do you notice?' },
    options: [
      {
        id: 'card-payments',
        label: {
          fr: 'Des paiements par carte que je n’ai pas faits',
          en: 'Card payments I did not make',
        },
        flags: ['money-lost'],
        next: { question: 'fraud-card-possession' },
      },
      {
        id: 'debits',
        label: {
          fr: 'Des prélèvements ou des virements que je n’ai pas autorisés',
          en: 'Direct debits or transfers I did not authorise',
        },
        flags: ['money-lost'],
        next: { question: 'fraud-debit-origin' },
      },
      {
        id: 'advisor',
        label: {
          fr: 'Un prétendu conseiller de ma banque, du service des fraudes ou de la police m’a contacté',
          en: 'A supposed adviser from my bank, its fraud department or the police contacted me',
        },
        publics: IB,
        next: { question: 'fraud-advisor-what' },
      },
    ],
  },
  {
    id: 'fraud-card-possession',
    kind: 'single',
    text: { fr: 'Avez-vous toujours la carte en votre possession ?', en: 'Do you still have the card?' },
    options: [
      {
        id: 'have-card',
        label: { fr: 'Oui, je l’ai', en: 'Yes, I have it' },
        next: { question: 'fraud-card-how' },
      },
      {
        id: 'lost-stolen',
        label: { fr: 'Non, elle a été perdue ou volée', en: 'No, it was lost or stolen' },
        next: { outcome: 'card-fraud-stolen' },
      },
    ],
  },
  {
    id: 'fraud-card-how',
    kind: 'single',
    text: {
      fr: 'Avez-vous récemment communiqué les données de votre carte ou un code ?',
      en: 'Have you recently given out your card details or a code?',
    },
    options: [
      {
        id: 'no-idea',
        label: {
          fr: 'Non, je ne sais pas comment ils ont obtenu ma carte',
          en: 'No, I do not know how they got my card',
        },
        next: { outcome: 'card-fraud-online' },
      },
      {
        id: 'typed',
        label: {
          fr: 'Je l’ai saisie sur un site après un SMS, un courriel ou une annonce',
          en: 'I typed it on a site after a text, an email or an ad',
        },
        flags: ['data-exposed'],
        next: { outcome: 'card-fraud-after-phishing' },
      },
      {
        id: 'code-given',
        label: {
          fr: 'J’ai donné ou validé un code de confirmation à la demande de quelqu’un',
          en: 'I gave or approved a confirmation code because someone asked me to',
        },
        flags: ['data-exposed'],
        next: { outcome: 'card-fraud-validated' },
      },
    ],
  },
  {
    id: 'fraud-debit-origin',
    kind: 'single',
    text: {
      fr: 'Qu’avez-vous pu communiquer récemment ?',
      en: 'What might you have given out recently?',
    },
    options: [
      {
        id: 'login',
        label: {
          fr: 'Mes identifiants de banque en ligne, sur un lien ou au téléphone',
          en: 'My online banking login, on a link or over the phone',
        },
        flags: ['data-exposed'],
        next: { outcome: 'direct-debit-online-banking' },
      },
      {
        id: 'iban',
        label: {
          fr: 'Mon RIB, ou rien à ma connaissance',
          en: 'My bank details (IBAN), or nothing that I know of',
        },
        next: { outcome: 'direct-debit-unknown' },
      },
    ],
  },
  {
    id: 'fraud-advisor-what',
    kind: 'multiple',
    text: {
      fr: 'Qu’avez-vous fait pendant ou après cet appel ?',
      en: 'What did you do during or after this call?',
    },
    help: { fr: 'Cochez tout ce qui s’applique.', en: 'Tick everything that applies.' },
    options: [
      {
        id: 'courier-coming',
        label: {
          fr: 'Un « coursier » doit passer chez moi récupérer ma carte ou mes objets de valeur',
          en: 'A “courier” is about to come to my home to collect my card or valuables',
        },
        flags: ['danger', 'ongoing'],
      },
      {
        id: 'card-handed',
        label: {
          fr: 'J’ai remis ma carte à quelqu’un venu la chercher',
          en: 'I handed my card to someone who came to collect it',
        },
        flags: ['money-lost'],
      },
      {
        id: 'transferred',
        label: {
          fr: 'J’ai fait un virement ou validé des opérations dans mon application',
          en: 'I made a transfer or approved transactions in my app',
        },
        flags: ['money-lost'],
      },
      {
        id: 'codes',
        label: {
          fr: 'J’ai donné des codes reçus par SMS, mes identifiants ou mon numéro de carte',
          en: 'I gave codes received by text, my login or my card number',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'nothing',
        label: { fr: 'Rien : j’ai raccroché', en: 'Nothing: I hung up' },
        exclusive: true,
      },
    ],
    branches: [
      { when: ['courier-coming', 'card-handed'], next: { outcome: 'fake-advisor-courier' } },
      { when: ['transferred'], next: { outcome: 'fake-advisor-money' } },
      { when: ['codes'], next: { outcome: 'fake-advisor-codes' } },
    ],
    next: { outcome: 'fake-advisor-attempt' },
  },
];
