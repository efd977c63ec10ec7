import type { Advice } from '../../../types.ts';
import { ORGS } from '../../family.ts';

/** Fraud advice, phase "recover". */
export const recoverAdvice: Advice[] = [
  {
    id: 'check-recovery-options',
    phase: 'recover',
    text: {
      fr: 'Vérifiez les options de récupération de vos comptes (adresse et numéro de secours) et déconnectez les sessions inconnues : l’escroc a pu les modifier.',
      en: 'Check your accounts’ recovery options (backup email and number) and sign out unknown sessions: the fraudster may have changed them.',
    },
  },
  {
    id: 'scan-device-antivirus',
    phase: 'recover',
    text: {
      fr: 'Analysez l’appareil avec un antivirus à jour ; en cas de doute, faites-le vérifier ou réinitialiser par un professionnel.',
      en: 'Scan the device with an up-to-date antivirus; if in doubt, have it checked or reset by a professional.',
    },
  },
  {
    id: 'secure-online-banking',
    phase: 'recover',
    text: {
      fr: 'Depuis un appareil sain, changez le mot de passe de votre banque en ligne et vérifiez vos bénéficiaires, vos plafonds et vos appareils de confiance.',
      en: 'From a clean device, change your online banking password and check your payees, limits and trusted devices.',
    },
  },
  {
    id: 'change-password-if-typed',
    phase: 'recover',
    text: {
      fr: 'Si vous avez aussi saisi un mot de passe sur la fausse page, changez-le, ainsi que sur tous les comptes où vous l’utilisiez.',
      en: 'If you also typed a password on the fake page, change it, and on every account where you used it.',
    },
  },
  {
    id: 'expect-targeted-scams',
    phase: 'recover',
    text: {
      fr: 'Dans les semaines qui viennent, méfiez-vous des appels et messages qui citent vos données pour paraître crédibles : c’est souvent l’étape suivante des escrocs.',
      en: 'In the coming weeks, be wary of calls and messages quoting your data to seem genuine: that is often the fraudsters’ next step.',
    },
  },
  {
    id: 'watch-identity-misuse',
    phase: 'recover',
    text: {
      fr: 'Soyez attentif à tout courrier inhabituel (crédit, contrat, relance, amende) : vos papiers ou vos données peuvent servir à ouvrir des comptes à votre nom.',
      en: 'Watch for any unusual mail (loan, contract, reminder, fine): your documents or data may be used to open accounts in your name.',
    },
  },
  {
    id: 'carry-complaint-copy',
    phase: 'recover',
    text: {
      fr: 'Gardez une copie de votre plainte à portée de main : elle prouve l’usurpation si l’on vous réclame des dettes, des amendes ou des explications.',
      en: 'Keep a copy of your complaint at hand: it proves the identity theft if you are asked to pay debts or fines or to explain yourself.',
    },
  },
  {
    id: 'lock-messaging-account',
    phase: 'recover',
    text: {
      fr: 'Sur WhatsApp, Telegram ou Signal, activez la vérification en deux étapes avec un code personnel que vous ne communiquez jamais.',
      en: 'On WhatsApp, Telegram or Signal, turn on two-step verification with a personal PIN you never share.',
    },
  },
  {
    id: 'block-creditor-debits',
    phase: 'recover',
    text: {
      fr: 'Demandez à votre banque de bloquer les prélèvements de ce créancier, ou de n’autoriser que ceux de créanciers que vous connaissez (liste blanche).',
      en: 'Ask your bank to block debits from that creditor, or to allow only debits from creditors you know (allow list).',
    },
  },
  {
    id: 'check-phone-bill',
    phase: 'recover',
    text: {
      fr: 'Vérifiez votre facture de téléphone : si vous avez rappelé, contestez les frais surtaxés auprès de votre opérateur.',
      en: 'Check your phone bill: if you called back, dispute the premium-rate charges with your operator.',
    },
  },
  {
    id: 'check-insurance-cover',
    phase: 'recover',
    text: {
      fr: 'Vérifiez si votre assurance ou celle de votre carte couvre ce type de fraude, et déclarez le sinistre avec le récépissé de plainte.',
      en: 'Check whether your insurance or your card’s insurance covers this kind of fraud, and make a claim with the complaint receipt.',
    },
  },
  {
    id: 'reset-work-credentials',
    phase: 'recover',
    publics: ORGS,
    text: {
      fr: 'Faites réinitialiser le mot de passe et les sessions du compte professionnel, puis vérifiez les règles de transfert et de tri de la messagerie.',
      en: 'Have the work account’s password and sessions reset, then check the mailbox’s forwarding and filtering rules.',
    },
  },
];
