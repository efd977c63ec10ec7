import {
  type AnyCatalogue,
  answerQuestion,
  catalogue as builtInCatalogue,
  type Journey,
  JourneyError,
  type Public,
  startJourney,
} from '@vigie/diagnostic';
import { diagnosticHref } from '#app/routes/diagnostic/diagnostic-state.server.ts';

/** The situations the home page offers as shortcuts into the diagnostic, most frequent first. */
export const COMMON_SITUATIONS = [
  'hacked-account',
  'card-fraud',
  'ransomware',
  'harassment',
  'fake-bank-advisor',
] as const;
export type CommonSituation = (typeof COMMON_SITUATIONS)[number];

type Shortcut = { public: Public; answers: [questionId: string, optionIds: string[]][] };

/*
 * Each shortcut answers the first questions for the victim, so the diagnostic opens on the next
 * question that matters. The first answer is "no" to "is anyone in immediate danger?": that is
 * only acceptable because the home page shows the emergency numbers (17, 112, SMS 114) right
 * above these entries, and every step of the diagnostic repeats them; a victim in danger who
 * answers later that someone is at risk still gets the danger warning from the catalogue's flags.
 */
const shortcuts: Record<CommonSituation, Shortcut> = {
  'hacked-account': {
    public: 'individual',
    answers: [
      ['individual-danger', ['no']],
      ['individual-category', ['account']],
    ],
  },
  'card-fraud': {
    public: 'individual',
    answers: [
      ['individual-danger', ['no']],
      ['individual-category', ['money']],
      ['fraud-start', ['bank']],
      ['fraud-bank-kind', ['card-payments']],
    ],
  },
  ransomware: {
    public: 'individual',
    answers: [
      ['individual-danger', ['no']],
      ['individual-category', ['device']],
      ['device-start', ['computer']],
      ['device-computer-symptom', ['files-locked']],
    ],
  },
  harassment: {
    public: 'individual',
    answers: [
      ['individual-danger', ['no']],
      ['individual-category', ['person']],
      ['person-start', ['harassment']],
    ],
  },
  'fake-bank-advisor': {
    public: 'individual',
    answers: [
      ['individual-danger', ['no']],
      ['individual-category', ['money']],
      ['fraud-start', ['bank']],
      ['fraud-bank-kind', ['advisor']],
    ],
  },
};

/**
 * Replays a shortcut on the built-in catalogue. When the catalogue has changed and an answer no
 * longer fits, the journey stops at the last answer that does: the link still opens a valid step,
 * as close to the situation as the graph allows, instead of a broken address.
 */
export function shortcutJourney(
  situation: CommonSituation,
  catalogue: AnyCatalogue = builtInCatalogue,
): Journey {
  const shortcut = shortcuts[situation];
  let journey = startJourney(catalogue, shortcut.public);
  for (const [questionId, optionIds] of shortcut.answers) {
    try {
      journey = answerQuestion(catalogue, journey, questionId, optionIds);
    } catch (error) {
      if (error instanceof JourneyError) break;
      throw error;
    }
  }
  return journey;
}

/** How many answers a shortcut means to give (the test checks that all of them still apply). */
export function shortcutLength(situation: CommonSituation): number {
  return shortcuts[situation].answers.length;
}

let links: Record<CommonSituation, string> | undefined;

/** `/diagnostic?parcours=…` for each situation; the catalogue is fixed for the life of the process. */
export function commonSituationLinks(): Record<CommonSituation, string> {
  links ??= Object.fromEntries(
    COMMON_SITUATIONS.map((situation) => [situation, diagnosticHref(shortcutJourney(situation))]),
  ) as Record<CommonSituation, string>;
  return links;
}
