import { describe, expect, it } from 'vitest';
import { normalizePlaceName, placeNameKey } from './normalize.ts';

describe('normalizePlaceName', () => {
  it('folds case, accents, ligatures, hyphens and apostrophes', () => {
    expect(normalizePlaceName("L'Haÿ-les-Roses")).toBe('l hay les roses');
    expect(normalizePlaceName('L’HAŸ  LES ROSES ')).toBe('l hay les roses');
    expect(normalizePlaceName('Œuilly')).toBe('oeuilly');
    expect(normalizePlaceName('Évry-Courcouronnes')).toBe('evry courcouronnes');
  });

  it('spells out St and Ste as whole words only', () => {
    expect(normalizePlaceName('St-Étienne')).toBe('saint etienne');
    expect(normalizePlaceName('Ste. Foy lès Lyon')).toBe('sainte foy les lyon');
    expect(normalizePlaceName('Stenay')).toBe('stenay');
    expect(normalizePlaceName('Aste')).toBe('aste');
  });

  it('keys names without spaces so that run-together spellings meet', () => {
    expect(placeNameKey('La Roche-sur-Yon')).toBe(placeNameKey('laroche sur yon'));
    expect(placeNameKey(' - ')).toBe('');
  });
});
