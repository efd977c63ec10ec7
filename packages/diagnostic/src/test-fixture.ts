import { orientations } from './catalogue/orientations.ts';
import { services } from './catalogue/services.ts';
import type { Catalogue } from './types.ts';

const t = (s: string) => ({ fr: `${s} (fr)`, en: s });

/** A tiny catalogue that exercises every engine feature; tests mutate copies of it. */
export function fixtureCatalogue(): Catalogue {
  return {
    version: '1.0.0',
    services,
    orientations,
    threats: [
      {
        id: 'phishing',
        name: t('Phishing'),
        description: t('d'),
        publics: ['individual', 'business', 'public-body'],
        severity: 'low',
        services: ['account-recovery'],
      },
      {
        id: 'ransomware',
        name: t('Ransomware'),
        description: t('d'),
        publics: ['business', 'public-body'],
        severity: 'high',
        services: ['ransomware-recovery'],
      },
      {
        id: 'unidentified',
        name: t('Other'),
        description: t('d'),
        publics: ['individual', 'business', 'public-body'],
        severity: 'info',
        services: [],
      },
    ],
    advice: [
      { id: 'prevent-a', phase: 'prevent', text: t('prevent') },
      { id: 'stop-a', phase: 'stop', text: t('stop') },
      { id: 'evidence-a', phase: 'evidence', text: t('evidence') },
      { id: 'biz-only', phase: 'recover', text: t('business only'), publics: ['business'] },
    ],
    outcomes: [
      {
        id: 'phish',
        threat: 'phishing',
        advice: ['prevent-a', 'stop-a', 'evidence-a'],
        orientations: [{ id: 'signal-spam' }, { id: 'thesee', publics: ['individual'] }, { id: 'provider' }],
      },
      {
        id: 'ransom',
        threat: 'ransomware',
        urgent: true,
        advice: ['stop-a', 'biz-only'],
        orientations: [{ id: 'csirt' }],
      },
      { id: 'other', threat: 'unidentified', advice: ['evidence-a'], orientations: [{ id: 'complaint' }] },
    ],
    questions: [
      {
        id: 'start',
        kind: 'single',
        text: t('Danger?'),
        options: [
          { id: 'yes', label: t('yes'), flags: ['danger'], next: { question: 'what' } },
          { id: 'no', label: t('no'), next: { question: 'what' } },
        ],
      },
      {
        id: 'what',
        kind: 'single',
        text: t('What?'),
        options: [
          { id: 'mail', label: t('mail'), next: { question: 'stakes' } },
          {
            id: 'files',
            label: t('files'),
            publics: ['business', 'public-body'],
            next: { outcome: 'ransom' },
          },
          { id: 'none', label: t('none'), next: { outcome: 'other' } },
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
