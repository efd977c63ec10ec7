import { applyFlagConditions } from './orientation-conditions.ts';
import {
  ADVICE_PHASES,
  type Answer,
  type AnyCatalogue,
  type Flag,
  type Journey,
  type NodeRef,
  type Option,
  type Outcome,
  type OutcomeOrientation,
  type Question,
} from './types.ts';
import type { Public } from './vocabulary.ts';
import { PUBLICS } from './vocabulary.ts';

/** Raised for an answer the current step does not accept, or a journey that cannot be replayed. */
export class JourneyError extends Error {
  readonly code: 'unknown-public' | 'not-current' | 'bad-options' | 'finished' | 'incompatible' | 'malformed';
  constructor(code: JourneyError['code'], message: string) {
    super(message);
    this.name = 'JourneyError';
    this.code = code;
  }
}

export type Step =
  | { type: 'question'; question: Question; options: Option[]; index: number }
  | { type: 'outcome'; outcome: Outcome };

type Index = {
  questions: Map<string, Question>;
  outcomes: Map<string, AnyCatalogue['outcomes'][number]>;
  threats: Map<string, AnyCatalogue['threats'][number]>;
  advice: Map<string, AnyCatalogue['advice'][number]>;
  orientations: Map<string, AnyCatalogue['orientations'][number]>;
};

const indexes = new WeakMap<AnyCatalogue, Index>();

/** Lookup tables for a catalogue, built once per catalogue object. */
export function indexCatalogue(catalogue: AnyCatalogue): Index {
  let index = indexes.get(catalogue);
  if (!index) {
    index = {
      questions: new Map(catalogue.questions.map((q) => [q.id, q])),
      outcomes: new Map(catalogue.outcomes.map((o) => [o.id, o])),
      threats: new Map(catalogue.threats.map((t) => [t.id, t])),
      advice: new Map(catalogue.advice.map((a) => [a.id, a])),
      orientations: new Map(catalogue.orientations.map((o) => [o.id, o])),
    };
    indexes.set(catalogue, index);
  }
  return index;
}

/** Options of a question offered to a public. */
export function optionsFor(question: Question, pub: Public): Option[] {
  return question.options.filter((o) => !o.publics || o.publics.includes(pub));
}

/** Where an answer to `question` with `optionIds` leads. */
export function nextOf(question: Question, optionIds: readonly string[]): NodeRef | undefined {
  if (question.kind === 'single') {
    return question.options.find((o) => o.id === optionIds[0])?.next;
  }
  for (const branch of question.branches ?? []) {
    if (branch.when.some((id) => optionIds.includes(id))) return branch.next;
  }
  return question.next;
}

/** Starts a journey for a public. */
export function startJourney(catalogue: AnyCatalogue, pub: Public): Journey {
  if (!PUBLICS.includes(pub)) throw new JourneyError('unknown-public', `Unknown public "${pub}".`);
  return { catalogueVersion: catalogue.version, public: pub, answers: [] };
}

type Walk = { node: NodeRef; flags: Set<Flag> };

function walk(catalogue: AnyCatalogue, journey: Journey): Walk {
  const idx = indexCatalogue(catalogue);
  let node: NodeRef = { question: catalogue.entries[journey.public] };
  const flags = new Set<Flag>();
  for (const [i, answer] of journey.answers.entries()) {
    if (!('question' in node)) {
      throw new JourneyError('finished', `Answer ${i + 1} comes after the journey has ended.`);
    }
    const question = idx.questions.get(node.question);
    if (!question) throw new JourneyError('incompatible', `Unknown question "${node.question}".`);
    if (answer.questionId !== question.id) {
      throw new JourneyError(
        'not-current',
        `Answer ${i + 1} is for "${answer.questionId}", expected "${question.id}".`,
      );
    }
    checkOptions(question, answer, journey.public);
    for (const id of answer.optionIds) {
      for (const f of question.options.find((o) => o.id === id)?.flags ?? []) flags.add(f);
    }
    const next = nextOf(question, answer.optionIds);
    if (!next) throw new JourneyError('incompatible', `Question "${question.id}" leads nowhere.`);
    node = next;
  }
  return { node, flags };
}

function checkOptions(question: Question, answer: Answer, pub: Public) {
  const offered = optionsFor(question, pub);
  const ids = answer.optionIds;
  if (ids.length === 0)
    throw new JourneyError('bad-options', `Choose at least one option for "${question.id}".`);
  if (new Set(ids).size !== ids.length) throw new JourneyError('bad-options', 'An option is chosen twice.');
  if (question.kind === 'single' && ids.length !== 1) {
    throw new JourneyError('bad-options', `"${question.id}" takes exactly one option.`);
  }
  for (const id of ids) {
    const option = offered.find((o) => o.id === id);
    if (!option) throw new JourneyError('bad-options', `"${id}" is not an option of "${question.id}".`);
    if (option.exclusive && ids.length > 1) {
      throw new JourneyError('bad-options', `"${id}" cannot be combined with other options.`);
    }
  }
}

/** The next question, or the outcome when the journey has ended. */
export function currentStep(catalogue: AnyCatalogue, journey: Journey): Step {
  const { node, flags } = walk(catalogue, journey);
  if ('outcome' in node)
    return { type: 'outcome', outcome: resolveOutcome(catalogue, node.outcome, journey.public, flags) };
  const question = indexCatalogue(catalogue).questions.get(node.question);
  if (!question) throw new JourneyError('incompatible', `Unknown question "${node.question}".`);
  return {
    type: 'question',
    question,
    options: optionsFor(question, journey.public),
    index: journey.answers.length,
  };
}

/** Records an answer to the current question; returns a new journey (the old one is unchanged). */
export function answerQuestion(
  catalogue: AnyCatalogue,
  journey: Journey,
  questionId: string,
  optionIds: string[],
): Journey {
  const step = currentStep(catalogue, journey);
  if (step.type === 'outcome')
    throw new JourneyError('finished', 'The journey has already reached its outcome.');
  if (step.question.id !== questionId) {
    throw new JourneyError(
      'not-current',
      `The current question is "${step.question.id}", not "${questionId}".`,
    );
  }
  checkOptions(step.question, { questionId, optionIds }, journey.public);
  return { ...journey, answers: [...journey.answers, { questionId, optionIds: [...optionIds] }] };
}

/** Goes one question back; at the start, returns the journey unchanged. */
export function goBack(journey: Journey): Journey {
  return { ...journey, answers: journey.answers.slice(0, -1) };
}

/** The outcome of a finished journey, or undefined while questions remain. */
export function outcomeOf(catalogue: AnyCatalogue, journey: Journey): Outcome | undefined {
  const step = currentStep(catalogue, journey);
  return step.type === 'outcome' ? step.outcome : undefined;
}

const PHASE_RANK = new Map(ADVICE_PHASES.map((p, i) => [p, i]));

/**
 * Resolves an outcome for a public and the facts the answers revealed: advice filtered and ordered
 * by phase; orientations filtered; immediate danger puts the emergency number first and makes it
 * urgent; a minor gets the 3018 helpline; the provider orientation carries services and public.
 */
export function resolveOutcome(
  catalogue: AnyCatalogue,
  outcomeId: string,
  pub: Public,
  flags: Iterable<Flag> = [],
): Outcome {
  const idx = indexCatalogue(catalogue);
  const def = idx.outcomes.get(outcomeId);
  if (!def) throw new JourneyError('incompatible', `Unknown outcome "${outcomeId}".`);
  const threat = idx.threats.get(def.threat);
  if (!threat) throw new JourneyError('incompatible', `Unknown threat "${def.threat}".`);
  const flagSet = new Set(flags);
  const advice = def.advice
    .map((id, order) => ({ a: idx.advice.get(id), order }))
    .filter(
      (x): x is { a: NonNullable<typeof x.a>; order: number } =>
        !!x.a && (!x.a.publics || x.a.publics.includes(pub)),
    )
    .sort((x, y) => (PHASE_RANK.get(x.a.phase) ?? 0) - (PHASE_RANK.get(y.a.phase) ?? 0) || x.order - y.order)
    .map((x) => x.a.id);

  // An orientation is shown only to the publics both the outcome and the orientation itself serve.
  const serves = (publics: readonly Public[] | undefined) => !publics || publics.includes(pub);
  let orientations: OutcomeOrientation[] = applyFlagConditions(
    catalogue,
    def.orientations.filter((o) => serves(o.publics) && serves(idx.orientations.get(o.id)?.publics)),
    flagSet,
  ).map((o) =>
    o.id === 'provider'
      ? { id: o.id, services: o.services ?? [...threat.services], public: pub }
      : { id: o.id },
  );
  const danger = flagSet.has('danger');
  if (danger) orientations = [{ id: 'emergency-17' }, ...orientations.filter((o) => o.id !== 'emergency-17')];
  if (flagSet.has('minor') && pub === 'individual' && !orientations.some((o) => o.id === 'helpline-3018')) {
    orientations.splice(danger ? 1 : 0, 0, { id: 'helpline-3018' });
  }
  const urgent = danger || def.urgent === true;
  if (urgent && !orientations.some((o) => o.id === 'police-chat')) {
    orientations.splice(danger ? 1 : 0, 0, { id: 'police-chat' });
  }
  return {
    id: def.id,
    threat: def.threat,
    severity: danger ? 'critical' : (def.severity ?? threat.severity),
    urgent,
    advice,
    orientations,
    flags: [...flagSet].sort(),
  };
}
