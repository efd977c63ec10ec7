import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: identity theft', () => {
  runScenarios([
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
        orientations: ['bank', 'cnil', 'signal-spam', 'spam-33700'],
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
