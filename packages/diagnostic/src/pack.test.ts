import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue/index.ts';
import { localizeCatalogue } from './localize.ts';
import { packCatalogue, unpackCatalogue } from './pack.ts';
import { enumerateOutcomes } from './validate.ts';

describe('packCatalogue', () => {
  it('round-trips the localised catalogue through JSON without loss of meaning', () => {
    const fr = localizeCatalogue(catalogue, 'fr');
    const back = unpackCatalogue(JSON.parse(JSON.stringify(packCatalogue(fr))));
    // JSON drops undefined fields on both sides, and `urgent: false` means the same as no `urgent`.
    const normalise = (c: typeof fr) => ({
      ...JSON.parse(JSON.stringify(c)),
      outcomes: c.outcomes.map((o) => ({ ...o, urgent: o.urgent === true })),
    });
    expect(normalise(back)).toEqual(normalise(fr));
  });

  it('gives the same outcomes through the engine as the original', () => {
    const en = localizeCatalogue(catalogue, 'en');
    const back = unpackCatalogue(JSON.parse(JSON.stringify(packCatalogue(en))));
    expect(enumerateOutcomes(back)).toEqual(enumerateOutcomes(catalogue));
  });

  it('is smaller than the plain localised JSON', () => {
    const fr = localizeCatalogue(catalogue, 'fr');
    expect(JSON.stringify(packCatalogue(fr)).length).toBeLessThan(JSON.stringify(fr).length);
  });

  it('refuses an unknown format', () => {
    expect(() => unpackCatalogue({ format: 2 } as never)).toThrow(/unknown catalogue format/);
  });
});
