import { describe, expect, it } from 'vitest';
import {
  frenchTypography,
  localizeCatalogue,
  localizeText,
  NBSP,
  NNBSP,
  typographyProblems,
} from './localize.ts';
import { fixtureCatalogue } from './testing.ts';

describe('frenchTypography', () => {
  it('puts a narrow no-break space before ; ! ? and a word-wide one before :', () => {
    expect(frenchTypography('Êtes-vous en danger ? Oui ; non ! Appelez : le 17')).toBe(
      `Êtes-vous en danger${NNBSP}? Oui${NNBSP}; non${NNBSP}! Appelez${NBSP}: le 17`,
    );
  });

  it('inserts the space where it is missing, once for a run of signs', () => {
    expect(frenchTypography('Vraiment?! Attention: urgent')).toBe(
      `Vraiment${NNBSP}?! Attention${NBSP}: urgent`,
    );
  });

  it('puts a word-wide no-break space inside « », and turns “ ” into « »', () => {
    expect(frenchTypography('un « compte sécurisé » et un “remboursement”')).toBe(
      `un «${NBSP}compte sécurisé${NBSP}» et un «${NBSP}remboursement${NBSP}»`,
    );
    expect(frenchTypography('(«mule»)')).toBe(`(«${NBSP}mule${NBSP}»)`);
  });

  it('leaves URLs, times and ratios alone', () => {
    const text = 'Voir https://www.example.fr/page?id=3&a=b: ouvert de 10:30 à 18:00, ratio 1:2.';
    expect(frenchTypography(text)).toBe(text);
    expect(frenchTypography('sur www.cybermalveillance.gouv.fr ?')).toBe(
      `sur www.cybermalveillance.gouv.fr${NNBSP}?`,
    );
  });

  it('changes nothing when run twice, and keeps line breaks', () => {
    const once = frenchTypography('Quoi ? « Oui » : non !\n? ligne');
    expect(frenchTypography(once)).toBe(once);
    expect(once).toContain('\n');
  });
});

describe('typographyProblems', () => {
  it('finds breakable or missing spaces and the wrong quotes in French', () => {
    expect(typographyProblems('Vraiment ?', 'fr')).toEqual(['no narrow no-break space before ; ! or ?']);
    expect(typographyProblems('Attention: urgent', 'fr')).toEqual(['no no-break space before :']);
    expect(typographyProblems('un « compte »', 'fr')).toEqual(['« » without a no-break space inside']);
    expect(typographyProblems('un “compte”', 'fr')).toEqual(['quotes other than « »']);
    expect(typographyProblems(frenchTypography('Vraiment ? « Oui » : 10:30'), 'fr')).toEqual([]);
  });

  it('finds French or straight quotes and spaced signs in English', () => {
    expect(typographyProblems('a «safe» account', 'en')).toEqual(['quotes other than “ ”']);
    expect(typographyProblems('a "safe" account', 'en')).toEqual(['quotes other than “ ”']);
    expect(typographyProblems(`Are you safe${NNBSP}?`, 'en')).toEqual(['a space before ? : ; or !']);
    expect(typographyProblems('a “safe” account: https://example.com/?a=1', 'en')).toEqual([]);
  });
});

describe('localizeCatalogue', () => {
  it('sets French texts in French typography and leaves English texts as written', () => {
    expect(localizeText({ fr: 'Qui ?', en: 'Who?' }, 'fr')).toBe(`Qui${NNBSP}?`);
    expect(localizeText({ fr: 'Qui ?', en: 'Who?' }, 'en')).toBe('Who?');
    const fixture = fixtureCatalogue();
    const fr = localizeCatalogue(fixture, 'fr');
    const question = fixture.questions[0]!;
    expect(fr.questions[0]?.text).toBe(frenchTypography(question.text.fr));
  });

  it('localises every text wherever it sits, and nothing else', () => {
    const fixture = fixtureCatalogue();
    const extended = { ...fixture, extra: { note: { fr: 'Note :', en: 'Note:' }, count: 2 } };
    const en = localizeCatalogue(extended, 'en') as unknown as typeof extended & { extra: { note: string } };
    expect(en.extra).toEqual({ note: 'Note:', count: 2 });
    expect(en.entries).toEqual(fixture.entries);
    expect(JSON.stringify(en)).not.toContain('"fr":');
  });
});
