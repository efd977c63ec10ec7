import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  currentStep,
  goBack,
  JourneyError,
  outcomeOf,
  reachableSeverity,
  startJourney,
  targetsOf,
} from './engine.ts';
import { deserializeJourney, serializeJourney } from './journey-codec.ts';
import { branchingCatalogue, fixtureCatalogue } from './testing.ts';

const cat = fixtureCatalogue();

function walk(pub: 'individual' | 'business' | 'public-body', ...answers: [string, ...string[]][]) {
  let j = startJourney(cat, pub);
  for (const [q, ...o] of answers) j = answerQuestion(cat, j, q, o);
  return j;
}

describe('journey', () => {
  it('starts on the entry question of the public and offers only that public’s options', () => {
    const j = walk('individual', ['start', 'no']);
    const step = currentStep(cat, j);
    expect(step.type).toBe('question');
    if (step.type === 'question') {
      expect(step.question.id).toBe('what');
      expect(step.options.map((o) => o.id)).toEqual(['mail', 'none']);
    }
    const biz = currentStep(cat, walk('business', ['start', 'no']));
    expect(biz.type === 'question' && biz.options.map((o) => o.id)).toEqual(['mail', 'files', 'none']);
  });

  it('never mutates the journey it is given', () => {
    const j = walk('individual', ['start', 'no']);
    const copy = structuredClone(j);
    answerQuestion(cat, j, 'what', ['mail']);
    expect(j).toEqual(copy);
  });

  it('refuses an answer to another question than the current one', () => {
    const j = startJourney(cat, 'individual');
    expect(() => answerQuestion(cat, j, 'what', ['mail'])).toThrow(JourneyError);
  });

  it('refuses unknown options, options of another public, two options on a single question, and a combined exclusive option', () => {
    const j = walk('individual', ['start', 'no']);
    expect(() => answerQuestion(cat, j, 'what', ['files'])).toThrow(/not an option/);
    expect(() => answerQuestion(cat, j, 'what', ['mail', 'none'])).toThrow(/exactly one/);
    expect(() => answerQuestion(cat, j, 'what', [])).toThrow(/at least one/);
    const m = answerQuestion(cat, j, 'what', ['mail']);
    expect(() => answerQuestion(cat, m, 'stakes', ['money', 'nothing'])).toThrow(/cannot be combined/);
    expect(() => answerQuestion(cat, m, 'stakes', ['money', 'money'])).toThrow(/twice/);
  });

  it('takes the branch of a multiple-choice option, and the default branch for an option in none', () => {
    const base = walk('individual', ['start', 'no'], ['what', 'mail']);
    expect(outcomeOf(cat, answerQuestion(cat, base, 'stakes', ['nothing']))?.id).toBe('other');
    expect(outcomeOf(cat, answerQuestion(cat, base, 'stakes', ['money']))?.merged).toEqual(['phish']);
  });

  it('goes back one question, and stays at the start when there is nothing to undo', () => {
    const j = walk('individual', ['start', 'no'], ['what', 'mail']);
    const b = goBack(j);
    expect(b.answers).toHaveLength(1);
    expect(goBack(goBack(b)).answers).toHaveLength(0);
  });

  it('refuses answers once the outcome is reached', () => {
    const j = walk('individual', ['start', 'no'], ['what', 'none']);
    expect(() => answerQuestion(cat, j, 'what', ['none'])).toThrow(/already reached/);
  });
});

describe('multiple-choice answers add up', () => {
  const c = branchingCatalogue();
  const base = () => {
    let j = startJourney(c, 'individual');
    j = answerQuestion(c, j, 'start', ['no']);
    return answerQuestion(c, j, 'what', ['mail']);
  };

  it('follows every branch ticked, the most severe first, then merges the outcomes reached', () => {
    // "young" is in no branch, so it takes the default branch (phish, low); "money" asks "paid" first.
    const j = answerQuestion(c, base(), 'stakes', ['young', 'money']);
    const step = currentStep(c, j);
    expect(step.type === 'question' && step.question.id).toBe('paid');
    const o = outcomeOf(c, answerQuestion(c, j, 'paid', ['yes']));
    expect(o?.merged).toEqual(['ransom', 'phish']);
    expect(o?.id).toBe('ransom');
    expect(o?.threat).toBe('ransomware');
    expect(o?.severity).toBe('high');
    expect(o?.urgent).toBe(true);
    // Advice of both, once each, by phase; orientations of both, the most severe outcome's first.
    expect(o?.advice).toEqual(['stop-a', 'stop-b', 'evidence-a', 'report-a', 'prevent-a']);
    // csirt, the ransom outcome's own, serves organisations only; thesee is withheld from a minor.
    expect(o?.orientations.map((x) => x.id)).toEqual([
      'police-chat',
      'helpline-3018',
      'signal-spam',
      'complaint',
      'provider',
    ]);
    expect(o?.flags).toEqual(['minor', 'money-lost']);
  });

  it('names the outcome after the most severe one even when it was reached last', () => {
    const j = answerQuestion(c, answerQuestion(c, base(), 'stakes', ['young', 'money']), 'paid', ['no']);
    const o = outcomeOf(c, j);
    expect(o?.merged).toEqual(['phish', 'other']);
    expect(o?.threat).toBe('phishing');
  });

  it('goes back into a pending branch, and a saved journey with pending branches replays', () => {
    const done = answerQuestion(c, answerQuestion(c, base(), 'stakes', ['young', 'money']), 'paid', ['yes']);
    const back = currentStep(c, goBack(done));
    expect(back.type === 'question' && back.question.id).toBe('paid');
    const replayed = deserializeJourney(serializeJourney(done), c);
    expect(outcomeOf(c, replayed)).toEqual(outcomeOf(c, done));
  });

  it('ranks a branch by the most severe outcome it can reach, before any of its questions is answered', () => {
    expect(reachableSeverity(c, { question: 'paid' })).toBe('high');
    expect(reachableSeverity(c, { outcome: 'phish' })).toBe('low');
    expect(targetsOf(c.questions.find((q) => q.id === 'stakes')!, ['young', 'money'], c)).toEqual([
      { question: 'paid' },
      { outcome: 'phish' },
    ]);
  });
});

describe('outcome resolution', () => {
  it('orders advice by phase, keeps the outcome’s order inside a phase, and filters by public', () => {
    const o = outcomeOf(cat, walk('individual', ['start', 'no'], ['what', 'mail'], ['stakes', 'money']));
    expect(o?.advice).toEqual(['stop-a', 'stop-b', 'evidence-a', 'report-a', 'prevent-a']);
    expect(o?.orientations.map((x) => x.id)).toEqual(['signal-spam', 'thesee', 'provider']);
    expect(o?.flags).toEqual(['money-lost']);
    const biz = outcomeOf(cat, walk('business', ['start', 'no'], ['what', 'mail'], ['stakes', 'money']));
    expect(biz?.orientations.map((x) => x.id)).toEqual(['signal-spam', 'provider']);
    expect(biz?.advice).toEqual(['stop-a', 'stop-b', 'evidence-a', 'report-a', 'biz-only', 'prevent-a']);
  });

  it('gives the provider orientation the threat’s services and the public', () => {
    const o = outcomeOf(cat, walk('business', ['start', 'no'], ['what', 'mail'], ['stakes', 'money']));
    expect(o?.orientations.find((x) => x.id === 'provider')).toEqual({
      id: 'provider',
      services: ['account-recovery'],
      public: 'business',
    });
  });

  it('puts the emergency number first and makes the outcome urgent and critical when someone is in danger', () => {
    const o = outcomeOf(cat, walk('individual', ['start', 'yes'], ['what', 'mail'], ['stakes', 'young']));
    expect(o?.urgent).toBe(true);
    expect(o?.severity).toBe('critical');
    expect(o?.orientations.map((x) => x.id)).toEqual([
      'emergency-17',
      'police-chat',
      'helpline-3018',
      'signal-spam',
      'complaint',
      'provider',
    ]);
  });

  it('adds the 3018 helpline for a minor, and the police chat for an urgent outcome', () => {
    const minor = outcomeOf(cat, walk('individual', ['start', 'no'], ['what', 'mail'], ['stakes', 'young']));
    expect(minor?.orientations[0]).toEqual({ id: 'helpline-3018' });
    expect(minor?.urgent).toBe(false);
    const ransom = outcomeOf(cat, walk('business', ['start', 'no'], ['what', 'files']));
    expect(ransom?.urgent).toBe(true);
    expect(ransom?.severity).toBe('high');
    expect(ransom?.orientations.map((x) => x.id)).toEqual(['police-chat', 'csirt']);
    expect(ransom?.advice).toEqual(['stop-a', 'biz-only']);
  });
});

describe('serialisation', () => {
  it('round-trips a journey and resumes where it stopped', () => {
    const j = walk('business', ['start', 'no'], ['what', 'mail']);
    const text = serializeJourney(j);
    expect(JSON.parse(text)).toEqual({
      v: '1.0.0',
      p: 'business',
      a: [
        ['start', 'no'],
        ['what', 'mail'],
      ],
    });
    const back = deserializeJourney(text, cat);
    expect(back).toEqual(j);
    const step = currentStep(cat, back);
    expect(step.type === 'question' && step.question.id).toBe('stakes');
  });

  it('replays a journey on a newer compatible catalogue and stamps the new version', () => {
    const text = serializeJourney(walk('individual', ['start', 'no'], ['what', 'none']));
    const newer = { ...fixtureCatalogue(), version: '1.1.0' };
    expect(deserializeJourney(text, newer).catalogueVersion).toBe('1.1.0');
  });

  it('refuses a journey whose answers no longer apply on a newer catalogue', () => {
    const text = serializeJourney(walk('individual', ['start', 'no'], ['what', 'mail']));
    const newer = fixtureCatalogue();
    newer.version = '2.0.0';
    newer.questions[1]!.options = newer.questions[1]!.options.filter((o) => o.id !== 'mail');
    expect(() => deserializeJourney(text, newer)).toThrow(expect.objectContaining({ code: 'incompatible' }));
  });

  it('refuses malformed input with a clear error', () => {
    expect(() => deserializeJourney('{', cat)).toThrow(/not valid JSON/);
    expect(() => deserializeJourney('{"v":"1.0.0","p":"alien","a":[]}', cat)).toThrow(/Unknown public/);
    expect(() => deserializeJourney('{"v":"1.0.0","p":"individual","a":[["start"]]}', cat)).toThrow(
      /malformed/,
    );
  });
});

describe('orientations limited to some publics', () => {
  it('are never shown to a public the orientation itself does not serve', () => {
    const c = fixtureCatalogue();
    // thesee serves individuals only (orientations.ts), even when an outcome lists it for everyone.
    c.outcomes[0]!.orientations = [{ id: 'thesee' }, { id: 'complaint' }];
    let j = startJourney(c, 'business');
    for (const [q, o] of [
      ['start', 'no'],
      ['what', 'mail'],
      ['stakes', 'money'],
    ] as const)
      j = answerQuestion(c, j, q, [o]);
    expect(outcomeOf(c, j)?.orientations.map((x) => x.id)).toEqual(['complaint']);
  });
});

/**
 * The fixture with the age asked first ("age") and again before the stakes ("age-again", which also
 * tells who answers), a wording of "what" for a person answering for themselves, and advice for parents.
 */
function factsCatalogue() {
  const c = fixtureCatalogue();
  const t = (s: string) => ({ fr: `${s} (fr)`, en: s });
  c.questions.push(
    {
      id: 'age',
      kind: 'single',
      asks: 'age',
      text: t('Under 18?'),
      options: [
        { id: 'minor', label: t('yes'), sets: { age: 'minor', for: 'self' }, next: { question: 'start' } },
        { id: 'adult', label: t('no'), sets: { age: 'adult', for: 'self' }, next: { question: 'start' } },
      ],
    },
    {
      id: 'age-again',
      kind: 'single',
      asks: 'age',
      text: t('Is the person targeted under 18?'),
      options: [
        {
          id: 'me',
          label: t('me'),
          flags: ['minor'],
          sets: { age: 'minor', for: 'self' },
          next: { question: 'stakes' },
        },
        {
          id: 'child',
          label: t('my child'),
          flags: ['minor'],
          sets: { age: 'minor', for: 'child' },
          next: { question: 'stakes' },
        },
        { id: 'grown', label: t('an adult'), sets: { age: 'adult' }, next: { question: 'stakes' } },
      ],
    },
  );
  c.entries.individual = 'age';
  const what = c.questions.find((q) => q.id === 'what')!;
  what.options[0]!.next = { question: 'age-again' };
  what.variants = [
    {
      when: { for: 'child' },
      text: t('What happened to your child?'),
      options: { mail: t('a mail to my child') },
    },
  ];
  c.advice.push({ id: 'for-parents', phase: 'recover', text: t('Parents: listen'), facts: { for: 'child' } });
  c.outcomes[0]!.advice.push('for-parents');
  return c;
}

describe('facts asked once', () => {
  const c = factsCatalogue();

  it('does not ask again a question whose fact is known, records it, and keeps back to the questions asked', () => {
    let j = startJourney(c, 'individual');
    for (const [q, o] of [
      ['age', 'minor'],
      ['start', 'no'],
      ['what', 'mail'],
    ] as const)
      j = answerQuestion(c, j, q, [o]);
    const step = currentStep(c, j);
    expect(step.type === 'question' && step.question.id).toBe('stakes');
    expect(step.type === 'question' && step.known).toEqual([{ questionId: 'age-again', optionIds: ['me'] }]);
    const back = currentStep(c, goBack(j));
    expect(back.type === 'question' && back.question.id).toBe('what');
    const o = outcomeOf(c, answerQuestion(c, j, 'stakes', ['money']));
    expect(o?.facts).toEqual({ age: 'minor', for: 'self' });
    expect(o?.flags).toContain('minor');
    expect(o?.orientations.map((x) => x.id)).toContain('helpline-3018');
  });

  it('does not give advice meant for parents to a young person answering for themselves', () => {
    let j = startJourney(c, 'individual');
    for (const [q, o] of [
      ['age', 'minor'],
      ['start', 'no'],
      ['what', 'mail'],
      ['stakes', 'money'],
    ] as const)
      j = answerQuestion(c, j, q, [o]);
    expect(outcomeOf(c, j)?.advice).not.toContain('for-parents');
  });

  it('speaks of the child once a parent says they answer for their child, and gives the parents’ advice', () => {
    const f = factsCatalogue();
    f.entries.individual = 'start';
    let j = startJourney(f, 'individual');
    for (const [q, o] of [
      ['start', 'no'],
      ['what', 'mail'],
      ['age-again', 'child'],
    ] as const)
      j = answerQuestion(f, j, q, [o]);
    expect(outcomeOf(f, answerQuestion(f, j, 'stakes', ['money']))?.advice).toContain('for-parents');
  });

  it('words a question and its options for the facts known', () => {
    const f = factsCatalogue();
    f.questions.find((q) => q.id === 'start')!.options[1]!.sets = { age: 'minor', for: 'child' };
    f.entries.individual = 'start';
    const step = currentStep(f, answerQuestion(f, startJourney(f, 'individual'), 'start', ['no']));
    expect(step.type === 'question' && step.question.text.en).toBe('What happened to your child?');
    expect(step.type === 'question' && step.options.map((o) => o.label.en)).toEqual([
      'a mail to my child',
      'none',
    ]);
  });

  it('replays a journey saved when the question was still asked', () => {
    const saved = JSON.stringify({
      v: '1.0.0',
      p: 'individual',
      a: [
        ['age', 'minor'],
        ['start', 'no'],
        ['what', 'mail'],
        ['age-again', 'grown'],
        ['stakes', 'money'],
      ],
    });
    const newer = { ...factsCatalogue(), version: '1.1.0' };
    const j = deserializeJourney(saved, newer);
    expect(outcomeOf(newer, j)?.facts).toEqual({ age: 'minor', for: 'self' });
  });
});
