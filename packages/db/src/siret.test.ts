import { describe, expect, it } from 'vitest';
import { completeSiret, isValidSiret } from './siret.ts';

describe('isValidSiret', () => {
  it('accepts real SIRETs that pass Luhn, with or without spaces', () => {
    expect(isValidSiret('73282932000074')).toBe(true); // Apple France
    expect(isValidSiret('732 829 320 00074')).toBe(true);
  });
  it('rejects a wrong check digit, wrong lengths and letters', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('7328293200007A')).toBe(false);
  });
  it('applies La Poste’s rule: digits summing to a multiple of 5', () => {
    expect(isValidSiret('35600000000048')).toBe(true); // La Poste head office (passes Luhn)
    expect(isValidSiret('35600000049837')).toBe(true); // sum 45
    expect(isValidSiret('35600000049838')).toBe(false); // sum 46
  });
  it('completes a prefix into a valid SIRET', () => {
    for (const p of ['1234567890123', '0000000000000', '9876543210987'])
      expect(isValidSiret(completeSiret(p))).toBe(true);
  });
});
