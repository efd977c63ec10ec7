import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: payment fraud against organisations', () => {
  runScenarios([
    {
      story:
        'This morning our accountant wired €48,000 after an email from “our CEO” about a confidential acquisition',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'payment'],
        ['org-fraud-start', 'ceo'],
        ['org-fraud-paid-ceo', 'recent'],
      ],
      expect: {
        threat: 'ceo-fraud',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'bank', 'complaint', 'provider'],
        advice: ['recall-transfer-now', 'stop-further-payments', 'ceo-callback'],
      },
    },
    {
      story:
        'Il y a trois semaines, notre syndicat des eaux a payé la facture d’un fournisseur sur un nouveau RIB reçu par courriel ; le vrai fournisseur nous relance',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'payment'],
        ['org-fraud-start', 'supplier'],
        ['org-fraud-paid-supplier', 'older'],
      ],
      expect: {
        threat: 'fake-supplier-invoice',
        severity: 'critical',
        urgent: false,
        orientations: ['bank', 'complaint', 'provider'],
        advice: ['public-accountant', 'supplier-warn', 'supplier-rib-check'],
      },
    },
    {
      story:
        'Un « salarié » a écrit à notre service paie pour changer son RIB ; nous l’avons appelé avant de le faire et ce n’était pas lui',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'payment'],
        ['org-fraud-start', 'payroll'],
        ['org-fraud-paid-payroll', 'none'],
      ],
      expect: {
        threat: 'payroll-diversion',
        severity: 'low',
        urgent: false,
        orientations: ['complaint', 'provider'],
        advice: ['payroll-warn-employee', 'payroll-verify'],
      },
    },
    {
      story:
        'A fake adviser from our bank called yesterday and had us approve two “security test” transfers in our business banking app',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'payment'],
        ['org-fraud-start', 'order'],
        ['org-fraud-paid-order', 'recent'],
      ],
      expect: {
        threat: 'fake-transfer-order',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'bank', 'complaint', 'provider'],
        advice: ['recall-transfer-now', 'bank-test-transfer-scam'],
      },
    },
  ]);
});
