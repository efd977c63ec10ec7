/** Provider slugs: readable ("bastion-securite-lyon"), unique within the set, and short enough for URLs. */
import type { Context } from './provider-context.ts';
import { slugify } from './slugify.ts';

const SLUG_MAX = 56;

/**
 * "<name>-<city>" (the city left out when the name already says it), then "-2", "-3"... when taken.
 * Names and cities hold no digits, so a suffixed slug never meets a plain one: a counter per base
 * is enough.
 */
export function uniqueSlug(context: Context, name: string, citySlug: string): string {
  const nameSlug = cachedSlug(context, name);
  let base = hasSegments(nameSlug, citySlug) ? nameSlug : `${nameSlug}-${citySlug}`;
  if (base.length > SLUG_MAX) {
    const cut = base.lastIndexOf('-', SLUG_MAX);
    base = base.slice(0, cut > 20 ? cut : SLUG_MAX).replace(/-+$/, '');
  }
  const seen = context.slugs.get(base) ?? 0;
  context.slugs.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen + 1}`;
}

/** True when `needle` appears in `slug` as whole hyphen-separated words. */
function hasSegments(slug: string, needle: string): boolean {
  for (let at = slug.indexOf(needle); at >= 0; at = slug.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if ((at === 0 || slug[at - 1] === '-') && (end === slug.length || slug[end] === '-')) return true;
  }
  return false;
}

function cachedSlug(context: Context, text: string): string {
  let slug = context.slugCache.get(text);
  if (slug === undefined) {
    slug = slugify(text);
    context.slugCache.set(text, slug);
  }
  return slug;
}
