import { currentStep, JourneyError } from './engine.ts';
import type { AnyCatalogue, Journey } from './types.ts';
import { PUBLICS } from './vocabulary.ts';

/** Serialises a journey to a compact JSON string (stable field order). */
export function serializeJourney(journey: Journey): string {
  return JSON.stringify({
    v: journey.catalogueVersion,
    p: journey.public,
    a: journey.answers.map((a) => [a.questionId, ...a.optionIds]),
  });
}

/**
 * Reads a serialised journey and replays it on `catalogue`. A journey saved on another catalogue
 * version is accepted when every answer still applies (same questions and options); it is then
 * stamped with the catalogue's version. Otherwise throws a JourneyError with code `incompatible`.
 */
export function deserializeJourney(text: string, catalogue: AnyCatalogue): Journey {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new JourneyError('malformed', 'The saved journey is not valid JSON.');
  }
  const r = raw as { v?: unknown; p?: unknown; a?: unknown };
  if (
    typeof r !== 'object' ||
    r === null ||
    typeof r.v !== 'string' ||
    typeof r.p !== 'string' ||
    !Array.isArray(r.a)
  ) {
    throw new JourneyError('malformed', 'The saved journey does not have the expected shape.');
  }
  if (!PUBLICS.includes(r.p as Journey['public']))
    throw new JourneyError('malformed', `Unknown public "${r.p}".`);
  const answers = r.a.map((entry) => {
    if (!Array.isArray(entry) || entry.length < 2 || !entry.every((x) => typeof x === 'string')) {
      throw new JourneyError('malformed', 'An answer of the saved journey is malformed.');
    }
    const [questionId, ...optionIds] = entry as string[];
    return { questionId: questionId!, optionIds };
  });
  const journey: Journey = { catalogueVersion: catalogue.version, public: r.p as Journey['public'], answers };
  try {
    currentStep(catalogue, journey);
  } catch (error) {
    if (error instanceof JourneyError && r.v !== catalogue.version) {
      throw new JourneyError(
        'incompatible',
        `The journey was saved on catalogue ${r.v} and cannot be replayed on ${catalogue.version}: ${error.message}`,
      );
    }
    throw error;
  }
  return journey;
}
