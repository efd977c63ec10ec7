import type { Catalogue, Lang, Text } from './types.ts';

/** U+00A0, a word-wide space no line breaks at: before `:` and inside « ». */
export const NBSP = '\u00a0';
/** U+202F, a narrow space no line breaks at: before `;`, `!` and `?`. */
export const NNBSP = '\u202f';

// Horizontal spaces only: a line break in the source text is left alone.
const SPACES = '[ \\t\\u00a0\\u2009\\u202f]';
const URL = /\b(?:https?:\/\/|www\.)[^\s«»]+/g;

/**
 * French typography after the Imprimerie nationale: a narrow no-break space before `;`, `!` and `?`,
 * a word-wide no-break space before `:` and inside « ». Breakable spaces there are replaced and
 * missing ones inserted, so no line starts with a sign; “ ” quotes become « ». A colon or question
 * mark inside a word (a URL, a time like 10:30, a ratio like 1:2) is not punctuation and is left as
 * it is. Running it twice changes nothing.
 */
export function frenchTypography(text: string): string {
  const urls: string[] = [];
  // URLs are set aside so their `:` and `?` stay as they are, then put back.
  let s = text.replace(URL, (url) => `\uE000${urls.push(url) - 1}\uE000`);
  s = s.replace(/“\s*/g, `«${NBSP}`).replace(/\s*”/g, `${NBSP}»`);
  s = s.replace(new RegExp(`«(?:${SPACES})*`, 'g'), `«${NBSP}`);
  s = s.replace(new RegExp(`(?:${SPACES})*»`, 'g'), `${NBSP}»`);
  // A sign counts as punctuation when it ends the text or is followed by a space, a closing sign or
  // another of these signs ("?!"); only the first of a run takes the space.
  const after = `(?=$|[\\s»)\\]?!;:.,…]|\\uE000)`;
  s = s.replace(new RegExp(`([^\\s?!;:])(?:${SPACES})*([;!?])${after}`, 'g'), `$1${NNBSP}$2`);
  s = s.replace(new RegExp(`([^\\s?!;:])(?:${SPACES})*(:)${after}`, 'g'), `$1${NBSP}$2`);
  return s.replace(/\uE000(\d+)\uE000/g, (_, i: string) => urls[Number(i)]!);
}

/**
 * Where a text breaks the typography of its language: for French, a breakable or missing space
 * before `? : ; ! »` or after `«`, or English quotes; for English, French or straight quotes.
 * Empty when the text is right.
 */
export function typographyProblems(text: string, lang: Lang): string[] {
  const problems: string[] = [];
  const prose = text.replace(URL, '');
  if (lang === 'fr') {
    if (/[“”"]/.test(prose)) problems.push('quotes other than « »');
    if (/(?:^|[^\u00a0])»/.test(prose) || /«(?:[^\u00a0]|$)/.test(prose))
      problems.push('« » without a no-break space inside');
    if (/(?:^|[^\u202f?!])[;!?](?=$|[\s»)])/.test(prose))
      problems.push('no narrow no-break space before ; ! or ?');
    if (/(?:^|[^\u00a0?!])[:](?=$|[\s»)])/.test(prose)) problems.push('no no-break space before :');
  } else {
    if (/[«»"]/.test(prose)) problems.push('quotes other than “ ”');
    if (/[\u00a0\u202f][?:;!]/.test(prose)) problems.push('a space before ? : ; or !');
  }
  return problems;
}

/** A text in one language, set in that language's typography. */
export function localizeText(text: Text, lang: Lang): string {
  return lang === 'fr' ? frenchTypography(text.fr) : text.en;
}

type Localized<T> = T extends Text
  ? string
  : T extends (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

const isText = (value: object): value is Text => {
  const keys = Object.keys(value);
  return (
    keys.length === 2 && typeof (value as Text).fr === 'string' && typeof (value as Text).en === 'string'
  );
};

function localizeValue(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((v) => localizeValue(v, lang));
  if (value === null || typeof value !== 'object') return value;
  if (isText(value)) return localizeText(value, lang);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localizeValue(v, lang)]));
}

/**
 * The catalogue with every text in one language, in that language's typography: what a browser
 * downloads, so the other language costs nothing until it is chosen. Every `{fr, en}` text is
 * localised wherever it sits; structure and ids are unchanged, so the engine runs on it.
 */
export function localizeCatalogue(catalogue: Catalogue, lang: Lang): Catalogue<string> {
  return localizeValue(catalogue, lang) as Localized<Catalogue> as Catalogue<string>;
}
