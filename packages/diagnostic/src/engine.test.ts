import { describe, expect, it } from 'vitest';
import { answerQuestion, currentStep, goBack, JourneyError, outcomeOf, startJourney } from './engine.ts';
import { deserializeJourney, serializeJourney } from './journey-codec.ts';
import { fixtureCatalogue } from './testing.ts';

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

  it('takes the first matching branch of a multiple-choice question, else its next', () => {
    const base = walk('individual', ['start', 'no'], ['what', 'mail']);
    expect(outcomeOf(cat, answerQuestion(cat, base, 'stakes', ['nothing']))?.id).toBe('other');
    expect(outcomeOf(cat, answerQuestion(cat, base, 'stakes', ['money']))?.id).toBe('phish');
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
