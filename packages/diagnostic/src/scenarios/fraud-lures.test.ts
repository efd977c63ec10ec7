import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: QR codes, fake customer services, subscription traps, crypto wallets, relatives in trouble', () => {
  runScenarios([
    // QR codes.
    {
      story:
        'I paid for parking by scanning the QR code on the meter; the page asked for my card number and I typed it',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'qr-code'],
        ['msg-qr-action', 'card'],
      ],
      expect: {
        threat: 'qr-code-phishing',
        severity: 'high',
        urgent: false,
        orientations: ['card-opposition', 'bank', 'perceval'],
        advice: ['block-card-now', 'photo-qr-code', 'report-tampered-qr', 'check-qr-before-paying'],
      },
    },
    {
      story:
        'At the town hall, a colleague scanned the QR code in an email about renewing her two-factor login and typed her work password',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'message'],
        ['message-start', 'qr-code'],
        ['msg-qr-action', 'logins'],
      ],
      expect: {
        threat: 'qr-code-phishing',
        severity: 'high',
        urgent: false,
        orientations: ['provider', 'csirt', 'cnil'],
        advice: ['tell-it-team', 'photo-qr-code', 'reset-work-credentials'],
      },
    },

    // Fake customer services.
    {
      story:
        'I searched for my airline’s phone number, called the first sponsored result, paid €90 of “fees” and let the adviser connect to my computer',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'web'],
        ['msg-web-topic', 'support-number'],
        ['fraud-customer-service-what', 'remote', 'paid'],
      ],
      expect: {
        threat: 'fake-customer-service',
        severity: 'critical',
        urgent: false,
        orientations: ['provider', 'bank', 'complaint', 'card-opposition', 'info-escroqueries'],
        advice: ['hang-up-fake-support', 'uninstall-remote-tool', 'note-fake-number-source'],
      },
    },
    {
      story:
        'Our accountant called a “customer service” number found online for our bank and paid a fee by card to unblock the account',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'money'],
        ['fraud-start', 'customer-service'],
        ['fraud-customer-service-what', 'paid'],
      ],
      expect: {
        threat: 'fake-customer-service',
        severity: 'high',
        urgent: false,
        orientations: ['card-opposition', 'bank', 'complaint', 'info-escroqueries'],
        advice: ['block-card-now', 'keep-payment-proof', 'report-sponsored-ad'],
      },
    },

    // Subscription traps.
    {
      story:
        'I ordered a “free” anti-ageing cream sample for €4.95 shipping; since then €49.90 is taken every month and nobody answers',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'subscription'],
        ['fraud-subscription-stage', 'debited'],
      ],
      expect: {
        threat: 'subscription-trap',
        severity: 'low',
        urgent: false,
        orientations: ['bank', 'info-escroqueries'],
        advice: ['cancel-trap-subscription', 'keep-subscription-proof', 'report-signalconso'],
      },
    },

    // Crypto wallets.
    {
      story:
        'A “wallet support” agent on Telegram made me type my 24 recovery words on a site, and my wallet was emptied an hour later',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'crypto'],
        ['fraud-crypto-how', 'seed'],
        ['fraud-crypto-funds', 'drained'],
      ],
      expect: {
        threat: 'crypto-wallet-theft',
        severity: 'critical',
        urgent: false,
        orientations: ['thesee', 'info-escroqueries', 'provider'],
        advice: ['move-remaining-crypto', 'keep-wallet-transactions', 'alert-exchange-platform'],
      },
    },
    {
      story: 'I installed a wallet app from an ad and fear I was tricked, but my bitcoins are still there',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'crypto-wallet'],
        ['fraud-crypto-how', 'fake-app'],
        ['fraud-crypto-funds', 'intact'],
      ],
      expect: {
        threat: 'crypto-wallet-theft',
        severity: 'high',
        urgent: false,
        orientations: ['info-escroqueries', 'provider'],
        advice: ['move-remaining-crypto', 'revoke-wallet-approvals', 'seed-phrase-never-shared'],
      },
    },

    // Relatives in trouble.
    {
      story:
        'My grandson called in tears, in his own voice, after a car accident; I transferred €3,000 for the lawyer before reaching his mother',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'call'],
        ['msg-call-topic', 'relative'],
        ['fraud-relative-trouble-what', 'paid'],
      ],
      expect: {
        threat: 'relative-in-trouble',
        severity: 'high',
        urgent: false,
        orientations: ['bank', 'complaint', 'info-escroqueries'],
        advice: ['recall-transfer', 'check-relative-other-channel', 'keep-voice-message', 'family-code-word'],
      },
    },
    {
      story:
        'My “daughter” called from a police station asking for bail money, and a man is coming to my flat to collect cash',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'relation'],
        ['fraud-relation-kind', 'in-trouble'],
        ['fraud-relative-trouble-what', 'courier'],
      ],
      expect: {
        threat: 'relative-in-trouble',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'complaint'],
        advice: ['refuse-relative-courier', 'check-relative-other-channel'],
      },
    },
  ]);
});
