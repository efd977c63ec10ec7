import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: illegal content', () => {
  runScenarios([
    {
      story: 'While browsing a forum I came across a link to sexual videos of young children.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'content'],
        ['content-start', 'child-abuse'],
        ['content-csam-context', 'online'],
      ],
      expect: {
        threat: 'child-abuse-content',
        severity: 'critical',
        urgent: false,
        orientations: ['pharos', 'police-chat'],
        advice: ['csam-do-not-download', 'csam-no-screenshot'],
      },
    },
    {
      story:
        'Notre technicien a découvert des images pédopornographiques sur l’ordinateur portable professionnel d’un salarié.',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'content'],
        ['content-start', 'child-abuse'],
        ['content-csam-context', 'device'],
      ],
      expect: {
        threat: 'child-abuse-content',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'complaint', 'pharos'],
        advice: ['org-device-do-not-touch', 'org-csam-discretion'],
      },
    },
    {
      story:
        'Quelqu’un que je ne connais pas a publié sur Instagram qu’il allait se suicider ce soir, avec une photo de médicaments.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'content'],
        ['content-start', 'suicide'],
        ['content-suicide-known', 'unknown'],
      ],
      expect: {
        threat: 'suicide-announcement',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'pharos'],
        advice: ['call-3114-relative', 'suicide-report-platform-urgent'],
      },
    },
    {
      story: 'Un compte Telegram relayé dans notre commune diffuse des vidéos de propagande djihadiste.',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'content'],
        ['content-start', 'terrorism'],
        ['content-terror-kind', 'propaganda'],
      ],
      expect: {
        threat: 'terrorist-content',
        severity: 'critical',
        urgent: false,
        orientations: ['pharos'],
        advice: ['do-not-share-content', 'terror-report-pharos-fast'],
      },
    },
    {
      story: 'Racist comments calling for violence against migrants were posted on our association’s forum.',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'content'],
        ['content-start', 'hosted'],
        ['content-hosted-kind', 'other'],
      ],
      expect: {
        threat: 'illegal-content',
        severity: 'high',
        urgent: false,
        orientations: ['pharos', 'provider'],
        advice: ['hosted-remove-promptly', 'hosted-keep-logs', 'hosted-moderation-rules'],
      },
    },
    {
      story: 'My 9-year-old stumbled on a porn video through a link in a game chat.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'content'],
        ['content-start', 'minor-exposed'],
        ['content-exposed-how', 'browsing'],
      ],
      expect: {
        threat: 'illegal-content',
        severity: 'low',
        urgent: false,
        orientations: ['helpline-3018', 'pharos'],
        advice: ['talk-with-child-exposed', 'parental-controls'],
      },
    },
  ]);
});
