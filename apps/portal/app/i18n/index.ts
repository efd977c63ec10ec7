import { en } from './en.ts';
import { fr, type Messages } from './fr.ts';

export type { Messages } from './fr.ts';

/** Languages the portal speaks; the first is the default. */
export const languages = ['fr', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'fr';

// The server holds both dictionaries. A browser holds only the one its page is in (loadMessages
// before hydration), so no page carries the other language.
const dictionaries: Partial<Record<Lang, Messages>> = import.meta.env.SSR ? { fr, en } : {};

/** Makes `lang`'s dictionary available to `getMessages` (in the browser it is a chunk of its own). */
export async function loadMessages(lang: Lang): Promise<void> {
  dictionaries[lang] ??= lang === 'en' ? (await import('./en.ts')).en : (await import('./fr.ts')).fr;
}

/** Narrows an arbitrary value (cookie, form field, header tag) to a supported language. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The dictionary of `lang`. */
export function getMessages(lang: Lang): Messages {
  const messages = dictionaries[lang];
  if (!messages) throw new Error(`The ${lang} messages are not loaded: call loadMessages('${lang}') first.`);
  return messages;
}

/** Replaces `{name}` placeholders with values; unknown placeholders are left as they are. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * Picks the best supported language from an Accept-Language header (RFC 9110 §12.5.4):
 * highest q first, header order breaking ties, `fr-CA` matching `fr`; null when nothing fits.
 */
export function negotiateLanguage(header: string | null | undefined): Lang | null {
  if (!header) return null;
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.tag !== '' && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag === '*') return defaultLang;
    const primary = tag.split('-')[0];
    if (isLang(primary)) return primary;
  }
  return null;
}
