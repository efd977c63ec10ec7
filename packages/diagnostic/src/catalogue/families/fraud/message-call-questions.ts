import type { Question } from '../../../types.ts';
import { IB, IND } from '../../family.ts';

/** Suspicious messages (message-start): phone calls. */
export const callQuestions: Question[] = [
  {
    id: 'msg-call-topic',
    kind: 'single',
    text: { fr: 'Qui prétendait vous appeler ?', en: 'Who claimed to be calling?' },
    options: [
      {
        id: 'bank',
        label: {
          fr: 'Ma banque, son service des fraudes ou la police, à propos de mon compte ou de ma carte',
          en: 'My bank, its fraud department or the police, about my account or card',
        },
        publics: IB,
        next: { question: 'fraud-advisor-what' },
      },
      {
        id: 'tech',
        label: {
          fr: 'Un technicien (Microsoft, opérateur…) qui dit que mon appareil est infecté',
          en: 'A technician (Microsoft, operator…) saying my device is infected',
        },
        next: { question: 'fraud-support-what' },
      },
      {
        id: 'official',
        label: {
          fr: 'Un organisme (impôts, Ameli, CAF, fournisseur d’énergie, opérateur) qui réclame un paiement ou des informations',
          en: 'An organisation (tax office, health insurance, family benefits, energy supplier, operator) asking for a payment or information',
        },
        next: { question: 'msg-call-action' },
      },
      {
        id: 'investment',
        label: {
          fr: 'Un conseiller qui propose un placement',
          en: 'An adviser offering an investment',
        },
        publics: IB,
        next: { question: 'fraud-investment-stage' },
      },
      {
        id: 'cpf',
        label: {
          fr: 'Un organisme de formation à propos de mon CPF',
          en: 'A training provider about my CPF',
        },
        publics: IND,
        next: { question: 'msg-cpf-what' },
      },
      {
        id: 'relative',
        label: {
          fr: 'Un proche en détresse (accident, hôpital, garde à vue), ou quelqu’un qui appelle en son nom',
          en: 'A relative in trouble (accident, hospital, police custody), or someone calling on their behalf',
        },
        publics: IND,
        next: { question: 'fraud-relative-trouble-what' },
      },
      {
        id: 'cold-call',
        label: {
          fr: 'Du démarchage commercial insistant (rénovation énergétique, assurance, téléphonie…)',
          en: 'Pushy sales calls (energy renovation, insurance, phone plans…)',
        },
        next: { outcome: 'spam-call' },
      },
      {
        id: 'ping',
        label: {
          fr: 'Des appels très brefs d’un numéro inconnu, qui raccroche aussitôt',
          en: 'Very short calls from an unknown number that hangs up at once',
        },
        next: { outcome: 'spam-ping-call' },
      },
    ],
  },
  {
    id: 'msg-call-action',
    kind: 'multiple',
    text: { fr: 'Qu’avez-vous fait pendant l’appel ?', en: 'What did you do during the call?' },
    help: { fr: 'Cochez tout ce qui s’applique.', en: 'Tick everything that applies.' },
    options: [
      {
        id: 'paid',
        label: {
          fr: 'J’ai payé ou donné mon numéro de carte',
          en: 'I paid or gave my card number',
        },
        flags: ['money-lost', 'data-exposed'],
      },
      {
        id: 'info',
        label: {
          fr: 'J’ai donné des informations personnelles ou des identifiants',
          en: 'I gave personal information or logins',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'nothing',
        label: { fr: 'J’ai raccroché sans rien donner', en: 'I hung up without giving anything' },
        exclusive: true,
      },
    ],
    branches: [
      { when: ['paid'], next: { outcome: 'phishing-call-payment' } },
      { when: ['info'], next: { outcome: 'phishing-call-info' } },
    ],
    next: { outcome: 'phishing-call-seen' },
  },
  {
    id: 'msg-cpf-what',
    kind: 'single',
    text: { fr: 'Que se passe-t-il avec votre CPF ?', en: 'What is happening with your CPF?' },
    options: [
      {
        id: 'used',
        label: {
          fr: 'Mes droits ont servi à une formation que je n’ai pas demandée',
          en: 'My credits were spent on a course I did not ask for',
        },
        flags: ['money-lost'],
        next: { outcome: 'cpf-scam-used' },
      },
      {
        id: 'gave-access',
        label: {
          fr: 'J’ai donné mes identifiants ou un code de connexion (FranceConnect) à un interlocuteur',
          en: 'I gave my logins or a sign-in code (FranceConnect) to someone',
        },
        flags: ['data-exposed'],
        next: { outcome: 'cpf-scam-access' },
      },
      {
        id: 'solicited',
        label: {
          fr: 'On m’appelle ou m’écrit sans cesse à ce sujet',
          en: 'I keep getting calls or messages about it',
        },
        next: { outcome: 'cpf-scam-attempt' },
      },
    ],
  },
];
