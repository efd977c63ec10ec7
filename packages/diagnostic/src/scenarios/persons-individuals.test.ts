import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: harassment, threats and intrusions against individuals', () => {
  runScenarios([
    {
      story:
        'Des élèves de ma classe ont créé un compte Instagram pour se moquer de moi et m’insultent tous les soirs en message privé. J’ai 13 ans.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'harassment'],
        ['person-harass-age', 'minor-self'],
        ['person-harass-minor-distress', 'shaken'],
        ['person-harass-minor-who', 'peers'],
      ],
      expect: {
        threat: 'cyberbullying',
        severity: 'high',
        urgent: false,
        orientations: ['helpline-3018', 'complaint', 'france-victimes'],
        advice: ['tell-school', 'bully-3018-takedown', 'tell-trusted-adult'],
      },
    },
    {
      story:
        'After one of my videos went viral, hundreds of accounts flooded my posts and DMs with insults for three days.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'harassment'],
        ['person-harass-age', 'adult'],
        ['person-harass-distress', 'shaken'],
        ['person-harass-who', 'group'],
      ],
      expect: {
        threat: 'cyberharassment',
        severity: 'high',
        urgent: false,
        orientations: ['complaint', 'pharos', 'france-victimes'],
        advice: ['limit-exposure-raid', 'harass-complaint-offence', 'commissaire-justice-constat'],
      },
    },
    {
      story:
        'Mon ex m’envoie des messages disant qu’il sait où je suis ce soir et qu’il va venir me faire payer.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'threats'],
        ['person-threat-imminent', 'imminent'],
        ['person-threat-age', 'adult'],
        ['person-threat-who', 'partner'],
      ],
      expect: {
        threat: 'online-threats',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'complaint', 'france-victimes'],
        advice: ['threat-secure-yourself', 'partner-violence-3919', 'threat-partner-protection-order'],
      },
    },
    {
      story: 'I am 16 and an anonymous TikTok account keeps saying it will beat me up.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'threats'],
        ['person-threat-imminent', 'vague'],
        ['person-threat-age', 'minor-self'],
        ['person-threat-who', 'unknown'],
      ],
      expect: {
        threat: 'online-threats',
        severity: 'high',
        urgent: true,
        orientations: ['police-chat', 'helpline-3018', 'complaint', 'pharos', 'france-victimes'],
      },
    },
    {
      story:
        'Someone published my home address and phone number on a forum asking people to "pay me a visit"; a stranger already rang my doorbell.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'doxxing'],
        ['person-dox-age', 'adult'],
        ['person-dox-danger', 'danger'],
      ],
      expect: {
        threat: 'doxxing',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'complaint', 'pharos', 'cnil'],
        advice: ['dox-warn-household', 'dox-remove-personal-info'],
      },
    },
    {
      story:
        'Un blog m’accuse faussement d’escroquerie depuis plus d’un an et l’article sort en premier quand on tape mon nom.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'defamation'],
        ['person-defame-age', 'adult'],
        ['person-defame-when', 'old'],
      ],
      expect: {
        threat: 'defamation',
        severity: 'low',
        urgent: false,
        orientations: ['cnil', 'complaint'],
        advice: ['old-publication-options', 'search-engine-delisting'],
      },
    },
    {
      story:
        'A fake Facebook profile with my photos is messaging my friends asking them to lend money urgently.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'fake-profile'],
        ['person-fake-age', 'adult'],
        ['person-fake-use', 'money'],
      ],
      expect: {
        threat: 'fake-profile',
        severity: 'high',
        urgent: false,
        orientations: ['complaint', 'cnil'],
        advice: ['report-impersonation-form', 'warn-contacts', 'complaint-identity-usurpation'],
      },
    },
    {
      story:
        'Mon conjoint connaît le contenu de mes conversations avec ma sœur ; je pense qu’il a installé une application sur mon téléphone et j’ai peur de sa réaction.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'spying'],
        ['person-spy-fear', 'afraid'],
        ['person-spy-source', 'app'],
      ],
      expect: {
        threat: 'partner-surveillance',
        severity: 'high',
        urgent: false,
        orientations: ['france-victimes', 'complaint', 'provider'],
        advice: ['do-not-alert-abuser', 'use-safe-device', 'stalker-device-check-by-pro'],
      },
    },
    {
      story:
        'My iPhone warned me an unknown AirTag is travelling with me; I found it in my car and my violent ex keeps turning up wherever I go.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'spying'],
        ['person-spy-fear', 'danger'],
        ['person-spy-source', 'tracker'],
      ],
      expect: {
        threat: 'partner-surveillance',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'complaint', 'france-victimes'],
        advice: ['tracker-give-police', 'stalker-safety-plan'],
      },
    },
    {
      story:
        'A man of about 40 has been chatting with my 12-year-old son on a game, asking for photos, and has arranged to meet him on Saturday.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'child-approached'],
        ['person-groom-meeting', 'planned'],
        ['person-groom-images', 'asked'],
      ],
      expect: {
        threat: 'grooming',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'helpline-3018', 'helpline-119', 'pharos', 'complaint'],
        advice: ['child-stop-contact-adult', 'grooming-do-not-confront', 'keep-device-as-is'],
      },
    },
  ]);
});
