import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from './version.ts';
import { isOrientationId, ORIENTATION_IDS, SEVERITIES } from './vocabulary.ts';

describe('vocabulary', () => {
  it('accepts every orientation of the shared vocabulary and nothing else', () => {
    for (const id of ORIENTATION_IDS) expect(isOrientationId(id)).toBe(true);
    expect(isOrientationId('police')).toBe(false);
    expect(isOrientationId('')).toBe(false);
    expect(new Set(ORIENTATION_IDS).size).toBe(ORIENTATION_IDS.length);
  });

  it('orders severities from least to most serious', () => {
    expect(SEVERITIES.indexOf('critical')).toBeGreaterThan(SEVERITIES.indexOf('high'));
    expect(SEVERITIES[0]).toBe('info');
  });

  it('has a semantic version', () => {
    expect(CATALOGUE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
