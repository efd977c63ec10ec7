import { describe, expect, it } from 'vitest';
import { entityTag, matchesIfNoneMatch } from './etag.ts';

describe('entityTag', () => {
  it('quotes the prefix and the cut base64url SHA-256, the same for the same bytes', () => {
    const tag = entityTag('hello', 16, 'v1-fr-');
    expect(tag).toBe('"v1-fr-LPJNul-wow4m6Dsq"');
    expect(entityTag(new TextEncoder().encode('hello'), 16, 'v1-fr-')).toBe(tag);
    expect(entityTag('hello!', 16, 'v1-fr-')).not.toBe(tag);
    expect(entityTag('hello', 27)).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });
});

describe('matchesIfNoneMatch', () => {
  const etag = '"abc"';

  it.each([etag, `W/${etag}`, `"other", ${etag}`, ` ${etag} `, '*'])('matches %s', (header) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(true);
  });

  it.each([undefined, '', '"other"', '"abc-2"', 'abc'])('does not match %s', (header) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(false);
  });
});
