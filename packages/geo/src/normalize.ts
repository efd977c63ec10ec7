const ABBREVIATIONS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  sts: 'saints',
  stes: 'saintes',
};

/**
 * Folds a French place name to a comparable form: lower case, no accents, ligatures spelt out,
 * hyphens, apostrophes and punctuation as single spaces, and "St"/"Ste" written "saint"/"sainte".
 * `normalizePlaceName("L'Haÿ-les-Roses") === 'l hay les roses'`.
 */
export function normalizePlaceName(text: string): string {
  // Decomposing is the slow part: plain ASCII names skip it.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is "any ASCII character"
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const lower = (ascii ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).toLowerCase();
  const folded = (ascii ? lower : lower.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return folded.replace(/\b(?:st|ste|sts|stes)\b/g, (token) => ABBREVIATIONS[token] ?? token);
}

/** The key names are indexed under: the normalized name without spaces, so `laroche` meets `La Roche`. */
export function placeNameKey(text: string): string {
  return normalizePlaceName(text).replace(/ /g, '');
}
