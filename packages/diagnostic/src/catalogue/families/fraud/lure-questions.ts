import type { Question } from '../../../types.ts';
import { choice, o, opt, q, t } from '../../family.ts';
import { actionQuestion } from './message-action-question.ts';

/**
 * Scams that lure the victim to a fake page, number, contract or person: QR codes, sponsored
 * customer-service numbers, subscription traps, crypto wallets, relatives in trouble.
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

  // Subscription traps.
  {
    id: 'fraud-subscription-stage',
    kind: 'single',
    text: t('Où en êtes-vous ?', 'What has happened so far?'),
    options: [
      opt(
        'debited',
        'Des prélèvements ou des paiements reviennent chaque mois et je n’arrive pas à résilier',
        'Debits or payments come back every month and I cannot cancel',
        o('subscription-trap-debited'),
        { flags: ['money-lost'] },
      ),
      opt(
        'card-given',
        'J’ai payé les frais ou donné ma carte, mais rien d’autre n’a encore été prélevé',
        'I paid the fee or gave my card, but nothing else has been taken yet',
        o('subscription-trap-card-given'),
        { flags: ['data-exposed'] },
      ),
    ],
  },

  // Crypto wallets.
  {
    id: 'fraud-crypto-how',
    kind: 'single',
    text: t('Comment cela s’est-il produit ?', 'How did it happen?'),
    options: [
      opt(
        'seed',
        'J’ai saisi ou donné ma phrase de récupération (12 ou 24 mots) sur un site, dans une application ou à un « support »',
        'I typed or gave my recovery phrase (12 or 24 words) on a site, in an app or to a “support” agent',
        q('fraud-crypto-funds'),
        { flags: ['data-exposed'] },
      ),
      opt(
        'fake-app',
        'J’ai installé une application de portefeuille depuis une publicité, un lien ou un message',
        'I installed a wallet app from an ad, a link or a message',
        q('fraud-crypto-funds'),
        { flags: ['data-exposed'] },
      ),
      opt(
        'signed',
        'J’ai connecté mon portefeuille à un site et validé une transaction ou une autorisation',
        'I connected my wallet to a site and approved a transaction or a permission',
        q('fraud-crypto-funds'),
      ),
      opt(
        'exchange',
        'Mon compte sur une plateforme d’échange a été piraté',
        'My account on an exchange was hacked',
        q('fraud-crypto-funds'),
      ),
      opt('unknown', 'Je ne sais pas', 'I do not know', q('fraud-crypto-funds')),
    ],
  },
  {
    id: 'fraud-crypto-funds',
    kind: 'single',
    text: t('Des fonds ont-ils déjà disparu ?', 'Have any funds already gone?'),
    options: [
      opt(
        'drained',
        'Oui, des fonds ont été transférés sans mon accord',
        'Yes, funds were transferred without my consent',
        o('crypto-wallet-drained'),
        { flags: ['money-lost'] },
      ),
      opt(
        'intact',
        'Non, mes fonds sont encore là',
        'No, my funds are still there',
        o('crypto-wallet-exposed'),
      ),
    ],
  },

  // A relative in trouble, by phone, voice message or message, sometimes with a cloned voice.
  {
    id: 'fraud-relative-trouble-what',
    kind: 'single',
    text: t('Qu’avez-vous fait ?', 'What have you done so far?'),
    help: t(
      'La voix peut être imitée par intelligence artificielle à partir de quelques secondes d’enregistrement : l’entendre ne prouve pas que c’est votre proche.',
      'A voice can be imitated by artificial intelligence from a few seconds of recording: hearing it does not prove it is your relative.',
    ),
    options: [
      opt(
        'courier',
        'Quelqu’un doit passer chez moi chercher de l’argent, des bijoux ou ma carte',
        'Someone is about to come to my home to collect money, jewellery or my card',
        o('relative-trouble-courier'),
        { flags: ['danger', 'ongoing'] },
      ),
      opt(
        'paid',
        'J’ai envoyé de l’argent (virement, coupons, cryptomonnaie) ou donné mon numéro de carte',
        'I sent money (transfer, vouchers, crypto) or gave my card number',
        o('relative-trouble-paid'),
        { flags: ['money-lost'] },
      ),
      opt(
        'not-paid',
        'Je n’ai rien envoyé, j’ai un doute',
        'I have sent nothing, I have doubts',
        o('relative-trouble-attempt'),
      ),
    ],
  },
];
