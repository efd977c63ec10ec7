import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: scams, suspicious messages and identity theft', () => {
  runScenarios([
    // Suspicious messages.
    {
      story:
        'A text message said my parcel was held at the depot for unpaid fees; I clicked and typed my card number',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'sms'],
        ['msg-sms-topic', 'alert'],
        ['msg-sms-action', 'card'],
      ],
      expect: {
        threat: 'phishing',
        severity: 'high',
        urgent: false,
        orientations: ['card-opposition', 'bank', 'spam-33700'],
        advice: ['block-card-now', 'keep-original-message'],
      },
    },
    {
      story:
        'Un agent de la mairie a reçu un SMS « Ameli » pour renouveler sa carte Vitale ; il a cliqué mais n’a rien saisi',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'message'],
        ['message-start', 'sms'],
        ['msg-sms-topic', 'alert'],
        ['msg-sms-action', 'clicked'],
      ],
      expect: {
        threat: 'phishing',
        severity: 'low',
        urgent: false,
        orientations: ['spam-33700'],
        advice: ['close-fake-page'],
      },
    },
    {
      story:
        'Our accountant got an email saying the Microsoft 365 mailbox was full, clicked and typed her login and password',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'message'],
        ['message-start', 'email'],
        ['msg-email-topic', 'alert'],
        ['msg-email-action', 'logins', 'clicked'],
      ],
      expect: {
        threat: 'phishing',
        severity: 'high',
        urgent: false,
        orientations: ['signal-spam', 'provider', 'csirt', 'cnil'],
        advice: ['tell-it-team', 'change-passwords', 'assess-data-breach', 'reset-work-credentials'],
      },
    },
    {
      story:
        'J’ai reçu un courriel de la « gendarmerie » m’accusant de pédopornographie et me demandant de répondre sous 72 heures ; je n’ai rien fait',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'email'],
        ['msg-email-topic', 'summons'],
        ['msg-summons-stage', 'nothing'],
      ],
      expect: {
        threat: 'fake-summons',
        severity: 'low',
        urgent: false,
        orientations: ['pharos', 'signal-spam'],
        advice: ['dont-answer-summons'],
      },
    },
    {
      story:
        'My daughter texted me from a new number saying her phone broke and she needed €850 for a bill; I sent it',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'sms'],
        ['msg-sms-topic', 'relative'],
        ['fraud-relative-paid', 'paid'],
      ],
      expect: {
        threat: 'fake-relative',
        severity: 'high',
        urgent: false,
        orientations: ['bank', 'complaint', 'spam-33700'],
        advice: ['recall-transfer', 'check-relative-other-channel'],
      },
    },
    {
      story:
        'On m’a envoyé un SMS sur mon CPF et depuis, 1 400 € de droits ont servi à une formation que je n’ai jamais demandée',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'sms'],
        ['msg-sms-topic', 'cpf'],
        ['msg-cpf-what', 'used'],
      ],
      expect: {
        threat: 'cpf-scam',
        severity: 'high',
        urgent: false,
        orientations: ['complaint', 'info-escroqueries'],
        advice: ['cancel-cpf-training', 'report-cpf-fraud'],
      },
    },
    {
      story: 'I keep getting one-ring calls from a foreign number that hangs up before I can answer',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'call'],
        ['msg-call-topic', 'ping'],
      ],
      expect: {
        threat: 'spam',
        severity: 'low',
        urgent: false,
        orientations: ['spam-33700'],
        advice: ['dont-call-back-unknown'],
      },
    },
    {
      story:
        'A window froze my browser saying my computer was infected and to call Microsoft; I did not call, I only saw it',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'web'],
        ['msg-web-topic', 'popup'],
        ['fraud-support-what', 'screen-only'],
      ],
      expect: {
        threat: 'fake-tech-support',
        severity: 'low',
        urgent: false,
        orientations: ['pharos'],
        advice: ['dont-call-popup-number', 'close-fake-page'],
      },
    },

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
        orientations: ['card-opposition', 'bank', 'complaint', 'pharos'],
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
        orientations: ['bank', 'thesee'],
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

    // Fake tech support.
    {
      story:
        'A colleague at the town hall let a fake Microsoft technician take control of her computer and paid €299 for the “repair”',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'money'],
        ['fraud-start', 'support'],
        ['fraud-support-what', 'remote', 'paid'],
      ],
      expect: {
        threat: 'fake-tech-support',
        severity: 'critical',
        urgent: false,
        orientations: ['provider', 'csirt', 'bank', 'complaint'],
        advice: ['tell-it-team', 'uninstall-remote-tool'],
      },
    },

    // Promises of money.
    {
      story:
        'I am 16; someone on Snapchat offered me €200 to receive money on my account and send it on, and the money has arrived',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'promise'],
        ['fraud-promise-kind', 'job'],
        ['fraud-job-age', 'minor'],
        ['fraud-job-what', 'money-transit'],
      ],
      expect: {
        threat: 'job-scam',
        severity: 'high',
        urgent: false,
        orientations: ['helpline-3018', 'bank', 'complaint', 'info-escroqueries'],
        advice: ['refuse-money-transit', 'freeze-received-funds', 'scam-minor-tell-adult'],
      },
    },
    {
      story:
        'I invested €20,000 in a crypto platform seen in an ad with a TV presenter; now they threaten my family if I stop paying the withdrawal fees',
      public: 'individual',
      answers: [
        ['individual-danger', 'yes'],
        ['individual-category', 'money'],
        ['fraud-start', 'promise'],
        ['fraud-promise-kind', 'investment'],
        ['fraud-investment-stage', 'paid'],
      ],
      expect: {
        threat: 'investment-scam',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'bank', 'complaint', 'info-escroqueries'],
        advice: ['stop-investing', 'check-amf-blacklist'],
      },
    },

    // Online relationships.
    {
      story:
        'A man I met on Facebook eight months ago, who never does video calls, got me to send him €6,000 for customs fees',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'social'],
        ['msg-social-topic', 'romance'],
        ['fraud-romance-age', 'adult'],
        ['fraud-romance-what', 'paid'],
      ],
      expect: {
        threat: 'romance-scam',
        severity: 'high',
        urgent: false,
        orientations: ['thesee', 'bank', 'france-victimes'],
        advice: ['stop-sending-money-online-contact', 'seek-support'],
      },
    },
    {
      story:
        'La femme rencontrée sur un site de rencontre à qui j’ai envoyé de l’argent me menace maintenant de venir s’en prendre à mes enfants',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'relation'],
        ['fraud-relation-kind', 'online-relationship'],
        ['fraud-romance-age', 'adult'],
        ['fraud-romance-what', 'threats', 'paid'],
      ],
      expect: {
        threat: 'romance-scam',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'complaint', 'france-victimes'],
      },
    },

    // Identity.
    {
      story:
        'A collection agency is chasing me for a €3,000 consumer loan taken out in my name that I never signed',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'identity'],
        ['identity-start', 'accounts'],
        ['id-accounts-kind', 'credit-bank'],
      ],
      expect: {
        threat: 'identity-theft',
        severity: 'critical',
        urgent: false,
        orientations: ['complaint', 'bank', 'info-escroqueries'],
        advice: ['ask-banque-de-france', 'dispute-fraudulent-contracts'],
      },
    },
    {
      story:
        'Mon fournisseur d’accès m’a écrit que mon IBAN, mon adresse et mon téléphone font partie d’une fuite de données',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'identity'],
        ['identity-start', 'leak'],
        ['id-leak-what', 'iban', 'contact'],
      ],
      expect: {
        threat: 'personal-data-leak',
        severity: 'high',
        urgent: false,
        orientations: ['bank', 'cnil'],
        advice: ['contest-direct-debits', 'expect-targeted-scams'],
      },
    },
    {
      story:
        'I sent a scan of my passport to a “landlord” who asked for it before a visit, and now I fear it will be misused',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'identity'],
        ['identity-start', 'documents'],
        ['id-documents-how', 'sent'],
      ],
      expect: {
        threat: 'identity-theft',
        severity: 'high',
        urgent: false,
        orientations: ['complaint', 'info-escroqueries'],
        advice: ['watch-identity-misuse', 'watermark-documents'],
      },
    },
  ]);
});
