import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: attacks on organisations', () => {
  runScenarios([
    {
      story:
        'This morning our file server shows encrypted files spreading to every share, a ransom note mentions stolen customer files',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'systems'],
        ['org-regulated', 'no'],
        ['org-attack-start', 'encrypted'],
        ['org-ransom-state', 'ongoing'],
        ['org-ransom-data-ongoing', 'yes'],
      ],
      expect: {
        threat: 'ransomware',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'csirt', 'provider', 'cnil', 'complaint'],
        advice: [
          'isolate-affected-systems',
          'protect-backups',
          'never-pay',
          'cnil-72h-notify',
          'complaint-72h-insurance',
        ],
      },
    },
    {
      story:
        'Les serveurs de notre communauté de communes ont été chiffrés cette nuit ; le chiffrement est terminé et aucune donnée personnelle n’y était',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'systems'],
        ['org-attack-start', 'encrypted'],
        ['org-ransom-state', 'over'],
        ['org-ransom-data-over', 'no'],
      ],
      expect: {
        threat: 'ransomware',
        severity: 'critical',
        urgent: false,
        orientations: ['cert-fr', 'csirt', 'provider', 'complaint'],
        advice: ['public-service-continuity', 'rebuild-clean', 'never-pay'],
      },
    },
    {
      story:
        'Le rançongiciel a arrêté les systèmes de notre centre hospitalier et des patients en réanimation sont concernés',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'yes'],
        ['public-body-category', 'systems'],
        ['org-attack-start', 'encrypted'],
        ['org-ransom-state', 'ongoing'],
        ['org-ransom-data-ongoing', 'unknown'],
      ],
      expect: {
        threat: 'ransomware',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'cert-fr', 'csirt', 'provider', 'cnil', 'complaint'],
      },
    },
    {
      story:
        'We already paid the ransom to get our accounting back; the hackers had also copied our payroll files',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'systems'],
        ['org-regulated', 'no'],
        ['org-attack-start', 'encrypted'],
        ['org-ransom-state', 'paid'],
        ['org-ransom-data-paid', 'yes'],
      ],
      expect: {
        threat: 'ransomware',
        severity: 'critical',
        urgent: false,
        orientations: ['police-chat', 'csirt', 'provider', 'cnil', 'complaint'],
        advice: ['ransom-paid-org', 'keep-payment-proof', 'cnil-72h-notify'],
      },
    },
    {
      story:
        'Notre service informatique voit un compte administrateur créé hier soir qui se connecte encore en ce moment depuis l’étranger',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'systems'],
        ['org-attack-start', 'intrusion'],
        ['org-intrusion-what', 'active'],
        ['org-intrusion-data-active', 'unknown'],
      ],
      expect: {
        threat: 'system-intrusion',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'cert-fr', 'csirt', 'provider', 'cnil', 'complaint'],
        advice: ['isolate-affected-systems', 'revoke-accesses', 'keep-logs'],
      },
    },
    {
      story:
        'A receptionist let a caller “from our IT provider” take remote control of her PC, and then a transfer left our business account',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'systems'],
        ['org-regulated', 'no'],
        ['org-attack-start', 'remote'],
        ['org-remote-what', 'payments'],
      ],
      expect: {
        threat: 'unauthorised-remote-access',
        severity: 'critical',
        urgent: false,
        orientations: ['bank', 'complaint', 'csirt', 'provider'],
        advice: ['remote-uninstall-tool', 'remote-secure-bank', 'org-remote-access-policy'],
      },
    },
    {
      story: 'Les caméras de surveillance de notre entrepôt sont pilotées par quelqu’un d’autre',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'systems'],
        ['org-regulated', 'no'],
        ['org-attack-start', 'iot'],
      ],
      expect: {
        threat: 'iot-hacking',
        severity: 'high',
        urgent: false,
        orientations: ['police-chat', 'csirt', 'provider', 'complaint'],
        advice: ['iot-unplug', 'iot-segment-network'],
      },
    },
  ]);
});
