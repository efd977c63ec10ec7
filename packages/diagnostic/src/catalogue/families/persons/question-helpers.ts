/** Questions the persons journeys ask at several places: the age and the distress of the person targeted. */
import type { NodeRef, Question, Text } from '../../../types.ts';

/**
 * Is the person targeted a minor? Asked of individuals only; a minor answer carries the `minor`
 * flag, so the engine adds the 3018 helpline wherever the journey ends. It establishes the `age`
 * fact and, for a minor, who answers (the young person or a parent), so it is asked once a journey.
 */
export function targetAgeQuestion(id: string, adult: NodeRef, minor: NodeRef = adult, text?: Text): Question {
  return {
    id,
    kind: 'single',
    asks: 'age',
    text: text ?? {
      fr: 'La personne visée a-t-elle moins de 18 ans ?',
      en: 'Is the person targeted under 18?',
    },
    help: {
      fr: 'Les jeunes et leurs parents peuvent appeler le 3018 : gratuit, anonyme et confidentiel.',
      en: 'Young people and their parents can call 3018: free, anonymous and confidential.',
    },
    options: [
      {
        id: 'minor-self',
        label: { fr: 'Oui, c’est moi et j’ai moins de 18 ans', en: 'Yes, it is me and I am under 18' },
        flags: ['minor'],
        sets: { age: 'minor', for: 'self' },
        next: minor,
      },
      {
        id: 'minor-child',
        label: {
          fr: 'Oui, c’est mon enfant ou un mineur dont je m’occupe',
          en: 'Yes, it is my child or a minor in my care',
        },
        flags: ['minor'],
        sets: { age: 'minor', for: 'child' },
        next: minor,
      },
      {
        id: 'adult',
        label: { fr: 'Non, la personne visée est majeure', en: 'No, the person targeted is an adult' },
        sets: { age: 'adult' },
        next: adult,
      },
    ],
  };
}

/**
 * How the person targeted is coping: thoughts of self-harm are an immediate danger. Worded for the
 * person answering once the journey knows who that is (the young person, or their parent).
 */
export function distressQuestion(id: string, next: NodeRef): Question {
  return {
    id,
    kind: 'single',
    variants: [
      {
        when: { for: 'self' },
        text: { fr: 'Comment vivez-vous la situation ?', en: 'How are you coping?' },
        options: {
          'self-harm': {
            fr: 'Je pense à me faire du mal ou à en finir',
            en: 'I think about harming myself or ending it all',
          },
          shaken: {
            fr: 'Je suis très affecté, mais pas en danger',
            en: 'I am very shaken, but not in danger',
          },
          coping: { fr: 'Je fais face', en: 'I am coping' },
        },
      },
      {
        when: { for: 'child' },
        text: { fr: 'Comment votre enfant vit-il la situation ?', en: 'How is your child coping?' },
        options: {
          'self-harm': {
            fr: 'Mon enfant parle de se faire du mal ou d’en finir',
            en: 'My child talks about harming themselves or ending it all',
          },
          shaken: {
            fr: 'Mon enfant est très affecté, mais pas en danger',
            en: 'My child is very shaken, but not in danger',
          },
          coping: { fr: 'Mon enfant fait face', en: 'My child is coping' },
        },
      },
    ],
    text: {
      fr: 'Comment la personne visée vit-elle la situation ?',
      en: 'How is the person targeted coping?',
    },
    help: {
      fr: 'Ces violences peuvent conduire à des idées noires. En parler tout de suite permet d’être aidé.',
      en: 'This kind of abuse can lead to dark thoughts. Talking about it now means getting help.',
    },
    options: [
      {
        id: 'self-harm',
        label: {
          fr: 'Elle parle de se faire du mal ou d’en finir',
          en: 'They talk about harming themselves or ending it all',
        },
        flags: ['danger'],
        next,
      },
      {
        id: 'shaken',
        label: {
          fr: 'Elle est très affectée, mais pas en danger',
          en: 'They are very shaken, but not in danger',
        },
        next,
      },
      {
        id: 'coping',
        label: { fr: 'Elle fait face', en: 'They are coping' },
        next,
      },
    ],
  };
}
