import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: bank cards, fake bank advisers, purchases, sales and rentals', () => {
  runScenarios([
    // Bank cards and fake bank advisers.
    {
      story:
        'My bank’s “fraud department” called, had me read out SMS codes, and now a courier is coming to pick up my card',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'bank'],
        ['fraud-bank-kind', 'advisor'],
        ['fraud-advisor-what', 'courier-coming', 'codes'],
      ],
      expect: {
        threat: 'fake-bank-advisor',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'card-opposition', 'bank', 'complaint'],
        advice: ['refuse-courier', 'block-card-now'],
      },
    },
    {
      story:
        'Un faux conseiller de ma banque m’a fait valider un virement de 4 000 € vers un « compte sécurisé » et je lui ai donné les codes reçus par SMS',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'bank'],
        ['fraud-bank-kind', 'advisor'],
        ['fraud-advisor-what', 'transferred', 'codes'],
      ],
      expect: {
        threat: 'fake-bank-advisor',
        severity: 'critical',
        urgent: false,
        orientations: ['bank', 'card-opposition', 'complaint', 'info-escroqueries'],
        advice: ['hang-up-call-back', 'recall-transfer', 'contest-despite-approval'],
      },
    },
    {
      story: 'Three online purchases I never made showed up on my card, which is still in my wallet',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'bank'],
        ['fraud-bank-kind', 'card-payments'],
        ['fraud-card-possession', 'have-card'],
        ['fraud-card-how', 'no-idea'],
      ],
      expect: {
        threat: 'card-fraud',
        severity: 'high',
        urgent: false,
        orientations: ['card-opposition', 'perceval', 'bank'],
        advice: ['block-card-now', 'contest-card-payments'],
      },
    },

    // Purchases, sales, rentals.
    {
      story:
        'I bought a used console from a Leboncoin ad; the seller asked for a bank transfer, then stopped answering and never shipped it',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'trade'],
        ['fraud-trade-kind', 'bought'],
        ['fraud-purchase-where', 'private'],
        ['fraud-ad-payment', 'direct'],
      ],
      expect: {
        threat: 'purchase-scam',
        severity: 'high',
        urgent: false,
        orientations: ['bank', 'thesee'],
        advice: ['recall-transfer', 'capture-ad-and-chat'],
      },
    },
    {
      story:
        'Our shop ordered packaging by card from a cheap website that turned out to be fake; nothing was ever delivered',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'money'],
        ['fraud-start', 'trade'],
        ['fraud-trade-kind', 'bought'],
        ['fraud-purchase-where', 'shop'],
        ['fraud-shop-payment', 'card'],
      ],
      expect: {
        threat: 'fake-online-shop',
        severity: 'high',
        urgent: false,
        orientations: ['card-opposition', 'bank', 'complaint', 'info-escroqueries', 'pharos'],
        advice: ['block-card-now', 'ask-chargeback'],
      },
    },
    {
      story:
        'Je vendais un canapé, l’« acheteur » m’a envoyé un lien pour recevoir le paiement et j’y ai saisi ma carte bancaire',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'trade'],
        ['fraud-trade-kind', 'sold'],
        ['fraud-sale-how', 'card-given'],
      ],
      expect: {
        threat: 'sale-scam',
        severity: 'high',
        urgent: false,
        orientations: ['card-opposition', 'bank', 'perceval', 'thesee'],
        advice: ['block-card-now', 'stay-on-platform'],
      },
    },
    {
      story:
        'Our company sold a machine online; the buyer sent a link to “receive the payment” and our manager typed the company card',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'money'],
        ['fraud-start', 'trade'],
        ['fraud-trade-kind', 'sold'],
        ['fraud-sale-how', 'card-given'],
      ],
      expect: {
        threat: 'sale-scam',
        severity: 'high',
        urgent: false,
        orientations: ['card-opposition', 'bank', 'complaint'],
      },
    },
    {
      story:
        'I paid a €900 deposit for a holiday flat and sent a copy of my ID card; the listing vanished and the owner is unreachable',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'trade'],
        ['fraud-trade-kind', 'rental'],
        ['fraud-rental-what', 'money', 'documents'],
      ],
      expect: {
        threat: 'rental-scam',
        severity: 'high',
        urgent: false,
        orientations: ['bank', 'thesee', 'info-escroqueries'],
        advice: ['recall-transfer', 'watch-identity-misuse'],
      },
    },
    {
      story:
        'Des fournisseurs nous appellent pour des commandes de matériel informatique passées au nom de la commune depuis une fausse adresse',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'money'],
        ['fraud-start', 'trade'],
        ['fraud-trade-kind', 'orders'],
        ['fraud-order-side', 'impersonated'],
      ],
      expect: {
        threat: 'fake-order-scam',
        severity: 'high',
        urgent: false,
        orientations: ['complaint', 'provider'],
        advice: ['stop-supplier-deliveries', 'alert-suppliers'],
      },
    },
    {
      story:
        'We paid a €1,200 invoice for an “official companies register” listing that we had signed thinking it was free',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'money'],
        ['fraud-start', 'trade'],
        ['fraud-trade-kind', 'invoice'],
        ['fraud-directory-stage', 'paid'],
      ],
      expect: {
        threat: 'directory-scam',
        severity: 'high',
        urgent: false,
        orientations: ['bank', 'complaint'],
        advice: ['pay-only-ordered-invoices'],
      },
    },
  ]);
});
