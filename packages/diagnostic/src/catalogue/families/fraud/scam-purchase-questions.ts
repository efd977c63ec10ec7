import type { Question } from '../../../types.ts';
import { IB, IND, ORGS } from '../../family.ts';

/** Scams (fraud-start): purchases, sales, rentals, orders. */
export const scamPurchaseQuestions: Question[] = [
  {
    id: 'fraud-trade-kind',
    kind: 'single',
    text: { fr: 'Que s’est-il passé ?', en: 'What happened?' },
    options: [
      {
        id: 'bought',
        label: {
          fr: 'J’ai acheté quelque chose qui n’est jamais arrivé, ou je doute d’un vendeur',
          en: 'I bought something that never arrived, or I doubt a seller',
        },
        next: { question: 'fraud-purchase-where' },
      },
      {
        id: 'sold',
        label: {
          fr: 'Je vends quelque chose et l’acheteur est suspect',
          en: 'I am selling something and the buyer is suspicious',
        },
        publics: IB,
        next: { question: 'fraud-sale-how' },
      },
      {
        id: 'rental',
        label: {
          fr: 'Je cherchais un logement ou une location de vacances',
          en: 'I was looking for a home or a holiday rental',
        },
        publics: IND,
        next: { question: 'fraud-rental-what' },
      },
      {
        id: 'orders',
        label: {
          fr: 'Des commandes passées en notre nom, ou un client qui a commandé sans payer',
          en: 'Orders placed in our name, or a customer who ordered and did not pay',
        },
        publics: ORGS,
        next: { question: 'fraud-order-side' },
      },
      {
        id: 'invoice',
        label: {
          fr: 'Une facture ou un formulaire d’annuaire, de registre ou de « mise en conformité » jamais demandé',
          en: 'An invoice or form for a directory, register or “compliance” service we never asked for',
        },
        publics: ORGS,
        next: { question: 'fraud-directory-stage' },
      },
    ],
  },
  {
    id: 'fraud-purchase-where',
    kind: 'single',
    text: { fr: 'Où avez-vous acheté ?', en: 'Where did you buy?' },
    options: [
      {
        id: 'shop',
        label: { fr: 'Sur un site de vente en ligne (une boutique)', en: 'On an online shop' },
        next: { question: 'fraud-shop-payment' },
      },
      {
        id: 'private',
        label: {
          fr: 'Auprès d’un particulier : petite annonce, réseau social, forum',
          en: 'From a private seller: classified ad, social network, forum',
        },
        next: { question: 'fraud-ad-payment' },
      },
    ],
  },
  {
    id: 'fraud-shop-payment',
    kind: 'single',
    text: { fr: 'Comment avez-vous payé ?', en: 'How did you pay?' },
    options: [
      {
        id: 'card',
        label: { fr: 'Par carte bancaire', en: 'By bank card' },
        flags: ['money-lost', 'data-exposed'],
        next: { outcome: 'fake-shop-card' },
      },
      {
        id: 'transfer',
        label: {
          fr: 'Par virement, coupon, mandat ou cryptomonnaie',
          en: 'By transfer, voucher, money order or crypto',
        },
        flags: ['money-lost'],
        next: { outcome: 'fake-shop-transfer' },
      },
      {
        id: 'not-paid',
        label: {
          fr: 'Je n’ai pas encore payé : je doute de ce site',
          en: 'I have not paid yet: I have doubts about this site',
        },
        next: { outcome: 'fake-shop-doubt' },
      },
    ],
  },
  {
    id: 'fraud-ad-payment',
    kind: 'single',
    text: { fr: 'Comment avez-vous payé le vendeur ?', en: 'How did you pay the seller?' },
    options: [
      {
        id: 'direct',
        label: {
          fr: 'Directement : virement, PayPal « entre proches », coupon, cryptomonnaie ou lien envoyé par le vendeur',
          en: 'Directly: transfer, PayPal “friends and family”, voucher, crypto or a link the seller sent',
        },
        flags: ['money-lost'],
        next: { outcome: 'purchase-scam-paid' },
      },
      {
        id: 'platform',
        label: {
          fr: 'Par le paiement sécurisé de la plateforme',
          en: 'Through the platform’s secure payment',
        },
        flags: ['money-lost'],
        next: { outcome: 'purchase-scam-platform' },
      },
      {
        id: 'not-paid',
        label: {
          fr: 'Pas encore : le vendeur insiste pour être payé en dehors de la plateforme',
          en: 'Not yet: the seller insists on being paid outside the platform',
        },
        next: { outcome: 'purchase-scam-attempt' },
      },
    ],
  },
  {
    id: 'fraud-sale-how',
    kind: 'single',
    text: { fr: 'Que fait cet acheteur ?', en: 'What is this buyer doing?' },
    options: [
      {
        id: 'card-given',
        label: {
          fr: 'Il m’a envoyé un lien pour « recevoir le paiement » et j’y ai saisi ma carte bancaire',
          en: 'They sent me a link to “receive the payment” and I typed my card details there',
        },
        flags: ['data-exposed'],
        next: { outcome: 'sale-scam-card-given' },
      },
      {
        id: 'link-only',
        label: {
          fr: 'Il m’a envoyé un lien de paiement ou de livraison, sans que j’y saisisse quoi que ce soit',
          en: 'They sent me a payment or delivery link, but I typed nothing there',
        },
        next: { outcome: 'sale-scam-link-only' },
      },
      {
        id: 'not-paid',
        label: {
          fr: 'J’ai remis ou envoyé le bien et je n’ai jamais été payé (faux justificatif, chèque sans valeur)',
          en: 'I handed over or shipped the item and was never paid (fake receipt, worthless cheque)',
        },
        flags: ['money-lost'],
        next: { outcome: 'sale-scam-goods-lost' },
      },
      {
        id: 'overpaid',
        label: {
          fr: 'Il dit avoir payé trop et me demande de rembourser la différence',
          en: 'They say they overpaid and ask me to refund the difference',
        },
        next: { outcome: 'sale-scam-overpayment' },
      },
    ],
  },
  {
    id: 'fraud-rental-what',
    kind: 'multiple',
    text: { fr: 'Qu’avez-vous déjà envoyé ?', en: 'What have you already sent?' },
    help: { fr: 'Cochez tout ce qui s’applique.', en: 'Tick everything that applies.' },
    options: [
      {
        id: 'money',
        label: {
          fr: 'De l’argent : réservation, dépôt de garantie, premier loyer',
          en: 'Money: booking fee, deposit, first rent',
        },
        flags: ['money-lost'],
      },
      {
        id: 'documents',
        label: {
          fr: 'Des copies de mes papiers (identité, fiches de paie, avis d’impôt)',
          en: 'Copies of my documents (ID, payslips, tax notice)',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'nothing',
        label: { fr: 'Rien encore, mais on me le demande', en: 'Nothing yet, but I am being asked to' },
        exclusive: true,
      },
    ],
    branches: [
      { when: ['money'], next: { outcome: 'rental-scam-paid' } },
      { when: ['documents'], next: { outcome: 'rental-scam-documents' } },
    ],
    next: { outcome: 'rental-scam-attempt' },
  },
  {
    id: 'fraud-order-side',
    kind: 'single',
    text: { fr: 'Quelle est votre situation ?', en: 'What is your situation?' },
    options: [
      {
        id: 'impersonated',
        label: {
          fr: 'Des fournisseurs reçoivent des commandes passées en notre nom que nous n’avons jamais faites',
          en: 'Suppliers are receiving orders in our name that we never placed',
        },
        next: { outcome: 'fake-order-impersonated' },
      },
      {
        id: 'delivered',
        label: {
          fr: 'Nous avons livré un client qui se présentait comme une entreprise ou un organisme public, et il ne paie pas',
          en: 'We delivered to a customer posing as a company or public body, and it does not pay',
        },
        publics: ['business'],
        flags: ['money-lost'],
        next: { outcome: 'fake-order-delivered' },
      },
      {
        id: 'doubt',
        label: {
          fr: 'Nous avons reçu une grosse commande inhabituelle et nous avons un doute',
          en: 'We received an unusually large order and have doubts',
        },
        publics: ['business'],
        next: { outcome: 'fake-order-doubt' },
      },
    ],
  },
  {
    id: 'fraud-directory-stage',
    kind: 'single',
    text: { fr: 'Où en êtes-vous ?', en: 'What has happened so far?' },
    options: [
      {
        id: 'paid',
        label: { fr: 'Nous avons payé', en: 'We paid' },
        flags: ['money-lost'],
        next: { outcome: 'directory-scam-paid' },
      },
      {
        id: 'signed',
        label: {
          fr: 'Nous avons signé ou renvoyé le formulaire, sans payer',
          en: 'We signed or returned the form, without paying',
        },
        next: { outcome: 'directory-scam-signed' },
      },
      {
        id: 'received',
        label: {
          fr: 'Nous avons seulement reçu le courrier ou la facture',
          en: 'We only received the letter or invoice',
        },
        next: { outcome: 'directory-scam-received' },
      },
    ],
  },
];
