import { catalogue } from './catalogue/index.ts';
import { answerQuestion, currentStep, goBack, outcomeOf, type Step, startJourney } from './engine.ts';
import { deserializeJourney as deserializeOn } from './journey-codec.ts';
import type { Journey, Outcome } from './types.ts';
import type { Public } from './vocabulary.ts';

export { catalogue, catalogueSources } from './catalogue/index.ts';
export type { Source } from './catalogue/sources.ts';
export {
  answerQuestion,
  currentStep,
  goBack,
  indexCatalogue,
  JourneyError,
  optionsFor,
  outcomeOf,
  resolveOutcome,
  type Step,
  startJourney,
} from './engine.ts';
export { serializeJourney } from './journey-codec.ts';
export {
  frenchTypography,
  localizeCatalogue,
  localizeText,
  NBSP,
  NNBSP,
  typographyProblems,
} from './localize.ts';
export {
  catalogueForPublic,
  joinPackedCatalogue,
  type PackedCatalogue,
  type PackedJourney,
  type PackedOutcomeTexts,
  packCatalogue,
  splitPackedCatalogue,
  unpackCatalogue,
} from './pack.ts';
export * from './types.ts';
export { type EnumeratedOutcome, enumerateOutcomes, validateCatalogue as validate } from './validate.ts';
export { CATALOGUE_VERSION } from './version.ts';
export * from './vocabulary.ts';

// The stable engine API, bound to the built-in catalogue.

/** Starts a journey for a public on the built-in catalogue. */
export const start = (pub: Public): Journey => startJourney(catalogue, pub);
/** Answers the current question; returns a new journey. */
export const answer = (journey: Journey, questionId: string, optionIds: string[]): Journey =>
  answerQuestion(catalogue, journey, questionId, optionIds);
/** The next question or the outcome. */
export const current = (journey: Journey): Step => currentStep(catalogue, journey);
/** One question back. */
export const back = (journey: Journey): Journey => goBack(journey);
/** The outcome, once the journey has ended. */
export const outcome = (journey: Journey): Outcome | undefined => outcomeOf(catalogue, journey);
/** Reads a saved journey and replays it on the built-in catalogue (or another one). */
export const deserializeJourney = (text: string, on = catalogue): Journey => deserializeOn(text, on);
