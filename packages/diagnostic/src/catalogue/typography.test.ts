import { describe, expect, it } from 'vitest';
import { localizeCatalogue, typographyProblems } from '../localize.ts';
import type { Lang } from '../types.ts';
import { catalogue } from './index.ts';

/** Every human text of a localised catalogue, with where it sits. */
function textsOf(value: unknown, where = ''): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (Array.isArray(value))
    return value.flatMap((v, i) => textsOf(v, `${where}[${(v as { id?: string })?.id ?? i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    // Ids, references and links are not prose.
    [
      'id',
      'version',
      'entries',
      'url',
      'phone',
      'sms',
      'sources',
      'publics',
      'services',
      'flags',
      'when',
    ].includes(k)
      ? []
      : textsOf(v, `${where}.${k}`),
  );
}

describe.each(['fr', 'en'] as Lang[])('the %s catalogue, as localised', (lang) => {
  const texts = textsOf(localizeCatalogue(catalogue, lang));

  it('has texts to check', () => {
    expect(texts.length).toBeGreaterThan(1000);
  });

  it(
    lang === 'fr'
      ? 'has a no-break space before every ? : ; ! and » and after every «, and only « » quotes'
      : 'has only “ ” quotes and no space before ? : ; !',
    () => {
      const problems = texts.flatMap(({ where, text }) =>
        typographyProblems(text, lang).map((p) => `${where}: ${p}: ${text}`),
      );
      expect(problems).toEqual([]);
    },
  );
});
