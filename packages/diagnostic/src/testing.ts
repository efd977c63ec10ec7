import { orientations } from './catalogue/orientations.ts';
import { services } from './catalogue/services.ts';
import type { Catalogue } from './types.ts';

/**
 * `@vigie/diagnostic/testing`: a tiny catalogue for tests, kept out of what the package exports to
 * the apps. The engine's tests and the portal's page tests both run on it.
 */

const t = (s: string) => ({ fr: `${s} (fr)`, en: s });

/**
 * A tiny catalogue that exercises every engine feature (a public-specific option, a multiple-choice
 * question with an exclusive option and a branch, flags, an urgent outcome, advice for one public
 * and advice authored out of phase order, an orientation limited to a public), with the real
 * orientations and services. Each call returns a fresh copy that a test may change.
 *
 * Individual and business journeys: start (yes | no) → what (mail | files, not for individuals |
 * none → other) → stakes (money, young for individuals only, nothing → other) → phish.
 */
export function fixtureCatalogue(): Catalogue {
  return {
    version: '1.0.0',
    services,
    orientations,
    threats: [
      {
        id: 'phishing',
        name: t('Phishing'),
        description: t('A fake message'),
        publics: ['individual', 'business', 'public-body'],
        severity: 'low',
        services: ['account-recovery'],
      },
      {
        id: 'ransomware',
        name: t('Ransomware'),
        description: t('Files locked for a ransom'),
        publics: ['business', 'public-body'],
        severity: 'high',
        services: ['ransomware-recovery'],
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
      { id: 'evidence-a', phase: 'evidence', text: t('evidence') },
      { id: 'report-a', phase: 'report', text: t('report') },
      { id: 'stop-b', phase: 'stop', text: t('stop again') },
      { id: 'biz-only', phase: 'recover', text: t('business only'), publics: ['business'] },
    ],
    outcomes: [
      {
        id: 'phish',
        threat: 'phishing',
        advice: ['prevent-a', 'stop-a', 'evidence-a', 'biz-only', 'report-a', 'stop-b'],
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
        help: t('For example a threat'),
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

/**
 * The fixture with a branch on "money" that asks one more question before the ransom outcome, so a
 * multiple-choice answer "money + young" opens two branches: "paid" (high) and the default (low).
 */
export function branchingCatalogue(): Catalogue {
  const c = fixtureCatalogue();
  const stakes = c.questions.find((q) => q.id === 'stakes')!;
  stakes.branches = [...(stakes.branches ?? []), { when: ['money'], next: { question: 'paid' } }];
  c.questions.push({
    id: 'paid',
    kind: 'single',
    text: { fr: 'Payé ?', en: 'Paid?' },
    options: [
      { id: 'yes', label: { fr: 'oui', en: 'yes' }, next: { outcome: 'ransom' } },
      { id: 'no', label: { fr: 'non', en: 'no' }, next: { outcome: 'other' } },
    ],
  });
  return c;
}
