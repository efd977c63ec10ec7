import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: websites and domains', () => {
  runScenarios([
    {
      story:
        'La page d’accueil du site de notre mairie affiche une revendication islamiste à la place des actualités',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'website'],
        ['website-start', 'defaced'],
        ['website-defacement-content', 'illicit'],
      ],
      expect: {
        threat: 'website-defacement',
        severity: 'high',
        urgent: false,
        orientations: ['pharos', 'cert-fr', 'csirt', 'complaint', 'provider'],
        advice: ['website-maintenance-mode', 'defacement-illicit-report', 'website-copy-before-clean'],
      },
    },
    {
      story:
        'Our online shop has been down for two hours under a flood of traffic, and an email demands 2 bitcoins to stop the attack',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'website'],
        ['website-start', 'unreachable'],
        ['website-ddos-claim', 'ransom'],
      ],
      expect: {
        threat: 'ddos',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'csirt', 'provider', 'complaint'],
        advice: ['ddos-call-host', 'never-pay', 'ddos-keep-traffic'],
      },
    },
    {
      story:
        'Plusieurs clients de notre boutique en ligne ont eu des fraudes sur leur carte juste après avoir commandé chez nous',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'website'],
        ['website-start', 'payment'],
      ],
      expect: {
        threat: 'website-malware',
        severity: 'critical',
        urgent: false,
        orientations: ['bank', 'cnil', 'csirt', 'complaint', 'provider'],
        advice: [
          'skimming-remove-script',
          'skimming-tell-acquirer',
          'cnil-72h-notify',
          'inform-affected-people',
        ],
      },
    },
    {
      story:
        'Someone got into our registrar account and pointed our domain and our email to their own servers',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'website'],
        ['website-start', 'domain'],
        ['website-domain-what', 'hijacked'],
      ],
      expect: {
        threat: 'domain-hijack',
        severity: 'critical',
        urgent: false,
        orientations: ['provider', 'csirt', 'complaint'],
        advice: ['domain-registrar-contact', 'domain-check-mx', 'bec-warn-partners'],
      },
    },
  ]);
});
