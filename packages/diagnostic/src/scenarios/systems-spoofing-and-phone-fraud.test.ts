import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: spoofed numbers and addresses, hacked phone systems', () => {
  runScenarios([
    {
      story:
        'Strangers keep calling me back, angry that “I” called them, although my phone works normally and I made no such calls',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'spoofed'],
        ['account-spoofing-what', 'phone'],
      ],
      expect: {
        threat: 'spoofing',
        severity: 'low',
        urgent: false,
        orientations: ['complaint', 'police-chat'],
        advice: ['answer-spoofing-callers', 'log-spoofing-reports', 'report-spoofing-arcep'],
      },
    },
    {
      story:
        'Our customers receive invoices “from” our address that are not in our sent folder, and we see no unknown logins',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'account'],
        ['account-start', 'spoofed'],
        ['account-spoofing-what', 'email-not-sent'],
      ],
      expect: {
        threat: 'spoofing',
        severity: 'low',
        urgent: false,
        orientations: ['signal-spam', 'provider'],
        advice: ['keep-spoofed-samples', 'warn-customers-impersonation', 'set-up-dmarc'],
      },
    },
    {
      story:
        'The emails my friends got “from me” are in my sent folder: this is a hacked mailbox, not spoofing',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'spoofed'],
        ['account-spoofing-what', 'email-in-sent'],
        ['account-email-control', 'still-access'],
        ['account-email-misuse-kept', 'spam'],
      ],
      expect: {
        threat: 'account-takeover',
        severity: 'high',
        urgent: false,
        orientations: ['provider', 'complaint'],
        advice: ['account-secure-now', 'email-check-rules'],
      },
    },
    {
      story:
        'Our operator warns us that our switchboard has been calling premium-rate numbers abroad all weekend, and it is still going on',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'systems'],
        ['org-regulated', 'no'],
        ['org-attack-start', 'phone-system'],
        ['org-pbx-status', 'ongoing'],
      ],
      expect: {
        threat: 'pbx-fraud',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'provider', 'csirt', 'complaint'],
        advice: ['block-outgoing-calls', 'change-pbx-codes', 'keep-call-logs'],
      },
    },
    {
      story:
        'The town hall found €12,000 of international calls on last month’s phone bill; the calls have stopped',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'systems'],
        ['org-attack-start', 'phone-system'],
        ['org-pbx-status', 'stopped'],
      ],
      expect: {
        threat: 'pbx-fraud',
        severity: 'high',
        urgent: false,
        orientations: ['provider', 'complaint', 'csirt'],
        advice: ['keep-call-logs', 'contest-operator-bill', 'secure-pbx'],
      },
    },
  ]);
});
