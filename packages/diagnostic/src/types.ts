import type { OrientationId, Public, ServiceId, Severity } from './vocabulary.ts';

export type { ServiceId } from './vocabulary.ts';

/** A text in both languages; French is the reference. */
export type Text = { fr: string; en: string };

export type ServiceDef<L = Text> = { id: ServiceId; name: L; description: L };

export type Threat<L = Text> = {
  /** Stable English id, kebab-case. */
  id: string;
  name: L;
  description: L;
  publics: Public[];
  severity: Severity;
  /** Provider services that help with this threat. */
  services: ServiceId[];
};

/** Advice is ordered by phase in an outcome: stop the harm, keep evidence, report, recover, prevent. */
export const ADVICE_PHASES = ['stop', 'evidence', 'report', 'recover', 'prevent'] as const;
export type AdvicePhase = (typeof ADVICE_PHASES)[number];

export type Advice<L = Text> = {
  id: string;
  phase: AdvicePhase;
  text: L;
  /** Only shown to these publics; all when absent. */
  publics?: Public[];
  /** Not shown when a fact the journey knows contradicts one of these (an unknown fact does not). */
  facts?: Facts;
};

export type OrientationDef<L = Text> = {
  id: OrientationId;
  name: L;
  /** What it is and when it applies. */
  description: L;
  phone?: string;
  sms?: string;
  url?: string;
  hours: L;
  /** Publics it serves; all when absent. */
  publics?: Public[];
  /** Never shown when the journey revealed one of `flags`; `instead` is shown in its place. */
  withheld?: { flags: Flag[]; instead?: OrientationId };
  sources: string[];
};

/**
 * An orientation as an outcome lists it; filtered by the journey's public, then by the facts its
 * answers revealed: shown only with one of `when`, never with one of `unless`.
 */
export type OrientationRef = {
  id: OrientationId;
  publics?: Public[];
  services?: ServiceId[];
  when?: Flag[];
  unless?: Flag[];
};

/** Facts an answer reveals that change an outcome wherever it ends. */
export const FLAGS = [
  'danger',
  'minor',
  'ongoing',
  'money-lost',
  'access-lost',
  'data-exposed',
  'regulated',
] as const;
export type Flag = (typeof FLAGS)[number];

/**
 * Facts a journey establishes once and carries to its end: the age of the person targeted, who
 * answers (the person themselves, or a parent for their child), someone in danger now, and whether
 * personal data is known to be affected or not known yet. A question that `asks` a fact already
 * known is answered by the engine, never asked again.
 */
export const FACT_VALUES = {
  age: ['minor', 'adult'],
  for: ['self', 'child'],
  danger: ['now'],
  data: ['affected', 'unknown'],
} as const;
export type Fact = keyof typeof FACT_VALUES;
export type Facts = { [F in Fact]?: (typeof FACT_VALUES)[F][number] };

export type OutcomeDef = {
  id: string;
  threat: string;
  /** Defaults to the threat's severity. */
  severity?: Severity;
  urgent?: boolean;
  advice: string[];
  orientations: OrientationRef[];
};

export type NodeRef = { question: string } | { outcome: string };

export type Option<L = Text> = {
  id: string;
  label: L;
  /** Where a single-choice answer leads. Multiple-choice options take the question's `next`. */
  next?: NodeRef;
  flags?: Flag[];
  /** Only offered to these publics; all when absent. */
  publics?: Public[];
  /** An exclusive option ("none of these") cannot be combined in a multiple-choice answer. */
  exclusive?: boolean;
  /** Facts this answer establishes for the rest of the journey. */
  sets?: Facts;
};

/** Words for the question, and its options by id, when the journey knows these facts (first match wins). */
export type QuestionVariant<L = Text> = { when: Facts; text: L; help?: L; options?: Record<string, L> };

export type Question<L = Text> = {
  id: string;
  kind: 'single' | 'multiple';
  text: L;
  help?: L;
  options: Option<L>[];
  /**
   * Multiple choice: every branch whose `when` shares an option with the answer is followed, most
   * severe first (see `targetsOf`); an option in no branch takes `next`, the default branch. The
   * outcomes reached are merged.
   */
  branches?: { when: string[]; next: NodeRef }[];
  next?: NodeRef;
  /** The fact this question establishes: once known, the engine answers it from the fact. */
  asks?: Fact;
  variants?: QuestionVariant<L>[];
};

/**
 * The whole catalogue. `L` is the type of every human text: `Text` (both languages) when authored,
 * `string` once localised for one language (what the widget downloads).
 */
export type Catalogue<L = Text> = {
  version: string;
  services: ServiceDef<L>[];
  threats: Threat<L>[];
  advice: Advice<L>[];
  orientations: OrientationDef<L>[];
  outcomes: OutcomeDef[];
  questions: Question<L>[];
  /** First question of each public's journey. */
  entries: Record<Public, string>;
};

/** A resolved orientation in an outcome. */
export type OutcomeOrientation = { id: OrientationId; services?: ServiceId[]; public?: Public };

/** What a journey ends on, resolved for its public and the facts its answers revealed. */
export type Outcome = {
  id: string;
  threat: string;
  severity: Severity;
  urgent: boolean;
  advice: string[];
  orientations: OutcomeOrientation[];
  flags: Flag[];
  /** Every outcome reached and merged into this one, the one named by `id` first. */
  merged: string[];
  /** Facts the journey established. */
  facts: Facts;
};

export type Answer = { questionId: string; optionIds: string[] };

/** A journey is data: serialisable, resumable, replayable on a newer compatible catalogue. */
export type Journey = { catalogueVersion: string; public: Public; answers: Answer[] };

export type Lang = 'fr' | 'en';

/** Any catalogue, whatever its text type: the engine reads ids only. */
// biome-ignore lint/suspicious/noExplicitAny: the engine is indifferent to the text type.
export type AnyCatalogue = Catalogue<any>;
