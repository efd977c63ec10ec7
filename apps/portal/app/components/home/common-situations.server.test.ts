import {
  type AnyCatalogue,
  catalogue,
  currentStep,
  indexCatalogue,
  type Journey,
  type NodeRef,
  optionsFor,
} from '@vigie/diagnostic';
import { describe, expect, it } from 'vitest';
import { decodeJourneyParam, journeyFlags } from '#app/routes/diagnostic/diagnostic-state.server.ts';
import {
  COMMON_SITUATIONS,
  type CommonSituation,
  commonSituationLinks,
  shortcutJourney,
  shortcutLength,
} from './common-situations.server.ts';

/** What each home-page entry is about: at least one of these threats must stay reachable. */
const expectedThreats: Record<CommonSituation, string[]> = {
  'hacked-account': ['account-takeover'],
  'card-fraud': ['card-fraud'],
  ransomware: ['ransomware'],
  harassment: ['cyberharassment', 'cyberbullying'],
  'fake-bank-advisor': ['fake-bank-advisor'],
};

/** Every threat an outcome reachable from the journey's current question names. */
function reachableThreats(journey: Journey, on: AnyCatalogue = catalogue): Set<string> {
  const index = indexCatalogue(on);
  const step = currentStep(on, journey);
  if (step.type === 'outcome') return new Set([step.outcome.threat]);
  const threats = new Set<string>();
  const seen = new Set<string>();
  const queue: NodeRef[] = [{ question: step.question.id }];
  for (let node = queue.shift(); node; node = queue.shift()) {
    if ('outcome' in node) {
      const threat = index.outcomes.get(node.outcome)?.threat;
      if (threat) threats.add(threat);
      continue;
    }
    if (seen.has(node.question)) continue;
    seen.add(node.question);
    const question = index.questions.get(node.question);
    if (!question) continue;
    for (const option of optionsFor(question, journey.public)) if (option.next) queue.push(option.next);
    for (const branch of question.branches ?? []) queue.push(branch.next);
    if (question.next) queue.push(question.next);
  }
  return threats;
}

function journeyOf(href: string): Journey {
  const decoded = decodeJourneyParam(new URL(href, 'http://portal.test').searchParams.get('parcours'));
  if (decoded.status !== 'ok') throw new Error(`${href} does not replay: ${JSON.stringify(decoded)}`);
  return decoded.journey;
}

describe('home page shortcuts into the diagnostic', () => {
  const links = commonSituationLinks();

  it.each(COMMON_SITUATIONS)('%s: a valid journey with every answer applied, on a question', (situation) => {
    const journey = journeyOf(links[situation]);
    expect(journey.catalogueVersion).toBe(catalogue.version);
    expect(journey.answers).toHaveLength(shortcutLength(situation));
    expect(currentStep(catalogue, journey).type).toBe('question');
  });

  it.each(COMMON_SITUATIONS)('%s: leads towards the threat it names', (situation) => {
    const threats = reachableThreats(journeyOf(links[situation]));
    expect(expectedThreats[situation].filter((threat) => threats.has(threat))).not.toEqual([]);
  });

  it.each(COMMON_SITUATIONS)('%s: answers the danger question first, and only with "no"', (situation) => {
    const journey = journeyOf(links[situation]);
    const [first] = journey.answers;
    expect(first?.questionId).toBe(catalogue.entries[journey.public]);
    const dangerOption = indexCatalogue(catalogue)
      .questions.get(first?.questionId ?? '')
      ?.options.find((option) => option.flags?.includes('danger'));
    expect(dangerOption).toBeDefined();
    expect(first?.optionIds).not.toContain(dangerOption?.id);
    expect(journeyFlags(journey).has('danger')).toBe(false);
  });

  it('stops at the last answer that still fits when the catalogue changes', () => {
    // The same catalogue without the "fake adviser" answer: the link must still open a valid step.
    const changed: AnyCatalogue = {
      ...catalogue,
      questions: catalogue.questions.map((question) =>
        question.id === 'fraud-bank-kind'
          ? { ...question, options: question.options.filter((option) => option.id !== 'advisor') }
          : question,
      ),
    };
    const journey = shortcutJourney('fake-bank-advisor', changed);
    expect(journey.answers.map((a) => a.questionId)).toEqual([
      'individual-danger',
      'individual-category',
      'fraud-start',
    ]);
    const step = currentStep(changed, journey);
    expect(step.type === 'question' && step.question.id).toBe('fraud-bank-kind');
  });
});
