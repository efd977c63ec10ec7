import { describe, expect, it } from 'vitest';
import { getRequestLanguage, readLangCookie, serializeLangCookie } from './request-language.ts';

const request = (headers: Record<string, string>) => new Request('http://portal.test/', { headers });

describe('readLangCookie', () => {
  it('finds the lang cookie among others', () => {
    expect(readLangCookie('theme=dark; lang=en; other=1')).toBe('en');
  });

  it('ignores unsupported values and look-alike names', () => {
    expect(readLangCookie('lang=de')).toBeNull();
    expect(readLangCookie('xlang=en; language=en')).toBeNull();
    expect(readLangCookie(null)).toBeNull();
  });
});

describe('serializeLangCookie', () => {
  it('sets a site-wide, one-year, SameSite=Lax cookie', () => {
    expect(serializeLangCookie('en')).toBe('lang=en; Path=/; Max-Age=31536000; SameSite=Lax');
  });

  it('adds Secure when asked', () => {
    expect(serializeLangCookie('fr', { secure: true })).toMatch(/; Secure$/);
  });

  it('round-trips through readLangCookie', () => {
    const [pair] = serializeLangCookie('en').split(';');
    expect(readLangCookie(pair)).toBe('en');
  });
});

describe('getRequestLanguage', () => {
  it('prefers the cookie over Accept-Language', () => {
    expect(getRequestLanguage(request({ cookie: 'lang=fr', 'accept-language': 'en-US,en' }))).toBe('fr');
  });

  it('falls back to Accept-Language without a cookie', () => {
    expect(getRequestLanguage(request({ 'accept-language': 'en-US,en;q=0.9' }))).toBe('en');
  });

  it('answers in French when nothing says otherwise', () => {
    expect(getRequestLanguage(request({}))).toBe('fr');
    expect(getRequestLanguage(request({ 'accept-language': 'ja', cookie: 'lang=xx' }))).toBe('fr');
  });
});
