import { describe, expect, it } from 'vitest';
import { branchingCatalogue, fixtureCatalogue } from './testing.ts';
import { enumerateOutcomes, validateCatalogue } from './validate.ts';

describe('validateCatalogue', () => {
  it('finds nothing wrong in a sound catalogue', () => {
    expect(validateCatalogue(fixtureCatalogue())).toEqual([]);
  });

  it('reports unknown references and missing translations', () => {
    const c = fixtureCatalogue();
    c.outcomes[0]!.advice.push('ghost-advice');
    c.outcomes[0]!.orientations.push({ id: 'nowhere' as 'bank' });
    c.threats[0]!.name.en = '';
    c.questions[1]!.options[0]!.next = { question: 'ghost-question' };
    const problems = validateCatalogue(c);
    expect(problems).toEqual(
      expect.arrayContaining([
        'outcome "phish": unknown advice "ghost-advice"',
        'outcome "phish": unknown orientation "nowhere"',
        'threat "phishing" name: English text missing',
        'question "what" option "mail": unknown question "ghost-question"',
      ]),
    );
  });

  it('reports an option in two branches of a multiple-choice question, and a branch with no option', () => {
    const c = fixtureCatalogue();
    const stakes = c.questions.find((q) => q.id === 'stakes')!;
    stakes.branches = [
      { when: ['money'], next: { outcome: 'phish' } },
      { when: ['money'], next: { outcome: 'ransom' } },
      { when: [], next: { outcome: 'other' } },
    ];
    expect(validateCatalogue(c)).toEqual(
      expect.arrayContaining([
        'question "stakes": option "money" is in two branches',
        'question "stakes": a branch has no option',
      ]),
    );
  });

  it('reports a cycle', () => {
    const c = fixtureCatalogue();
    c.questions[1]!.options[2]!.next = { question: 'start' };
    expect(
      validateCatalogue(c).some((p) => p.startsWith('cycle for individual: start -> what -> start')),
    ).toBe(true);
  });

  it('reports unreachable questions, outcomes and threats, and unused advice', () => {
    const c = fixtureCatalogue();
    c.questions.push({
      id: 'orphan',
      kind: 'single',
      text: { fr: 'x', en: 'x' },
      options: [
        { id: 'a', label: { fr: 'a', en: 'a' }, next: { outcome: 'other' } },
        { id: 'b', label: { fr: 'b', en: 'b' }, next: { outcome: 'other' } },
      ],
    });
    c.questions[1]!.options = c.questions[1]!.options.filter((o) => o.id !== 'files');
    c.advice.push({ id: 'unused', phase: 'stop', text: { fr: 'u', en: 'u' } });
    const problems = validateCatalogue(c);
    expect(problems).toEqual(
      expect.arrayContaining([
        'question "orphan" is unreachable',
        'outcome "ransom" is unreachable',
        'threat "ransomware" is reachable from no public',
        'advice "unused" is used by no outcome',
      ]),
    );
  });

  it('reports a dead end: an outcome without advice or orientation, a question with no option for a public', () => {
    const c = fixtureCatalogue();
    c.outcomes[2]!.advice = [];
    c.outcomes[2]!.orientations = [];
    c.questions[1]!.options = c.questions[1]!.options.map((o) => ({ ...o, publics: ['business'] }));
    const problems = validateCatalogue(c);
    expect(problems).toContain('outcome "other": no advice');
    expect(problems).toContain('outcome "other": no orientation');
    const c2 = fixtureCatalogue();
    c2.questions[1]!.options = c2.questions[1]!.options.map((o) => ({ ...o, publics: ['business'] }));
    expect(validateCatalogue(c2)).toEqual(
      expect.arrayContaining(['question "what" offers no option to individual (dead end)']),
    );
  });
});

describe('the evidence rule', () => {
  it('reports an outcome that suggests a complaint, or follows a loss, without advice keeping the evidence', () => {
    const c = fixtureCatalogue();
    c.outcomes[2]!.advice = ['stop-a'];
    c.outcomes[0]!.advice = c.outcomes[0]!.advice.filter((a) => a !== 'evidence-a');
    c.outcomes[0]!.orientations = [{ id: 'signal-spam' }];
    c.advice.push({ id: 'keep', phase: 'evidence', text: { fr: 'k', en: 'k' } });
    c.outcomes[1]!.advice.push('keep');
    const problems = validateCatalogue(c);
    expect(problems).toContain('outcome "other": no advice keeps the evidence (individual, a complaint)');
    expect(problems).toContain('outcome "phish": no advice keeps the evidence (individual, money-lost)');
  });

  it('accepts an outcome without evidence advice when nothing was lost and no complaint is suggested', () => {
    const c = fixtureCatalogue();
    c.outcomes[1]!.advice = ['stop-a'];
    expect(validateCatalogue(c)).toEqual([]);
  });

  it('reports an unknown flag in an orientation condition', () => {
    const c = fixtureCatalogue();
    c.outcomes[0]!.orientations.push({ id: 'cert-fr', when: ['majestic' as 'danger'] });
    expect(validateCatalogue(c)).toContain('outcome "phish" orientation "cert-fr": unknown flag "majestic"');
  });
});

describe('enumerateOutcomes', () => {
  it('lists every reachable outcome per public and per flag set, each with answers that reach it', () => {
    const all = enumerateOutcomes(fixtureCatalogue());
    const ids = (pub: string) =>
      [...new Set(all.filter((e) => e.public === pub).map((e) => e.outcome.id))].sort();
    expect(ids('individual')).toEqual(['other', 'phish']);
    expect(ids('business')).toEqual(['other', 'phish', 'ransom']);
    expect(all.some((e) => e.public === 'individual' && e.outcome.urgent && e.outcome.id === 'phish')).toBe(
      true,
    );
    const ransom = all.find(
      (e) => e.public === 'business' && e.outcome.id === 'ransom' && !e.outcome.flags.length,
    );
    expect(ransom?.answers).toEqual([
      { questionId: 'start', optionIds: ['no'] },
      { questionId: 'what', optionIds: ['files'] },
    ]);
  });

  it('walks the branches left pending by a combined multiple-choice answer to their merged outcome', () => {
    const c = branchingCatalogue();
    c.outcomes.find((o) => o.id === 'ransom')!.advice.push('evidence-a'); // money lost: keep evidence
    expect(validateCatalogue(c)).toEqual([]);
    const merged = enumerateOutcomes(c).find((e) => e.outcome.merged.join() === 'ransom,phish');
    expect(merged?.answers.slice(-2)).toEqual([
      { questionId: 'stakes', optionIds: ['money', 'young'] },
      { questionId: 'paid', optionIds: ['yes'] },
    ]);
  });
});

describe('facts', () => {
  it('reports unknown facts and values, and a question asking a fact that no option sets', () => {
    const c = fixtureCatalogue();
    const what = c.questions.find((q) => q.id === 'what')!;
    what.asks = 'age';
    what.options[1]!.sets = { age: 'old' as 'adult' };
    Object.assign(c.questions.find((q) => q.id === 'start')!, { asks: 'for' });
    c.advice[0]!.facts = { mood: 'sad' } as never;
    expect(validateCatalogue(c)).toEqual(
      expect.arrayContaining([
        'option "what/files": unknown value "old" for fact "age"',
        'advice "prevent-a": unknown fact "mood"',
        'question "start": no option sets the fact "for" it asks',
      ]),
    );
  });
});
