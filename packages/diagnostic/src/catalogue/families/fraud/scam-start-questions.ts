import type { Question } from '../../../types.ts';
import { IB, IND } from '../../family.ts';

/** Scams: from "I was scammed or someone asks me for money" (fraud-start). */
export const scamStartQuestions: Question[] = [
  {
    id: 'fraud-start',
    kind: 'single',
    text: { fr: 'De quel type d’arnaque s’agit-il ?', en: 'What kind of scam is it?' },
    options: [
      {
        id: 'trade',
        label: {
          fr: 'Un achat, une vente, une location, une commande ou une facture',
          en: 'A purchase, a sale, a rental, an order or an invoice',
        },
        next: { question: 'fraud-trade-kind' },
      },
      {
        id: 'bank',
        label: {
          fr: 'Des paiements inconnus sur une carte ou un compte, ou un appel de « votre banque »',
          en: 'Unknown payments on a card or account, or a call from “your bank”',
        },
        next: { question: 'fraud-bank-kind' },
      },
      {
        id: 'promise',
        label: {
          fr: 'Une promesse d’argent : placement, crédit, gain, héritage, emploi',
          en: 'A promise of money: investment, loan, prize, inheritance, job',
        },
        publics: IB,
        next: { question: 'fraud-promise-kind' },
      },
      {
        id: 'relation',
        label: {
          fr: 'Une personne rencontrée en ligne ou un « proche » qui me demande de l’argent',
          en: 'Someone I met online or a “relative” asking me for money',
        },
        publics: IND,
        next: { question: 'fraud-relation-kind' },
      },
      {
        id: 'support',
        label: {
          fr: 'Un faux support technique : alerte de blocage à l’écran, appel d’un faux technicien',
          en: 'Fake tech support: a blocking alert on screen, a call from a fake technician',
        },
        next: { question: 'fraud-support-what' },
      },
      {
        id: 'admin',
        label: {
          fr: 'Une démarche administrative payée sur un site non officiel, ou mon compte formation (CPF)',
          en: 'A government formality I paid for on an unofficial website, or my training account (CPF)',
        },
        publics: IB,
        next: { question: 'fraud-admin-kind' },
      },
      {
        id: 'charity',
        label: {
          fr: 'Un appel aux dons ou une cagnotte douteuse',
          en: 'A dubious appeal for donations or fundraiser',
        },
        publics: IB,
        next: { question: 'fraud-charity-paid' },
      },
      {
        id: 'customer-service',
        label: {
          fr: 'Un faux service client, trouvé en cherchant un numéro ou une adresse sur internet',
          en: 'A fake customer service, found while searching online for a number or address',
        },
        next: { question: 'fraud-customer-service-what' },
      },
      {
        id: 'qr-code',
        label: {
          fr: 'Un QR code scanné (horodateur, borne de recharge, courrier, affiche) qui m’a fait payer ou me connecter',
          en: 'A QR code I scanned (parking meter, charging point, letter, poster) that made me pay or log in',
        },
        next: { question: 'msg-qr-action' },
      },
      {
        id: 'subscription',
        label: {
          fr: 'Un « essai gratuit » ou un petit paiement devenu un abonnement que je n’arrive pas à arrêter',
          en: 'A “free trial” or a small payment that turned into a subscription I cannot stop',
        },
        publics: IB,
        next: { question: 'fraud-subscription-stage' },
      },
      {
        id: 'crypto',
        label: {
          fr: 'Mes cryptomonnaies ont été volées ou mon portefeuille a été vidé',
          en: 'My crypto was stolen or my wallet was drained',
        },
        publics: IB,
        next: { question: 'fraud-crypto-how' },
      },
      {
        id: 'other',
        label: { fr: 'Autre chose', en: 'Something else' },
        next: { outcome: 'general' },
      },
    ],
  },
];
