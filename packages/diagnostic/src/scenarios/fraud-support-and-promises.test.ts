import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: fake tech support, promises of money and online relationships', () => {
  runScenarios([
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
        orientations: [
          'provider',
          'csirt',
          'bank',
          'complaint',
          'card-opposition',
          'info-escroqueries',
          'pharos',
        ],
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
        orientations: ['emergency-17', 'police-chat', 'complaint', 'france-victimes', 'thesee', 'bank'],
      },
    },
  ]);
});
