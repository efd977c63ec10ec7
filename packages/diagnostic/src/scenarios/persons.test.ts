import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: harm to people and illegal content', () => {
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
        orientations: ['emergency-17', 'police-chat', 'helpline-3018', 'pharos', 'complaint'],
        advice: ['child-stop-contact-adult', 'grooming-do-not-confront', 'keep-device-as-is'],
      },
    },
    {
      story:
        'Une de nos salariées, chargée d’accueil, reçoit chaque jour des insultes sur nos réseaux sociaux de la part d’un ancien client.',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'person'],
        ['person-start', 'org-harassment'],
        ['person-org-harass-target', 'employee'],
        ['person-org-harass-kind', 'insults'],
      ],
      expect: {
        threat: 'cyberharassment',
        severity: 'high',
        urgent: false,
        orientations: ['complaint'],
        advice: ['employer-protect-staff', 'org-complaint-as-victim', 'org-psych-support'],
      },
    },
    {
      story:
        'Notre maire reçoit sur Facebook des menaces de mort depuis le vote du plan local d’urbanisme, sans date ni lieu précis.',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'person'],
        ['person-start', 'org-harassment'],
        ['person-org-harass-target', 'elected'],
        ['person-org-harass-kind', 'threats'],
        ['person-org-threat-imminent', 'vague'],
      ],
      expect: {
        threat: 'online-threats',
        severity: 'high',
        urgent: true,
        orientations: ['police-chat', 'complaint', 'pharos'],
        advice: ['protection-fonctionnelle', 'article-40-report', 'org-protect-threatened-staff'],
      },
    },
    {
      story: 'Someone posted on X that they will put a bomb in our concert hall during Saturday’s show.',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'person'],
        ['person-start', 'org-threats'],
        ['person-org-threat-target', 'premises'],
        ['person-org-threat-when', 'imminent'],
      ],
      expect: {
        threat: 'online-threats',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'complaint', 'pharos'],
        advice: ['bomb-threat-procedure', 'threat-attack-note-details'],
      },
    },
    {
      story:
        'Notre restaurant a reçu trente avis une étoile en une nuit, de comptes sans historique ; nous soupçonnons un concurrent.',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'person'],
        ['person-start', 'org-reputation'],
        ['person-org-reputation-kind', 'reviews'],
      ],
      expect: {
        threat: 'online-reputation-attack',
        severity: 'low',
        urgent: false,
        orientations: ['complaint', 'provider'],
        advice: ['reviews-document', 'reviews-report-platform', 'reviews-dgccrf'],
      },
    },
    {
      story:
        'A fake Facebook page using our town hall’s logo promises residents an energy grant and asks for their bank details.',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'person'],
        ['person-start', 'org-fake-profile'],
        ['person-org-fake-use', 'scam'],
      ],
      expect: {
        threat: 'fake-profile',
        severity: 'high',
        urgent: false,
        orientations: ['complaint', 'pharos', 'provider'],
        advice: ['org-warn-customers', 'org-brand-impersonation', 'org-verify-accounts'],
      },
    },
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
