import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: harassment, threats and reputation attacks against organisations', () => {
  runScenarios([
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
  ]);
});
