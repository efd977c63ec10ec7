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
        orientations: ['provider', 'bank', 'complaint'],
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
  ]);
});
