import {
  type AnyCatalogue,
  answerQuestion,
  catalogue as builtInCatalogue,
  currentStep,
  type Journey,
  JourneyError,
  PUBLICS,
  type Public,
} from '@vigie/diagnostic';
import { z } from 'zod';
import type { FormProblem } from '#app/components/diagnostic/types.ts';

export type { FormProblem } from '#app/components/diagnostic/types.ts';

const id = z.string().trim().min(1).max(200);

/** What the diagnostic page's forms post: start a journey for a public, or answer the current question. */
const diagnosticFormSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('start'), public: z.enum(PUBLICS).optional() }),
  z.object({ intent: z.literal('answer'), question: id, option: z.array(id).max(100) }),
]);

export type DiagnosticForm =
  | { intent: 'start'; public: Public }
  | { intent: 'answer'; questionId: string; optionIds: string[] };

export type ParsedDiagnosticForm = { ok: true; form: DiagnosticForm } | { ok: false; problem: FormProblem };

/** Reads and validates a posted diagnostic form. An unknown public counts as no public chosen. */
export function parseDiagnosticForm(formData: FormData): ParsedDiagnosticForm {
  const intent = formData.get('intent');
  const raw = {
    intent,
    public: formData.get('public') ?? undefined,
    question: formData.get('question'),
    option: formData.getAll('option'),
  };
  if (intent === 'start') {
    const parsed = diagnosticFormSchema.safeParse(raw);
    return parsed.success && parsed.data.intent === 'start' && parsed.data.public
      ? { ok: true, form: { intent: 'start', public: parsed.data.public } }
      : { ok: false, problem: { field: 'public', code: 'required' } };
  }
  const parsed = diagnosticFormSchema.safeParse(raw);
  if (!parsed.success || parsed.data.intent !== 'answer') {
    return { ok: false, problem: { field: 'form', code: 'bad-request' } };
  }
  // The same option twice (a crafted post) is one answer, not an error worth a message.
  const optionIds = [...new Set(parsed.data.option)];
  if (optionIds.length === 0) return { ok: false, problem: { field: 'option', code: 'required' } };
  return { ok: true, form: { intent: 'answer', questionId: parsed.data.question, optionIds } };
}

export type AppliedAnswer =
  | { ok: true; journey: Journey }
  /** `finished`: the journey already reached its outcome (a form posted twice, an old tab). */
  | { ok: false; problem: FormProblem | { field: 'journey'; code: 'finished' } };

/**
 * Records an answer when it is for the current question and offers only options the question
 * offers, with a reason the visitor can act on otherwise.
 */
export function applyAnswer(
  journey: Journey,
  questionId: string,
  optionIds: string[],
  catalogue: AnyCatalogue = builtInCatalogue,
): AppliedAnswer {
  const step = currentStep(catalogue, journey);
  if (step.type === 'outcome') return { ok: false, problem: { field: 'journey', code: 'finished' } };
  if (step.question.id !== questionId) return { ok: false, problem: { field: 'option', code: 'stale' } };
  if (optionIds.length === 0) return { ok: false, problem: { field: 'option', code: 'required' } };
  const offered = new Set(step.options.map((option) => option.id));
  if (!optionIds.every((optionId) => offered.has(optionId))) {
    return { ok: false, problem: { field: 'option', code: 'invalid' } };
  }
  if (optionIds.length > 1) {
    const exclusive = step.options.find((option) => option.exclusive && optionIds.includes(option.id));
    if (exclusive)
      return { ok: false, problem: { field: 'option', code: 'exclusive', optionId: exclusive.id } };
  }
  try {
    return { ok: true, journey: answerQuestion(catalogue, journey, questionId, optionIds) };
  } catch (error) {
    // What the checks above do not foresee (several options on a single-choice question…).
    if (error instanceof JourneyError) return { ok: false, problem: { field: 'option', code: 'invalid' } };
    throw error;
  }
}
