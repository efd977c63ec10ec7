import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: accounts', () => {
  runScenarios([
    {
      story:
        'Mon adresse Gmail a été piratée : le mot de passe a changé et mes amis ont reçu un message « en mon nom » leur demandant 500 € par coupons PCS',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'email'],
        ['account-email-control', 'locked-out'],
        ['account-email-misuse-lost', 'asked-money', 'settings'],
      ],
      expect: {
        threat: 'account-takeover',
        severity: 'high',
        urgent: false,
        orientations: ['thesee', 'provider', 'complaint'],
        advice: ['account-official-recovery', 'warn-contacts', 'contacts-who-paid', 'email-check-rules'],
      },
    },
    {
      story:
        'Our accountant can still log in to her Microsoft 365 mailbox, but from it someone sent three customers an invoice with new bank details',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'account'],
        ['account-start', 'email'],
        ['account-email-control', 'still-access'],
        ['account-email-misuse-kept', 'fake-invoices', 'settings'],
      ],
      expect: {
        threat: 'business-email-compromise',
        severity: 'critical',
        urgent: false,
        orientations: ['complaint', 'csirt', 'cnil', 'provider'],
        advice: [
          'bec-reset-all-sessions',
          'bec-client-recall',
          'bec-audit-mailbox',
          'complaint-72h-insurance',
        ],
      },
    },
    {
      story:
        'J’ai 14 ans, on m’a volé mon compte Instagram : je ne peux plus me connecter et le pirate publie des stories avec ma photo',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'social'],
        ['account-social-age', 'minor'],
        ['account-social-control', 'locked-out'],
        ['account-social-misuse-lost', 'posts'],
      ],
      expect: {
        threat: 'account-takeover',
        severity: 'high',
        urgent: false,
        orientations: ['helpline-3018', 'provider', 'complaint'],
        advice: ['social-hacked-form', 'minor-tell-adult'],
      },
    },
    {
      story:
        'Someone hacked my Facebook account and now threatens to send my private photos to my family unless I pay him',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'social'],
        ['account-social-age', 'adult'],
        ['account-social-control', 'still-access'],
        ['account-social-misuse-kept', 'blackmail'],
      ],
      expect: {
        threat: 'account-takeover',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'thesee', 'complaint', 'france-victimes'],
        advice: ['never-pay', 'no-negotiation', 'keep-evidence'],
      },
    },
    {
      story:
        'La page Facebook de notre mairie a été piratée ; le pirate nous écrit qu’il la rendra contre 300 € en bitcoins',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'account'],
        ['account-start', 'social-org'],
        ['account-social-control', 'locked-out'],
        ['account-social-misuse-lost', 'ransom'],
      ],
      expect: {
        threat: 'account-takeover',
        severity: 'high',
        urgent: false,
        orientations: ['complaint', 'provider'],
        advice: ['never-pay', 'org-admin-reset', 'social-org-admins'],
      },
    },
    {
      story:
        'A “friend” asked me on WhatsApp for a six-digit code she had sent me by mistake; I sent it, I was logged out, and now my groups are being asked for money',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'messaging'],
        ['account-messaging-control', 'locked-out'],
        ['account-messaging-misuse', 'asks-money', 'asks-codes'],
      ],
      expect: {
        threat: 'messaging-account-hijack',
        severity: 'high',
        urgent: false,
        orientations: ['thesee', 'provider', 'complaint'],
        advice: ['messaging-reregister', 'messaging-warn-groups', 'messaging-two-step'],
      },
    },
    {
      story:
        'Mon téléphone n’a plus de réseau depuis ce matin et ma banque m’envoie des alertes de virements que je n’ai pas faits',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'phone-line'],
        ['account-sim-what', 'ops'],
      ],
      expect: {
        threat: 'sim-swap',
        severity: 'critical',
        urgent: false,
        orientations: ['bank', 'complaint', 'provider'],
        advice: ['sim-call-operator', 'sim-bank-now', 'bank-dispute-unauthorised'],
      },
    },
    {
      story:
        'J’ai 13 ans et on m’a volé mon compte Fortnite après que j’ai donné mes identifiants à quelqu’un qui promettait des V-Bucks gratuits',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'other'],
        ['account-other-what', 'game'],
        ['account-game-age', 'minor'],
      ],
      expect: {
        threat: 'account-takeover',
        severity: 'low',
        urgent: false,
        orientations: ['helpline-3018', 'provider', 'complaint'],
        advice: ['account-official-recovery', 'game-no-trade', 'minor-tell-adult'],
      },
    },
  ]);
});
