/** URL-safe identifiers from French text; shared by provider slugs and the tests that check them. */

/** Kebab-case ASCII: "SOS Informatique Lyonnaise" -> "sos-informatique-lyonnaise". */
export function slugify(text: string): string {
  return text
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/&/g, ' et ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
