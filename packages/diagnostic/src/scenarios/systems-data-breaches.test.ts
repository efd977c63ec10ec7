import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: data breaches', () => {
  runScenarios([
    {
      story:
        'Une salariée a envoyé par erreur le fichier de nos 2 000 clients (noms, courriels, téléphones) à un prospect',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'data'],
        ['org-data-start', 'error'],
        ['org-data-kind-error', 'personal'],
      ],
      expect: {
        threat: 'data-breach',
        severity: 'high',
        urgent: false,
        orientations: ['cnil', 'provider'],
        advice: ['breach-wrong-recipient', 'cnil-72h-notify', 'breach-register'],
      },
    },
    {
      story:
        'Hackers published our school pupils’ files, including health information, on a leak site after breaking into our servers',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'data'],
        ['org-data-start', 'attack'],
        ['org-data-kind-attack', 'sensitive'],
      ],
      expect: {
        threat: 'data-breach',
        severity: 'critical',
        urgent: false,
        orientations: ['cnil', 'cert-fr', 'csirt', 'complaint', 'provider'],
        advice: ['cnil-72h-notify', 'inform-affected-people', 'complaint-72h-insurance', 'watch-leak-sites'],
      },
    },
    {
      story:
        'Notre prestataire de logiciel de paie nous informe qu’il a été piraté, mais nos fichiers chez lui étaient chiffrés et la clé n’a pas fuité',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'data'],
        ['org-data-start', 'processor'],
        ['org-data-kind-processor', 'none'],
      ],
      expect: {
        threat: 'data-breach',
        severity: 'low',
        urgent: false,
        orientations: ['csirt', 'provider'],
        advice: ['breach-no-notification', 'breach-processor-report', 'breach-register'],
      },
    },
  ]);
});
