import type { AdvicePhase, OrientationId, Public, Severity } from '@vigie/diagnostic';

/*
 * What the diagnostic page renders, in one language with every link already built. The server
 * builds it (routes/diagnostic/diagnostic-view.server.ts): the catalogue, both languages and
 * hundreds of texts, never reaches the browser.
 */

export type QuestionView = {
  kind: 'question';
  public: Public;
  /** 1 for the first question of the journey. */
  number: number;
  /** An answer so far revealed that someone is in immediate danger. */
  danger: boolean;
  question: { id: string; multiple: boolean; text: string; help?: string };
  options: { id: string; label: string }[];
  /** This step's own address, where its form posts. */
  selfHref: string;
  /** The previous question, or the choice of public before the first one. */
  backHref: string;
};

export type OrientationView = {
  id: OrientationId;
  name: string;
  description: string;
  phone?: string;
  sms?: string;
  /** An external website, opened in a new window. */
  url?: string;
  hours: string;
  /**
   * A page of this site: for the `provider` orientation, the directory searched for the outcome's
   * first service and public.
   */
  href?: string;
};

export type AnswerView = { questionId: string; question: string; options: string[]; editHref: string };

export type OutcomeView = {
  kind: 'outcome';
  public: Public;
  outcomeId: string;
  danger: boolean;
  threat: { id: string; name: string; description: string };
  severity: Severity;
  urgent: boolean;
  /** Non-empty phases only, in the catalogue's order (stop, evidence, report, recover, prevent). */
  advice: { phase: AdvicePhase; items: { id: string; text: string }[] }[];
  orientations: OrientationView[];
  answers: AnswerView[];
  backHref: string;
};

export type InvalidJourneyView = { kind: 'invalid'; reason: 'malformed' | 'incompatible' };

/** The first step; the publics in the order the page offers them. */
export type ChoosePublicView = { kind: 'choose-public'; publics: readonly Public[] };

export type DiagnosticView = ChoosePublicView | QuestionView | OutcomeView | InvalidJourneyView;

/** Why a posted form was refused, field by field; the page shows it next to the field and in a summary. */
export type FormProblem =
  | { field: 'public'; code: 'required' }
  | { field: 'option'; code: 'required' | 'invalid' | 'stale' }
  | { field: 'option'; code: 'exclusive'; optionId: string }
  /** Not something our pages send (no intent, no question id, a file…). */
  | { field: 'form'; code: 'bad-request' };
