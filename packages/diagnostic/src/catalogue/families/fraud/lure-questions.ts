import type { Question } from '../../../types.ts';
import { choice, o, t } from '../../family.ts';
import { actionQuestion } from './message-action-question.ts';

/**
 * Scams that lure the victim to a fake page or number: QR codes and sponsored
 * customer-service numbers.
 */
export const lureQuestions: Question[] = [
  // QR codes ("quishing"): reached from message-start and fraud-start.
  actionQuestion('msg-qr-action', {
    card: 'qr-phishing-card',
    logins: 'qr-phishing-logins',
    software: {
      option: {
        id: 'app',
        label: t(
          'J’ai installé une application proposée après le scan',
          'I installed an app offered after scanning',
        ),
      },
      outcome: 'qr-phishing-app',
    },
    seen: 'qr-phishing-seen',
  }),

  // Fake customer service found through a search engine or a sponsored result.
  {
    id: 'fraud-customer-service-what',
    kind: 'multiple',
    text: t('Que s’est-il passé pendant l’échange ?', 'What happened during the exchange?'),
    help: t('Cochez tout ce qui s’applique.', 'Tick everything that applies.'),
    options: [
      choice(
        'remote',
        'J’ai laissé le faux conseiller prendre le contrôle de mon appareil à distance',
        'I let the fake adviser take control of my device remotely',
        { flags: ['data-exposed'] },
      ),
      choice(
        'paid',
        'J’ai payé (frais de dossier, remboursement, « mise à jour ») ou donné mon numéro de carte',
        'I paid (handling fee, refund, “update”) or gave my card number',
        { flags: ['money-lost', 'data-exposed'] },
      ),
      choice(
        'codes',
        'J’ai donné un code reçu par SMS, un mot de passe ou des identifiants',
        'I gave a code received by text, a password or logins',
        { flags: ['data-exposed'] },
      ),
      choice(
        'personal',
        'J’ai donné des informations personnelles (adresse, numéro de client ou de réservation, copie de papiers)',
        'I gave personal information (address, customer or booking number, copies of documents)',
        { flags: ['data-exposed'] },
      ),
      choice('nothing', 'J’ai raccroché sans rien donner', 'I hung up without giving anything', {
        exclusive: true,
      }),
    ],
    branches: [
      { when: ['remote'], next: o('fake-customer-service-remote') },
      { when: ['paid'], next: o('fake-customer-service-paid') },
      { when: ['codes', 'personal'], next: o('fake-customer-service-data') },
    ],
    next: o('fake-customer-service-attempt'),
  },
];
