import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: situations that match nothing', () => {
  runScenarios([
    {
      story: 'Something odd happened with my computer but none of the situations fits me',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'none'],
      ],
      expect: {
        threat: 'unidentified',
        severity: 'info',
        urgent: false,
        orientations: ['police-chat', 'info-escroqueries', 'provider'],
      },
    },
    {
      story:
        'Our town hall has a problem none of the choices describes, and a colleague received a death threat',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'yes'],
        ['public-body-category', 'none'],
      ],
      expect: {
        threat: 'unidentified',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'csirt', 'provider'],
      },
    },
  ]);
});
