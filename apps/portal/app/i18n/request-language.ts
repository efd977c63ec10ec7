import { defaultLang, isLang, type Lang, negotiateLanguage } from './index.ts';

export const langCookieName = 'lang';
const oneYearInSeconds = 60 * 60 * 24 * 365;

/** Reads the `lang` cookie from a Cookie header; null when absent or not a supported language. */
export function readLangCookie(cookieHeader: string | null | undefined): Lang | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    if (eq === -1) continue;
    if (pair.slice(0, eq).trim() !== langCookieName) continue;
    const value = pair.slice(eq + 1).trim();
    return isLang(value) ? value : null;
  }
  return null;
}

/** Set-Cookie value remembering the visitor's choice for a year; readable without JavaScript tricks. */
export function serializeLangCookie(lang: Lang, options: { secure?: boolean } = {}): string {
  const parts = [`${langCookieName}=${lang}`, 'Path=/', `Max-Age=${oneYearInSeconds}`, 'SameSite=Lax'];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/** The language to answer in: the visitor's cookie, else their browser's Accept-Language, else French. */
export function getRequestLanguage(request: Request): Lang {
  return (
    readLangCookie(request.headers.get('Cookie')) ??
    negotiateLanguage(request.headers.get('Accept-Language')) ??
    defaultLang
  );
}
