import {
  ADVICE_PHASES,
  type Advice,
  type AdvicePhase,
  type Catalogue,
  type Facts,
  type Flag,
  type NodeRef,
  type Option,
  type OrientationDef,
  type OrientationRef,
  type OutcomeDef,
  type Question,
  type ServiceDef,
  type Threat,
} from './types.ts';
import type { Public, ServiceId, Severity } from './vocabulary.ts';

/** A node reference: a question's index, or `-1 - i` for the outcome at index `i`. */
type PackedRef = number;
/** Fields a newer catalogue adds are carried as they are, in a trailing object. */
type Extra = Record<string, unknown>;
type PackedOption = [
  id: string,
  next: PackedRef | null,
  flags?: Flag[] | 0,
  exclusive?: 0 | 1,
  publics?: Public[] | 0,
  extra?: Extra,
];
type PackedQuestion = [
  id: string,
  multiple: 0 | 1,
  options: PackedOption[],
  next: PackedRef | null,
  branches?: [when: string[], next: PackedRef][] | 0,
  extra?: Extra,
];
/** The threat by its index; an orientation with no condition by its index, otherwise in full. */
type PackedOutcome = [
  id: string,
  threat: number,
  severity: Severity | 0,
  urgent: 0 | 1,
  advice: number[],
  orientations: (number | OrientationRef)[],
  extra?: Extra,
];

/**
 * A one-language catalogue in a compact wire format for browsers: tuples instead of objects where
 * they repeat, advice and nodes referenced by index, and every text gathered at the end, in the
 * order of the structure (prose next to prose compresses better). Gzipped, it is about 15% smaller
 * than the plain JSON, which keeps what the widget loads for one public within its budget.
 */
export type PackedCatalogue = {
  format: 3;
  version: string;
  /** Set when the catalogue holds only what this public can reach (see `catalogueForPublic`). */
  public?: Public;
  entries: Catalogue<string>['entries'];
  services: Omit<ServiceDef<string>, 'name' | 'description'>[];
  threats: Omit<Threat<string>, 'name' | 'description'>[];
  orientations: Omit<OrientationDef<string>, 'name' | 'description' | 'hours'>[];
  /** The phase by its index in `ADVICE_PHASES` (absent for the first, `stop`). */
  advice: [id: string, phase?: number, publics?: Public[] | 0, facts?: Facts][];
  outcomes: PackedOutcome[];
  questions: PackedQuestion[];
  texts: {
    services: [name: string, description: string][];
    threats: [name: string, description: string][];
    orientations: [name: string, description: string, hours: string][];
    advice: string[];
    /** Per question: its text, its help (or 0), then the label of each option. */
    questions: (string | 0)[][];
  };
};

type OutcomeTexts = Omit<PackedCatalogue['texts'], 'questions'>;

/**
 * What the widget loads before the first question: the whole structure (questions, outcomes,
 * advice, orientations, threats, services) with only the texts of the questions. The engine runs a
 * journey on it to its outcome; the texts of that outcome come with `PackedOutcomeTexts`.
 */
export type PackedJourney = Omit<PackedCatalogue, 'texts'> & {
  texts: Pick<PackedCatalogue['texts'], 'questions'>;
};

/** What the widget loads when a journey reaches its outcome: the texts the journey part leaves out. */
export type PackedOutcomeTexts = Pick<PackedCatalogue, 'format' | 'version' | 'public'> & {
  texts: OutcomeTexts;
};

/** Drops trailing zeros, nulls and absent values of a tuple, which unpack reads as absent. */
const trim = <T extends unknown[]>(tuple: T): T => {
  let n = tuple.length;
  while (n > 0 && (tuple[n - 1] === 0 || tuple[n - 1] == null)) n--;
  return tuple.slice(0, n) as T;
};
const extraOf = (extra: Extra) => (Object.keys(extra).length > 0 ? extra : 0);

/**
 * Packs a localised catalogue for the wire; with a public, only the part that public can reach
 * (what the widget and the portal load once the public is chosen).
 */
export function packCatalogue(catalogue: Catalogue<string>, pub?: Public): PackedCatalogue {
  const c = pub ? catalogueForPublic(catalogue, pub) : catalogue;
  const indexOf = (ids: string[], kind: string) => {
    const map = new Map(ids.map((id, i) => [id, i]));
    return (id: string, where: string) => {
      const i = map.get(id);
      if (i === undefined) throw new Error(`${where}: unknown ${kind} "${id}"`);
      return i;
    };
  };
  const adviceIndex = indexOf(
    c.advice.map((a) => a.id),
    'advice',
  );
  const questionIndex = indexOf(
    c.questions.map((q) => q.id),
    'question',
  );
  const threatIndex = indexOf(
    c.threats.map((t) => t.id),
    'threat',
  );
  const orientationIndex = indexOf(
    c.orientations.map((o) => o.id),
    'orientation',
  );
  const outcomeIndex = indexOf(
    c.outcomes.map((o) => o.id),
    'outcome',
  );
  const ref = (r: NodeRef | undefined, where: string): PackedRef | null =>
    !r ? null : 'question' in r ? questionIndex(r.question, where) : -1 - outcomeIndex(r.outcome, where);

  const packOption = (where: string, o: Option<string>): PackedOption => {
    const { id, label: _, next, flags, exclusive, publics, ...extra } = o;
    return trim<PackedOption>([
      id,
      ref(next, where),
      flags ?? 0,
      exclusive ? 1 : 0,
      publics ?? 0,
      extraOf(extra) || undefined,
    ]);
  };
  return {
    format: 3,
    version: c.version,
    ...(pub ? { public: pub } : {}),
    entries: c.entries,
    services: c.services.map(({ name: _, description: __, ...s }) => s),
    threats: c.threats.map(({ name: _, description: __, ...t }) => t),
    orientations: c.orientations.map(({ name: _, description: __, hours: ___, ...o }) => o),
    advice: c.advice.map((a) => trim([a.id, ADVICE_PHASES.indexOf(a.phase), a.publics ?? 0, a.facts])),
    outcomes: c.outcomes.map((o) => {
      const { id, threat, severity, urgent, advice, orientations, ...extra } = o;
      const where = `outcome "${id}"`;
      const tuple: PackedOutcome = [
        id,
        threatIndex(threat, where),
        severity ?? 0,
        urgent ? 1 : 0,
        advice.map((a) => adviceIndex(a, where)),
        orientations.map((r) => (Object.keys(r).length > 1 ? r : orientationIndex(r.id, where))),
      ];
      if (Object.keys(extra).length > 0) tuple[6] = extra;
      return tuple;
    }),
    questions: c.questions.map((q) => {
      const { id, kind, text: _, help: __, options, next, branches, ...extra } = q;
      const where = `question "${id}"`;
      return trim<PackedQuestion>([
        id,
        kind === 'multiple' ? 1 : 0,
        options.map((o) => packOption(where, o)),
        ref(next, where),
        branches?.map((b) => [b.when, ref(b.next, where)!]) ?? 0,
        extraOf(extra) || undefined,
      ]);
    }),
    texts: {
      services: c.services.map((s) => [s.name, s.description]),
      threats: c.threats.map((t) => [t.name, t.description]),
      orientations: c.orientations.map((o) => [o.name, o.description, o.hours]),
      advice: c.advice.map((a) => a.text),
      questions: c.questions.map((q) => [q.text, q.help ?? 0, ...q.options.map((o) => o.label)]),
    },
  };
}

/** The journey part and the outcome part of a packed catalogue, loaded one after the other. */
export function splitPackedCatalogue(p: PackedCatalogue): {
  journey: PackedJourney;
  outcomeTexts: PackedOutcomeTexts;
} {
  const { texts, ...structure } = p;
  const { questions, ...outcomeTexts } = texts;
  const head = { format: p.format, version: p.version, ...(p.public ? { public: p.public } : {}) };
  return { journey: { ...structure, texts: { questions } }, outcomeTexts: { ...head, texts: outcomeTexts } };
}

/** Puts the two parts back together; they must come from the same catalogue and public. */
export function joinPackedCatalogue(
  journey: PackedJourney,
  outcomeTexts: PackedOutcomeTexts,
): PackedCatalogue {
  if (journey.version !== outcomeTexts.version || journey.public !== outcomeTexts.public)
    throw new Error(
      `outcome texts of ${outcomeTexts.version}/${outcomeTexts.public ?? 'all'} do not fit the journey of ${journey.version}/${journey.public ?? 'all'}`,
    );
  return { ...journey, texts: { ...outcomeTexts.texts, ...journey.texts } };
}

/**
 * Restores a packed catalogue; the engine runs on the result. A journey part alone restores every
 * question with its texts, and the texts of threats, services, orientations and advice as `null`
 * until its outcome texts are joined (`joinPackedCatalogue`).
 */
export function unpackCatalogue(p: PackedCatalogue): Catalogue<string>;
export function unpackCatalogue(p: PackedJourney): Catalogue<string | null>;
export function unpackCatalogue(p: PackedCatalogue | PackedJourney): Catalogue<string | null> {
  if (p.format !== 3) throw new Error(`unknown catalogue format ${String(p.format)}`);
  const texts: Partial<OutcomeTexts> & Pick<PackedCatalogue['texts'], 'questions'> = p.texts;
  const textsOf = (list: string[][] | undefined, i: number): (string | undefined)[] => list?.[i] ?? [];
  const advice = p.advice.map(
    ([id, phase, publics, facts], i): Advice<string | null> => ({
      id,
      phase: ADVICE_PHASES[phase ?? 0] as AdvicePhase,
      text: texts.advice ? texts.advice[i]! : null,
      ...(publics ? { publics } : {}),
      ...(facts ? { facts } : {}),
    }),
  );
  const ref = (r: PackedRef | null | undefined): NodeRef | undefined => {
    if (r === null || r === undefined) return undefined;
    if (r >= 0) return { question: p.questions[r]![0] };
    return { outcome: p.outcomes[-1 - r]![0] };
  };
  const outcomes = p.outcomes.map(
    ([id, threat, severity, urgent, adviceIdx, orientations, extra]): OutcomeDef => ({
      id,
      threat: p.threats[threat]!.id,
      ...(severity ? { severity } : {}),
      ...(urgent ? { urgent: true } : {}),
      advice: adviceIdx.map((i) => advice[i]!.id),
      orientations: orientations.map((r) => (typeof r === 'number' ? { id: p.orientations[r]!.id } : r)),
      ...extra,
    }),
  );
  const questions = p.questions.map(
    ([id, multiple, options, next, branches, extra], i): Question<string | null> => {
      const [text, help, ...labels] = texts.questions[i]!;
      return {
        id,
        kind: multiple ? 'multiple' : 'single',
        text: String(text),
        ...(help ? { help } : {}),
        options: options.map(([oid, onext, flags, exclusive, publics, oextra], j): Option<string | null> => {
          const n = ref(onext);
          return {
            id: oid,
            label: String(labels[j]),
            ...(n ? { next: n } : {}),
            ...(flags ? { flags } : {}),
            ...(publics ? { publics } : {}),
            ...(exclusive ? { exclusive: true } : {}),
            ...(oextra || {}),
          };
        }),
        ...(branches ? { branches: branches.map(([when, b]) => ({ when, next: ref(b)! })) } : {}),
        ...(next !== null && next !== undefined ? { next: ref(next)! } : {}),
        ...(extra || {}),
      };
    },
  );
  return {
    version: p.version,
    entries: p.entries,
    services: p.services.map((s, i) => {
      const [name, description] = textsOf(texts.services, i);
      return { ...s, name: name ?? null, description: description ?? null };
    }),
    threats: p.threats.map((t, i) => {
      const [name, description] = textsOf(texts.threats, i);
      return { ...t, name: name ?? null, description: description ?? null };
    }),
    orientations: p.orientations.map((o, i) => {
      const [name, description, hours] = textsOf(texts.orientations, i);
      return { ...o, name: name ?? null, description: description ?? null, hours: hours ?? null };
    }),
    advice,
    outcomes,
    questions,
  };
}

const serves = (publics: readonly Public[] | undefined, pub: Public) => !publics || publics.includes(pub);

/** Every node reference (`{question}` or `{outcome}`) held anywhere in a question. */
function refsIn(value: unknown, found: NodeRef[] = []): NodeRef[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, found);
  else if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const ref = value as Record<string, unknown>;
    if (keys.length === 1 && (typeof ref.question === 'string' || typeof ref.outcome === 'string'))
      found.push(value as NodeRef);
    else for (const v of Object.values(value)) refsIn(v, found);
  }
  return found;
}

/**
 * The part of a catalogue one public can reach from its entry: the questions with only the options
 * offered to that public, the outcomes they lead to with the advice and orientations shown to that
 * public, and the threats and services those name. The engine gives the same outcome on it as on
 * the whole catalogue for every journey of that public; a journey of another public stops on its
 * first question as `incompatible`.
 */
export function catalogueForPublic<L>(c: Catalogue<L>, pub: Public): Catalogue<L> {
  const questionsById = new Map(c.questions.map((q) => [q.id, q]));
  const orientations = c.orientations.filter((o) => serves(o.publics, pub));
  const orientationIds = new Set(orientations.map((o) => o.id));
  const adviceIds = new Set(c.advice.filter((a) => serves(a.publics, pub)).map((a) => a.id));

  const questions = new Map<string, Question<L>>();
  const outcomeIds = new Set<string>();
  const queue = [c.entries[pub]];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const q = questionsById.get(id);
    if (!q || questions.has(id)) continue;
    const options = q.options.filter((o) => serves(o.publics, pub)).map(({ publics: _, ...o }) => o);
    const offered = new Set(options.map((o) => o.id));
    const branches = q.branches
      ?.map((b) => ({ ...b, when: b.when.filter((w) => offered.has(w)) }))
      .filter((b) => b.when.length > 0);
    const kept: Question<L> = { ...q, options, ...(branches ? { branches } : {}) };
    questions.set(id, kept);
    for (const ref of refsIn(kept)) {
      if ('question' in ref) queue.push(ref.question);
      else outcomeIds.add(ref.outcome);
    }
  }

  const outcomes = c.outcomes
    .filter((o) => outcomeIds.has(o.id))
    .map((o) => ({
      ...o,
      advice: o.advice.filter((a) => adviceIds.has(a)),
      orientations: o.orientations
        .filter((r) => serves(r.publics, pub) && orientationIds.has(r.id))
        .map(({ publics: _, ...r }) => r),
    }));
  const usedAdvice = new Set(outcomes.flatMap((o) => o.advice));
  const threatIds = new Set(outcomes.map((o) => o.threat));
  const threats = c.threats.filter((t) => threatIds.has(t.id));
  const serviceIds = new Set<ServiceId>([
    ...threats.flatMap((t) => t.services),
    ...outcomes.flatMap((o) => o.orientations.flatMap((r) => r.services ?? [])),
  ]);
  return {
    ...c,
    services: c.services.filter((s) => serviceIds.has(s.id)),
    threats,
    advice: c.advice.filter((a) => usedAdvice.has(a.id)).map(({ publics: _, ...a }) => a),
    orientations: orientations.map(({ publics: _, ...o }) => o),
    outcomes,
    questions: c.questions.filter((q) => questions.has(q.id)).map((q) => questions.get(q.id)!),
  };
}
