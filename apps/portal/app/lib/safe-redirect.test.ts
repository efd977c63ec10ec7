import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect.ts';

describe('safeRedirect', () => {
  it('keeps paths on this site, with their query string', () => {
    expect(safeRedirect('/prestataires?near=75001')).toBe('/prestataires?near=75001');
    expect(safeRedirect('/')).toBe('/');
  });

  it.each([
    ['protocol-relative URL', '//evil.example/'],
    ['backslash trick', '/\\evil.example'],
    ['absolute URL', 'https://evil.example/'],
    ['javascript: URL', 'javascript:alert(1)'],
    ['relative path', 'diagnostic'],
    ['tab smuggling', '/\t/evil.example'],
    ['empty string', ''],
    ['non-string', 42],
  ])('falls back on a %s', (_label, target) => {
    expect(safeRedirect(target)).toBe('/');
    expect(safeRedirect(target, '/diagnostic')).toBe('/diagnostic');
  });
});
