import { typographyProblems } from '@vigie/diagnostic';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { format, getMessages, isLang, negotiateLanguage } from './index.ts';
import { legalEn } from './legal-en.ts';
import { legalFr } from './legal-fr.ts';

/** `{ a: { b: 'x' } }` -> `[['a.b', 'x']]` */
function leaves(dictionary: object, prefix = ''): [string, unknown][] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const linkTargets = (text: string) => [...text.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]);

// The legal pages' texts live beside the dictionaries (only those pages load them): checked alike.
const frAll = { ...fr, legal: legalFr };
const enAll = { ...en, legal: legalEn };

describe('dictionaries', () => {
  it('have exactly the same keys in French and English', () => {
    const frKeys = leaves(frAll)
      .map(([key]) => key)
      .sort();
    const enKeys = leaves(enAll)
      .map(([key]) => key)
      .sort();
    expect(enKeys).toEqual(frKeys);
    expect(frKeys.length).toBeGreaterThan(50);
  });

  it('set French with no-break spaces before ? : ; ! » and after «, and each language with its own quotes', () => {
    const problems = [
      ...leaves(frAll).flatMap(([key, text]) =>
        typographyProblems(String(text), 'fr').map((p) => `fr ${key}: ${p}`),
      ),
      ...leaves(enAll).flatMap(([key, text]) =>
        typographyProblems(String(text), 'en').map((p) => `en ${key}: ${p}`),
      ),
    ];
    expect(problems).toEqual([]);
  });

  it('have a non-empty string for every key', () => {
    for (const [key, value] of [...leaves(frAll), ...leaves(enAll)]) {
      expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
    }
  });

  it('use the same placeholders in both languages', () => {
    const enByKey = new Map(leaves(enAll));
    for (const [key, value] of leaves(frAll)) {
      expect(placeholders(String(enByKey.get(key))), key).toEqual(placeholders(String(value)));
    }
  });

  it('link to the same addresses in both languages, in the same order', () => {
    const enByKey = new Map(leaves(enAll));
    let links = 0;
    for (const [key, value] of leaves(frAll)) {
      links += linkTargets(String(value)).length;
      expect(linkTargets(String(enByKey.get(key))), key).toEqual(linkTargets(String(value)));
    }
    expect(links).toBeGreaterThan(5);
  });

  it('offers, in each language, a switch to the other one', () => {
    expect(getMessages('fr').language.switchToCode).toBe('en');
    expect(getMessages('en').language.switchToCode).toBe('fr');
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones alone', () => {
    expect(format('Erreur {status} ({missing})', { status: 503 })).toBe('Erreur 503 ({missing})');
  });

  it('does not read inherited properties as values', () => {
    expect(format('{toString}', {})).toBe('{toString}');
  });
});

describe('isLang', () => {
  it('accepts only supported languages', () => {
    expect(isLang('fr')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('de')).toBe(false);
    expect(isLang('FR')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});

describe('negotiateLanguage', () => {
  it('returns null without a header or without a supported language', () => {
    expect(negotiateLanguage(null)).toBeNull();
    expect(negotiateLanguage('')).toBeNull();
    expect(negotiateLanguage('de-DE,es;q=0.8')).toBeNull();
  });

  it('matches regional variants to their language', () => {
    expect(negotiateLanguage('en-GB')).toBe('en');
    expect(negotiateLanguage('fr-CA,fr;q=0.9')).toBe('fr');
  });

  it('prefers the highest quality, then header order', () => {
    expect(negotiateLanguage('fr;q=0.5,en;q=0.9')).toBe('en');
    expect(negotiateLanguage('de,en-US;q=0.8,fr;q=0.8')).toBe('en');
    expect(negotiateLanguage('en;q=0,fr;q=0.1')).toBe('fr');
  });

  it('treats a wildcard as the default language', () => {
    expect(negotiateLanguage('de, *;q=0.5')).toBe('fr');
  });
});
