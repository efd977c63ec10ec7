import { applyFlagConditions } from './orientation-conditions.ts';
import {
  ADVICE_PHASES,
  type Answer,
  type AnyCatalogue,
  type Facts,
  type Flag,
  type Journey,
  type NodeRef,
  type Option,
  type Outcome,
  type OutcomeOrientation,
  type Question,
} from './types.ts';
import type { Public, Severity } from './vocabulary.ts';
import { PUBLICS, SEVERITIES } from './vocabulary.ts';

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
  | {
      type: 'question';
      question: Question;
      options: Option[];
      index: number;
      /** Questions the engine answered from facts already known, so they are not asked. */
      known: Answer[];
    }
  | { type: 'outcome'; outcome: Outcome };

type Index = {
  questions: Map<string, Question>;
  outcomes: Map<string, AnyCatalogue['outcomes'][number]>;
  threats: Map<string, AnyCatalogue['threats'][number]>;
  advice: Map<string, AnyCatalogue['advice'][number]>;
  orientations: Map<string, AnyCatalogue['orientations'][number]>;
  /** Severity reachable from each node, filled as it is asked for. */
  reach: Map<string, Severity>;
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
      reach: new Map(),
    };
    indexes.set(catalogue, index);
  }
  return index;
}

/** Options of a question offered to a public. */
export function optionsFor(question: Question, pub: Public): Option[] {
  return question.options.filter((o) => !o.publics || o.publics.includes(pub));
}

/** Where an answer to `question` with `optionIds` leads first (the most severe branch ticked). */
export function nextOf(
  question: Question,
  optionIds: readonly string[],
  catalogue?: AnyCatalogue,
): NodeRef | undefined {
  return targetsOf(question, optionIds, catalogue)[0];
}

const SEVERITY_RANK = new Map(SEVERITIES.map((s, i) => [s, i]));
const refKey = (ref: NodeRef) => ('question' in ref ? `?${ref.question}` : `=${ref.outcome}`);

/**
 * Every node an answer leads to, each once, most severe first. A single choice leads to its option's
 * `next`. A multiple choice follows every branch whose `when` shares an option with the answer, and
 * the question's `next` (the default branch) when an option ticked is in no branch; ties keep the
 * authored order, the default branch last.
 */
export function targetsOf(
  question: Question,
  optionIds: readonly string[],
  catalogue?: AnyCatalogue,
): NodeRef[] {
  if (question.kind === 'single') {
    const next = question.options.find((o) => o.id === optionIds[0])?.next;
    return next ? [next] : [];
  }
  const branches = question.branches ?? [];
  const targets: NodeRef[] = [];
  for (const b of branches) if (b.when.some((id) => optionIds.includes(id))) targets.push(b.next);
  if (question.next && optionIds.some((id) => !branches.some((b) => b.when.includes(id)))) {
    targets.push(question.next);
  }
  const unique = [...new Map(targets.map((t) => [refKey(t), t])).values()];
  if (!catalogue || unique.length < 2) return unique;
  const rank = (ref: NodeRef) => SEVERITY_RANK.get(reachableSeverity(catalogue, ref)) ?? 0;
  return unique
    .map((ref, order) => ({ ref, order, rank: rank(ref) }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map((x) => x.ref);
}

/**
 * How severe a branch is before its outcome is known: the highest severity (outcome's own, else its
 * threat's) of every outcome reachable from the node, whatever the answers and the public. Computed
 * once per node and catalogue, then cached with the catalogue's index.
 */
export function reachableSeverity(catalogue: AnyCatalogue, ref: NodeRef): Severity {
  const idx = indexCatalogue(catalogue);
  const key = refKey(ref);
  const cached = idx.reach.get(key);
  if (cached) return cached;
  let severity: Severity = 'info';
  if ('outcome' in ref) {
    const def = idx.outcomes.get(ref.outcome);
    severity = def?.severity ?? idx.threats.get(def?.threat ?? '')?.severity ?? 'info';
  } else {
    idx.reach.set(key, 'info'); // a cycle (refused by the validator) must not recurse forever
    const q = idx.questions.get(ref.question);
    const refs = !q
      ? []
      : q.kind === 'single'
        ? q.options.flatMap((o) => (o.next ? [o.next] : []))
        : [...(q.branches ?? []).map((b) => b.next), ...(q.next ? [q.next] : [])];
    for (const r of refs) {
      const s = reachableSeverity(catalogue, r);
      if ((SEVERITY_RANK.get(s) ?? 0) > (SEVERITY_RANK.get(severity) ?? 0)) severity = s;
    }
  }
  idx.reach.set(key, severity);
  return severity;
}

/** Starts a journey for a public. */
export function startJourney(catalogue: AnyCatalogue, pub: Public): Journey {
  if (!PUBLICS.includes(pub)) throw new JourneyError('unknown-public', `Unknown public "${pub}".`);
  return { catalogueVersion: catalogue.version, public: pub, answers: [] };
}

/**
 * Where a journey stands: the node to visit, the branches still to follow (a multiple-choice answer
 * can tick several), the outcomes reached so far, and what the answers revealed. Questions already
 * visited are not asked again; their outcomes are already counted.
 */
export type Cursor = {
  node: NodeRef | undefined;
  pending: NodeRef[];
  reached: string[];
  flags: Flag[];
  facts: Facts;
  visited: string[];
  /** Questions the engine answered from facts already known. */
  known: Answer[];
};

/** Whether the facts of an option agree with those known (a fact not known agrees with anything). */
export function agrees(sets: Facts | undefined, known: Facts): boolean {
  return Object.entries(sets ?? {}).every(([f, v]) => {
    const k = known[f as keyof Facts];
    return k === undefined || k === v;
  });
}

/**
 * The option that answers `question` from facts already known: one that sets the fact it asks to
 * the known value, preferably one whose other facts agree too ("minor, my child" over "minor, me").
 */
export function knownOption(question: Question, pub: Public, facts: Facts): Option | undefined {
  if (!question.asks || question.kind !== 'single' || facts[question.asks] === undefined) return undefined;
  const fact = question.asks;
  const candidates = optionsFor(question, pub).filter((o) => o.sets?.[fact] === facts[fact]);
  return candidates.find((o) => agrees(o.sets, facts)) ?? candidates[0];
}

/** The cursor at the start of a public's journey. */
export function startCursor(catalogue: AnyCatalogue, pub: Public): Cursor {
  return settle(catalogue, pub, {
    node: { question: catalogue.entries[pub] },
    pending: [],
    reached: [],
    flags: [],
    facts: {},
    visited: [],
    known: [],
  });
}

/** Applies an answer to the cursor's question and moves on to the next question or the end. */
export function applyAnswer(
  catalogue: AnyCatalogue,
  pub: Public,
  cursor: Cursor,
  question: Question,
  optionIds: readonly string[],
): Cursor {
  return settle(catalogue, pub, advance(catalogue, cursor, question, optionIds));
}

function advance(
  catalogue: AnyCatalogue,
  c: Cursor,
  question: Question,
  optionIds: readonly string[],
): Cursor {
  const flags = new Set(c.flags);
  let facts = c.facts;
  for (const id of optionIds) {
    const option = question.options.find((o) => o.id === id);
    for (const f of option?.flags ?? []) flags.add(f);
    // A fact, once known, stays: a later answer only adds the facts still unknown.
    if (option?.sets) facts = { ...option.sets, ...facts };
  }
  const targets = targetsOf(question, optionIds, catalogue);
  if (targets.length === 0)
    throw new JourneyError('incompatible', `Question "${question.id}" leads nowhere.`);
  return {
    ...c,
    node: targets[0],
    pending: [...targets.slice(1), ...c.pending],
    flags: [...flags].sort(),
    facts,
    visited: [...c.visited, question.id],
  };
}

/** Moves past outcomes, questions already visited and questions settled by known facts. */
function settle(catalogue: AnyCatalogue, pub: Public, cursor: Cursor): Cursor {
  const idx = indexCatalogue(catalogue);
  let c = cursor;
  for (;;) {
    const node = c.node;
    if (!node) return c;
    if ('outcome' in node) {
      const reached = c.reached.includes(node.outcome) ? c.reached : [...c.reached, node.outcome];
      c = { ...c, reached, node: c.pending[0], pending: c.pending.slice(1) };
      continue;
    }
    if (c.visited.includes(node.question)) {
      c = { ...c, node: c.pending[0], pending: c.pending.slice(1) };
      continue;
    }
    const question = idx.questions.get(node.question);
    if (!question) throw new JourneyError('incompatible', `Unknown question "${node.question}".`);
    const option = knownOption(question, pub, c.facts);
    if (!option) return c;
    c = advance(
      catalogue,
      { ...c, known: [...c.known, { questionId: question.id, optionIds: [option.id] }] },
      question,
      [option.id],
    );
  }
}

function walk(catalogue: AnyCatalogue, journey: Journey): Cursor {
  const idx = indexCatalogue(catalogue);
  let cursor = startCursor(catalogue, journey.public);
  for (const [i, answer] of journey.answers.entries()) {
    // A journey saved before a question was answered from known facts still holds that answer.
    if (
      cursor.known.some((k) => k.questionId === answer.questionId) &&
      cursor.node &&
      'question' in cursor.node &&
      cursor.node.question !== answer.questionId
    ) {
      continue;
    }
    const node = cursor.node;
    if (!node) throw new JourneyError('finished', `Answer ${i + 1} comes after the journey has ended.`);
    if (!('question' in node)) throw new JourneyError('incompatible', 'The journey stopped on an outcome.');
    const question = idx.questions.get(node.question);
    if (!question) throw new JourneyError('incompatible', `Unknown question "${node.question}".`);
    if (answer.questionId !== question.id) {
      throw new JourneyError(
        'not-current',
        `Answer ${i + 1} is for "${answer.questionId}", expected "${question.id}".`,
      );
    }
    checkOptions(question, answer, journey.public);
    cursor = applyAnswer(catalogue, journey.public, cursor, question, answer.optionIds);
  }
  return cursor;
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

/** The next question (in the words that fit the facts known), or the outcome when the journey has ended. */
export function currentStep(catalogue: AnyCatalogue, journey: Journey): Step {
  const cursor = walk(catalogue, journey);
  return stepAt(catalogue, journey.public, cursor, journey.answers.length);
}

/** The step a cursor stands on. */
export function stepAt(catalogue: AnyCatalogue, pub: Public, cursor: Cursor, index: number): Step {
  const node = cursor.node;
  if (!node) {
    return {
      type: 'outcome',
      outcome: resolveOutcomes(catalogue, cursor.reached, pub, cursor.flags, cursor.facts),
    };
  }
  if (!('question' in node)) throw new JourneyError('incompatible', 'The journey stopped on an outcome.');
  const question = indexCatalogue(catalogue).questions.get(node.question);
  if (!question) throw new JourneyError('incompatible', `Unknown question "${node.question}".`);
  const variant = question.variants?.find((v) => matches(v.when, cursor.facts));
  const worded = variant
    ? { ...question, text: variant.text, help: variant.help ?? question.help }
    : question;
  return {
    type: 'question',
    question: worded,
    options: optionsFor(question, pub).map((o) => {
      const label = variant?.options?.[o.id];
      return label ? { ...o, label } : o;
    }),
    index,
    known: cursor.known,
  };
}

/** Whether every fact of `when` is known with that value. */
function matches(when: Facts, known: Facts): boolean {
  return Object.entries(when).every(([f, v]) => known[f as keyof Facts] === v);
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

/** Resolves one outcome for a public and the facts the answers revealed (see `resolveOutcomes`). */
export function resolveOutcome(
  catalogue: AnyCatalogue,
  outcomeId: string,
  pub: Public,
  flags: Iterable<Flag> = [],
  facts: Facts = {},
): Outcome {
  return resolveOutcomes(catalogue, [outcomeId], pub, flags, facts);
}

/**
 * Resolves the outcomes a journey reached, merged into one. The most severe (ties: the first reached)
 * names the outcome and its threat; the advice and orientations of all are merged without repeats,
 * advice ordered by phase (stop, evidence, report, recover, prevent); `urgent` and the severity are
 * the highest. Advice is filtered by public and facts, orientations by public; immediate danger puts
 * the emergency number first and makes it urgent; a minor gets the 3018 helpline; the provider
 * orientation carries the services of every threat reached and the public.
 */
export function resolveOutcomes(
  catalogue: AnyCatalogue,
  outcomeIds: readonly string[],
  pub: Public,
  flags: Iterable<Flag> = [],
  facts: Facts = {},
): Outcome {
  const idx = indexCatalogue(catalogue);
  const resolved = outcomeIds.map((id) => {
    const def = idx.outcomes.get(id);
    if (!def) throw new JourneyError('incompatible', `Unknown outcome "${id}".`);
    const threat = idx.threats.get(def.threat);
    if (!threat) throw new JourneyError('incompatible', `Unknown threat "${def.threat}".`);
    const severity: Severity = def.severity ?? threat.severity;
    return { def, threat, severity, rank: SEVERITY_RANK.get(severity) ?? 0 };
  });
  if (resolved.length === 0) throw new JourneyError('incompatible', 'The journey reached no outcome.');
  const ordered = resolved
    .map((r, order) => ({ ...r, order }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order);
  const primary = ordered[0]!;
  const flagSet = new Set(flags);

  const adviceIds = [...new Set(ordered.flatMap((r) => r.def.advice))];
  const advice = adviceIds
    .map((id, order) => ({ a: idx.advice.get(id), order }))
    .filter(
      (x): x is { a: NonNullable<typeof x.a>; order: number } =>
        !!x.a && (!x.a.publics || x.a.publics.includes(pub)) && agrees(x.a.facts, facts),
    )
    .sort((x, y) => (PHASE_RANK.get(x.a.phase) ?? 0) - (PHASE_RANK.get(y.a.phase) ?? 0) || x.order - y.order)
    .map((x) => x.a.id);

  // An orientation is shown only to the publics both the outcome and the orientation itself serve.
  const serves = (publics: readonly Public[] | undefined) => !publics || publics.includes(pub);
  // The orientations of every outcome reached, each once, the most severe outcome's first; each
  // outcome's flag conditions apply to its own list (see applyFlagConditions).
  let orientations: OutcomeOrientation[] = [];
  for (const r of ordered) {
    const refs = applyFlagConditions(
      catalogue,
      r.def.orientations.filter((o) => serves(o.publics) && serves(idx.orientations.get(o.id)?.publics)),
      flagSet,
    );
    for (const o of refs) {
      const seen = orientations.find((x) => x.id === o.id);
      if (o.id !== 'provider') {
        if (!seen) orientations.push({ id: o.id });
        continue;
      }
      const services = o.services ?? [...r.threat.services];
      if (!seen) orientations.push({ id: o.id, services, public: pub });
      else seen.services = [...new Set([...(seen.services ?? []), ...services])];
    }
  }
  const danger = flagSet.has('danger');
  if (danger) orientations = [{ id: 'emergency-17' }, ...orientations.filter((o) => o.id !== 'emergency-17')];
  const minor = flagSet.has('minor') || facts.age === 'minor';
  if (minor && pub === 'individual' && !orientations.some((o) => o.id === 'helpline-3018')) {
    orientations.splice(danger ? 1 : 0, 0, { id: 'helpline-3018' });
  }
  const urgent = danger || resolved.some((r) => r.def.urgent === true);
  if (urgent && !orientations.some((o) => o.id === 'police-chat')) {
    orientations.splice(danger ? 1 : 0, 0, { id: 'police-chat' });
  }
  return {
    id: primary.def.id,
    threat: primary.def.threat,
    severity: danger ? 'critical' : primary.severity,
    urgent,
    advice,
    orientations,
    flags: [...flagSet].sort(),
    merged: ordered.map((r) => r.def.id),
    facts,
  };
}
