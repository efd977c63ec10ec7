import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: sextortion and intimate images', () => {
  runScenarios([
    {
      story:
        'I met a woman on a dating app, we had a video call and I undressed; now she wants €500 or she sends the video to my Facebook friends. I already paid €200 and they want more.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'sextortion'],
        ['person-sextortion-safety', 'shaken'],
        ['person-sextortion-age', 'adult'],
        ['person-sextortion-who', 'stranger'],
        ['person-sextortion-status', 'paid'],
      ],
      expect: {
        threat: 'sextortion',
        severity: 'high',
        urgent: true,
        orientations: ['police-chat', 'thesee', 'pharos', 'bank', 'france-victimes'],
        advice: ['never-pay', 'stop-contact', 'keep-payment-proof', 'tell-bank', 'stop-ncii'],
      },
    },
    {
      story:
        'Un inconnu rencontré sur Instagram menace d’envoyer mes photos intimes à mes collègues si je ne lui verse pas 1 000 €. Je n’ai rien payé.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'sextortion'],
        ['person-sextortion-safety', 'coping'],
        ['person-sextortion-age', 'adult'],
        ['person-sextortion-who', 'unknown'],
        ['person-sextortion-status', 'threats-only'],
      ],
      expect: {
        threat: 'sextortion',
        severity: 'high',
        urgent: true,
        orientations: ['police-chat', 'thesee', 'pharos', 'france-victimes'],
        advice: ['never-pay', 'sextortion-no-more-images', 'lock-down-social-accounts'],
      },
    },
    {
      story:
        'J’ai 15 ans, un garçon sur Snapchat m’a fait envoyer une photo de moi nue et maintenant il veut de l’argent sinon il la publie. J’ai envie de disparaître.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'sextortion'],
        ['person-sextortion-safety', 'self-harm'],
        ['person-sextortion-age', 'minor-self'],
      ],
      expect: {
        threat: 'sextortion',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'helpline-3018', 'pharos', 'complaint'],
        advice: ['call-3114-self', 'tell-trusted-adult', 'take-it-down', 'csam-no-screenshot'],
      },
    },
    {
      story:
        'The man who was blackmailing me with a video from a webcam chat has sent it to my sister and posted it on a porn site.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'sextortion'],
        ['person-sextortion-safety', 'shaken'],
        ['person-sextortion-age', 'adult'],
        ['person-sextortion-who', 'stranger'],
        ['person-sextortion-status', 'published'],
      ],
      expect: {
        threat: 'sextortion',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'thesee', 'pharos', 'cnil', 'france-victimes'],
        advice: ['request-takedown-intimate', 'warn-contacts-images', 'search-engine-delisting'],
      },
    },
    {
      story:
        'J’ai reçu un mail disant que ma webcam a été piratée pendant que je regardais des vidéos pour adultes, avec un de mes anciens mots de passe dans l’objet. Il réclame 1 500 € en bitcoins.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'webcam-email'],
        ['person-bluff-check', 'no-image'],
        ['person-bluff-status', 'password-shown'],
      ],
      expect: {
        threat: 'sextortion',
        severity: 'low',
        urgent: false,
        orientations: ['signal-spam', 'pharos'],
        advice: ['bluff-do-not-reply', 'bluff-password-from-leak', 'change-passwords'],
      },
    },
    {
      story:
        'I panicked after an email claimed a hacker filmed me through my webcam and I paid 0.02 bitcoin; there was never any video.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'webcam-email'],
        ['person-bluff-check', 'no-image'],
        ['person-bluff-status', 'paid'],
      ],
      expect: {
        threat: 'sextortion',
        severity: 'high',
        urgent: false,
        orientations: ['thesee', 'bank', 'signal-spam', 'pharos'],
        advice: ['keep-payment-proof', 'tell-bank'],
      },
    },
    {
      story:
        'After we broke up, my ex posted intimate videos of me on a porn website and sent the link to my friends.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'images-shared'],
        ['person-nci-age', 'adult'],
        ['person-nci-kind', 'real'],
        ['person-nci-who', 'ex'],
      ],
      expect: {
        threat: 'intimate-image-abuse',
        severity: 'high',
        urgent: false,
        orientations: ['pharos', 'complaint', 'cnil', 'france-victimes'],
        advice: ['request-takedown-intimate', 'stop-ncii', 'nci-is-offence', 'partner-violence-3919'],
      },
    },
    {
      story: 'Une photo intime de ma fille de 14 ans circule dans un groupe WhatsApp de son collège.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'images-shared'],
        ['person-nci-age', 'minor-child'],
      ],
      expect: {
        threat: 'intimate-image-abuse',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'helpline-3018', 'pharos', 'complaint'],
        advice: ['csam-no-screenshot', 'bully-3018-takedown', 'minor-not-your-fault'],
      },
    },
  ]);
});
