import {
  type AnyCatalogue,
  catalogue as builtInCatalogue,
  deserializeJourney,
  type Flag,
  indexCatalogue,
  type Journey,
  JourneyError,
  serializeJourney,
} from '@vigie/diagnostic';

/** Search parameter of `/diagnostic` that carries the journey ("parcours" in French). */
export const JOURNEY_PARAM = 'parcours';

/**
 * Longest parameter accepted. A journey is a list of option ids: a few hundred characters even
 * for a long one; anything far beyond is not ours and is refused before any parsing.
 */
export const MAX_JOURNEY_PARAM_LENGTH = 4_000;

const base64url = /^[A-Za-z0-9_-]+$/;

/** The journey as a URL-safe token: `serializeJourney` (compact JSON), UTF-8, base64url without padding. */
export function encodeJourneyParam(journey: Journey): string {
  return Buffer.from(serializeJourney(journey), 'utf8').toString('base64url');
}

export type DecodedJourney =
  | { status: 'missing' }
  | { status: 'ok'; journey: Journey }
  /**
   * `malformed`: not a token we wrote, or answers that do not follow the questions (a tampered or
   * truncated address). `incompatible`: saved on a catalogue version the answers no longer fit.
   */
  | { status: 'invalid'; reason: 'malformed' | 'incompatible' };

/** Reads the journey from the search parameter and replays it on the catalogue; never throws. */
export function decodeJourneyParam(
  param: string | null | undefined,
  catalogue: AnyCatalogue = builtInCatalogue,
): DecodedJourney {
  if (param === null || param === undefined || param === '') return { status: 'missing' };
  if (param.length > MAX_JOURNEY_PARAM_LENGTH || !base64url.test(param)) {
    return { status: 'invalid', reason: 'malformed' };
  }
  let text: string;
  try {
    // Node's base64 decoder skips what it does not understand; `fatal` at least refuses broken UTF-8.
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(param, 'base64url'));
  } catch {
    return { status: 'invalid', reason: 'malformed' };
  }
  try {
    return { status: 'ok', journey: deserializeJourney(text, catalogue) };
  } catch (error) {
    if (error instanceof JourneyError) {
      return { status: 'invalid', reason: error.code === 'incompatible' ? 'incompatible' : 'malformed' };
    }
    throw error;
  }
}

/** The address of a journey's current step; `/diagnostic` (choose a public) for no journey. */
export function diagnosticHref(journey: Journey | null): string {
  if (!journey) return '/diagnostic';
  return `/diagnostic?${new URLSearchParams({ [JOURNEY_PARAM]: encodeJourneyParam(journey) })}`;
}

/** The journey with only its first `count` answers: where "Back" and "Change" links lead. */
export function truncateJourney(journey: Journey, count: number): Journey {
  return { ...journey, answers: journey.answers.slice(0, Math.max(0, count)) };
}

/**
 * Facts revealed by the answers so far (the flags of every chosen option), so a page can warn
 * about immediate danger before the journey reaches its outcome. Expects a replayed journey.
 */
export function journeyFlags(journey: Journey, catalogue: AnyCatalogue = builtInCatalogue): Set<Flag> {
  const { questions } = indexCatalogue(catalogue);
  const flags = new Set<Flag>();
  for (const answer of journey.answers) {
    const question = questions.get(answer.questionId);
    for (const optionId of answer.optionIds) {
      for (const flag of question?.options.find((o) => o.id === optionId)?.flags ?? []) flags.add(flag);
    }
  }
  return flags;
}
