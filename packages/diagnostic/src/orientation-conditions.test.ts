import { describe, expect, it } from 'vitest';
import { resolveOutcome } from './engine.ts';
import { localizeCatalogue } from './localize.ts';
import { applyFlagConditions } from './orientation-conditions.ts';
import { packCatalogue, unpackCatalogue } from './pack.ts';
import { fixtureCatalogue } from './testing.ts';
import type { Flag } from './types.ts';

const flags = (...f: Flag[]) => new Set(f);

describe('applyFlagConditions', () => {
  const c = fixtureCatalogue();

  it('shows a reference with `when` only once one of its flags is known, and hides one with `unless`', () => {
    const refs = [
      { id: 'csirt' as const },
      { id: 'cert-fr' as const, when: ['regulated', 'danger'] as Flag[] },
      { id: 'bank' as const, unless: ['minor'] as Flag[] },
    ];
    expect(applyFlagConditions(c, refs, flags()).map((r) => r.id)).toEqual(['csirt', 'bank']);
    expect(applyFlagConditions(c, refs, flags('regulated')).map((r) => r.id)).toEqual([
      'csirt',
      'cert-fr',
      'bank',
    ]);
    expect(applyFlagConditions(c, refs, flags('danger', 'minor')).map((r) => r.id)).toEqual([
      'csirt',
      'cert-fr',
    ]);
  });

  it('replaces THESEE by a complaint for a minor, in place, and never lists the complaint twice', () => {
    const refs = [{ id: 'bank' as const }, { id: 'thesee' as const }, { id: 'provider' as const }];
    expect(applyFlagConditions(c, refs, flags('minor')).map((r) => r.id)).toEqual([
      'bank',
      'complaint',
      'provider',
    ]);
    const withComplaint = [{ id: 'thesee' as const }, { id: 'complaint' as const }];
    expect(applyFlagConditions(c, withComplaint, flags('minor')).map((r) => r.id)).toEqual(['complaint']);
    expect(applyFlagConditions(c, refs, flags('money-lost')).map((r) => r.id)).toEqual([
      'bank',
      'thesee',
      'provider',
    ]);
  });

  it('keeps its conditions through the wire format the widget downloads', () => {
    const cat = fixtureCatalogue();
    cat.outcomes[1]!.orientations.push({ id: 'cert-fr', when: ['regulated'] });
    const unpacked = unpackCatalogue(packCatalogue(localizeCatalogue(cat, 'fr')));
    const ids = (f: Flag[]) =>
      resolveOutcome(unpacked, 'ransom', 'business', f).orientations.map((o) => o.id);
    expect(ids([])).not.toContain('cert-fr');
    expect(ids(['regulated'])).toContain('cert-fr');
  });
});
