import { type Catalogue, catalogue } from '@vigie/diagnostic';

const t = (text: string) => ({ fr: `${text} (fr)`, en: text });

/**
 * A small catalogue for the page's unit tests, with what the built-in one may not have yet (a
 * multiple-choice question with an exclusive option, advice authored out of phase order) and
 * the real orientations and services.
 */
export function testCatalogue(): Catalogue {
  return {
    version: '1.0.0',
    services: catalogue.services,
    orientations: catalogue.orientations,
    threats: [
      {
        id: 'phishing',
        name: t('Phishing'),
        description: t('A fake message'),
        publics: ['individual', 'business', 'public-body'],
        severity: 'low',
        services: ['account-recovery', 'email-security'],
      },
      {
        id: 'unidentified',
        name: t('Other'),
        description: t('Nothing matched'),
        publics: ['individual', 'business', 'public-body'],
        severity: 'info',
        services: [],
      },
    ],
    advice: [
      { id: 'prevent-a', phase: 'prevent', text: t('prevent') },
      { id: 'stop-a', phase: 'stop', text: t('stop') },
      { id: 'report-a', phase: 'report', text: t('report') },
      { id: 'stop-b', phase: 'stop', text: t('stop again') },
      { id: 'biz-only', phase: 'recover', text: t('business only'), publics: ['business'] },
    ],
    outcomes: [
      {
        id: 'phish',
        threat: 'phishing',
        advice: ['prevent-a', 'stop-a', 'biz-only', 'report-a', 'stop-b'],
        orientations: [{ id: 'signal-spam' }, { id: 'provider' }],
      },
      { id: 'other', threat: 'unidentified', advice: ['report-a'], orientations: [{ id: 'complaint' }] },
    ],
    questions: [
      {
        id: 'start',
        kind: 'single',
        text: t('Danger?'),
        help: t('For example a threat'),
        options: [
          { id: 'yes', label: t('yes'), flags: ['danger'], next: { question: 'stakes' } },
          { id: 'no', label: t('no'), next: { question: 'stakes' } },
        ],
      },
      {
        id: 'stakes',
        kind: 'multiple',
        text: t('Stakes?'),
        options: [
          { id: 'money', label: t('money'), flags: ['money-lost'] },
          { id: 'young', label: t('minor'), flags: ['minor'], publics: ['individual'] },
          { id: 'nothing', label: t('nothing'), exclusive: true },
        ],
        branches: [{ when: ['nothing'], next: { outcome: 'other' } }],
        next: { outcome: 'phish' },
      },
    ],
    entries: { individual: 'start', business: 'start', 'public-body': 'start' },
  };
}
