import type { Question } from '../../../types.ts';

/** Age question for journeys where a minor is commonly targeted; individual public only. */
export function ageQuestion(id: string, next: string): Question {
  return {
    id,
    kind: 'single',
    text: { fr: 'Avez-vous moins de 18 ans ?', en: 'Are you under 18?' },
    help: {
      fr: 'Les mineurs ont droit à une aide spécifique, gratuite et confidentielle.',
      en: 'Minors can get specific, free and confidential help.',
    },
    options: [
      {
        id: 'minor',
        label: { fr: 'Oui, j’ai moins de 18 ans', en: 'Yes, I am under 18' },
        flags: ['minor'],
        next: { question: next },
      },
      {
        id: 'adult',
        label: { fr: 'Non, j’ai 18 ans ou plus', en: 'No, I am 18 or over' },
        next: { question: next },
      },
    ],
  };
}
