import { expect, it } from 'vitest';
import { catalogue } from '../catalogue/index.ts';
import { answerQuestion, currentStep, startJourney } from '../engine.ts';
import type { OrientationId, Public, Severity } from '../vocabulary.ts';

/**
 * A golden scenario: a victim's story in their own words, the answers they would give, and what
 * the diagnostic must conclude. `orientations` is the expected list, in order, of orientation ids.
 */
export type Scenario = {
  story: string;
  public: Public;
  answers: [questionId: string, ...optionIds: string[]][];
  expect: {
    threat: string;
    severity: Severity;
    urgent: boolean;
    orientations: OrientationId[];
    advice?: string[];
    /** Outcomes merged into the result, the one that names it first (multiple-choice answers). */
    merged?: string[];
    /** Questions the journey must not ask, because their answer was already known. */
    notAsked?: string[];
    /** The French wording of questions as the journey asks them (it speaks to the person answering). */
    asked?: Record<string, string>;
    /** Advice that must not be given (it speaks to someone else). */
    withoutAdvice?: string[];
  };
};

/** Declares one test per scenario: the answers are given through the engine, one by one. */
export function runScenarios(scenarios: Scenario[]): void {
  for (const s of scenarios) {
    it(s.story, () => {
      let journey = startJourney(catalogue, s.public);
      const asked: string[] = [];
      for (const [questionId, ...optionIds] of s.answers) {
        const step = currentStep(catalogue, journey);
        expect(step.type, `before answering ${questionId}`).toBe('question');
        if (step.type === 'question') {
          asked.push(step.question.id);
          const words = s.expect.asked?.[step.question.id];
          if (words) expect(step.question.text.fr).toBe(words);
        }
        journey = answerQuestion(catalogue, journey, questionId, optionIds);
      }
      const step = currentStep(catalogue, journey);
      if (step.type !== 'outcome')
        throw new Error(`the journey has not ended; next question: ${step.question.id}`);
      const { outcome } = step;
      expect({
        threat: outcome.threat,
        severity: outcome.severity,
        urgent: outcome.urgent,
        orientations: outcome.orientations.map((o) => o.id),
      }).toEqual({
        threat: s.expect.threat,
        severity: s.expect.severity,
        urgent: s.expect.urgent,
        orientations: s.expect.orientations,
      });
      if (s.expect.advice) expect(outcome.advice).toEqual(expect.arrayContaining(s.expect.advice));
      if (s.expect.merged) expect(outcome.merged).toEqual(s.expect.merged);
      for (const id of s.expect.notAsked ?? []) expect(asked).not.toContain(id);
      for (const id of s.expect.withoutAdvice ?? []) expect(outcome.advice).not.toContain(id);
    });
  }
}
