import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue/index.ts';
import { answerQuestion, currentStep, startJourney } from './engine.ts';
import { localizeCatalogue } from './localize.ts';
import {
  catalogueForPublic,
  joinPackedCatalogue,
  type PackedCatalogue,
  packCatalogue,
  splitPackedCatalogue,
  unpackCatalogue,
} from './pack.ts';
import { fixtureCatalogue } from './testing.ts';
import type { Catalogue } from './types.ts';
import { enumerateOutcomes } from './validate.ts';
import { PUBLICS } from './vocabulary.ts';

const wire = (p: PackedCatalogue) => unpackCatalogue(JSON.parse(JSON.stringify(p)) as PackedCatalogue);
// JSON drops undefined fields on both sides, and `urgent: false` means the same as no `urgent`.
const normalise = (c: Catalogue<string>) => ({
  ...JSON.parse(JSON.stringify(c)),
  outcomes: c.outcomes.map((o) => ({ ...o, urgent: o.urgent === true })),
});

describe('packCatalogue', () => {
  it('round-trips the localised catalogue through JSON without loss of meaning', () => {
    const fr = localizeCatalogue(catalogue, 'fr');
    expect(normalise(wire(packCatalogue(fr)))).toEqual(normalise(fr));
  });

  it('gives the same outcomes through the engine as the original', () => {
    const en = localizeCatalogue(catalogue, 'en');
    expect(enumerateOutcomes(wire(packCatalogue(en)))).toEqual(enumerateOutcomes(catalogue));
  });

  it('carries fields it does not know on questions, options and outcomes', () => {
    const c = localizeCatalogue(fixtureCatalogue(), 'en');
    const q = c.questions[0]!;
    Object.assign(q, { asks: 'age' });
    Object.assign(q.options[0]!, { fact: 'minor' });
    Object.assign(c.outcomes[0]!, { merge: true });
    const back = wire(packCatalogue(c));
    expect(back.questions[0]).toMatchObject({ asks: 'age' });
    expect(back.questions[0]?.options[0]).toMatchObject({ fact: 'minor' });
    expect(back.outcomes[0]).toMatchObject({ merge: true });
  });

  it('is smaller than the plain localised JSON, gzipped too', () => {
    const fr = localizeCatalogue(catalogue, 'fr');
    const gz = (x: unknown) => gzipSync(JSON.stringify(x)).length;
    expect(gz(packCatalogue(fr))).toBeLessThan(gz(fr));
  });

  it('refuses an unknown format, and a reference to a node that does not exist', () => {
    expect(() => unpackCatalogue({ format: 1 } as never)).toThrow(/unknown catalogue format/);
    const c = localizeCatalogue(fixtureCatalogue(), 'en');
    c.questions[0]!.options[0]!.next = { question: 'nowhere' };
    expect(() => packCatalogue(c)).toThrow(/unknown question "nowhere"/);
  });
});

describe('one public’s part of the catalogue', () => {
  const fr = localizeCatalogue(catalogue, 'fr');
  const paths = enumerateOutcomes(catalogue);

  it.each(PUBLICS)('gives every %s journey the outcome it has on the whole catalogue', (pub) => {
    const part = wire(packCatalogue(fr, pub));
    const mine = paths.filter((p) => p.public === pub);
    expect(mine.length).toBeGreaterThan(0);
    for (const path of mine) {
      let journey = startJourney(part, pub);
      for (const a of path.answers) journey = answerQuestion(part, journey, a.questionId, a.optionIds);
      const step = currentStep(part, journey);
      expect(
        step.type === 'outcome' && step.outcome,
        path.answers.map((a) => a.optionIds).join(' > '),
      ).toEqual(path.outcome);
    }
  });

  it.each(PUBLICS)('holds only what %s can reach, and less than the whole', (pub) => {
    const part = catalogueForPublic(catalogue, pub);
    const mine = paths.filter((p) => p.public === pub);
    const reached = new Set(mine.map((p) => p.outcome.id));
    expect(new Set(part.outcomes.map((o) => o.id))).toEqual(reached);
    expect(new Set(part.threats.map((t) => t.id))).toEqual(new Set(mine.map((p) => p.outcome.threat)));
    for (const q of part.questions) for (const o of q.options) expect(o.publics ?? [pub]).toContain(pub);
    for (const o of part.orientations) expect(o.publics ?? [pub]).toContain(pub);
    expect(part.questions.length).toBeLessThan(catalogue.questions.length);
    expect(part.advice.length).toBeLessThan(catalogue.advice.length);
    expect(packCatalogue(fr, pub).public).toBe(pub);
    const other = PUBLICS.find((p) => p !== pub)!;
    expect(() => currentStep(part, startJourney(part, other))).toThrow(/Unknown question/);
  });

  it.each(PUBLICS)('runs every %s journey to its outcome on the journey part alone', (pub) => {
    const { journey: packed } = splitPackedCatalogue(packCatalogue(fr, pub));
    const part = unpackCatalogue(JSON.parse(JSON.stringify(packed)) as typeof packed);
    expect(part.questions.every((q) => q.text && q.options.every((o) => o.label))).toBe(true);
    expect(part.advice.map((a) => a.text)).toContain(null);
    for (const path of paths.filter((p) => p.public === pub)) {
      let journey = startJourney(part, pub);
      for (const a of path.answers) journey = answerQuestion(part, journey, a.questionId, a.optionIds);
      const step = currentStep(part, journey);
      expect(step.type === 'outcome' && step.outcome).toEqual(path.outcome);
    }
  });

  it('joins the outcome texts to the journey part into the whole packed part, and only its own', () => {
    const whole = packCatalogue(fr, 'business');
    const { journey, outcomeTexts } = splitPackedCatalogue(whole);
    expect(JSON.parse(JSON.stringify(joinPackedCatalogue(journey, outcomeTexts)))).toEqual(
      JSON.parse(JSON.stringify(whole)),
    );
    expect(JSON.stringify(journey)).not.toContain(JSON.stringify(whole.texts.advice[0]));
    const other = splitPackedCatalogue(packCatalogue(fr, 'individual')).outcomeTexts;
    expect(() => joinPackedCatalogue(journey, other)).toThrow(/do not fit/);
  });

  it('leaves out questions of another public and options offered only to another public', () => {
    const c = fixtureCatalogue();
    const business = catalogueForPublic(c, 'business');
    const individual = catalogueForPublic(c, 'individual');
    const optionIds = (x: Catalogue, id: string) =>
      x.questions.find((q) => q.id === id)?.options.map((o) => o.id);
    const onlyForBusiness = c.questions
      .flatMap((q) => q.options.map((o) => ({ q: q.id, o })))
      .find(({ o }) => o.publics && !o.publics.includes('individual'));
    expect(onlyForBusiness).toBeDefined();
    expect(optionIds(business, onlyForBusiness!.q)).toContain(onlyForBusiness!.o.id);
    expect(optionIds(individual, onlyForBusiness!.q)).not.toContain(onlyForBusiness!.o.id);
  });
});
