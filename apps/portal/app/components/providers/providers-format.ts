import { services } from '@vigie/diagnostic/services';
import type { Public } from '@vigie/diagnostic/vocabulary';
import { format, getMessages, type Lang } from '#app/i18n/index.ts';

/*
 * Display helpers for the provider directory. They run on the server and again in the browser
 * during hydration, so they depend on nothing but the language: dates use the Paris time zone
 * whatever the machine's, and numbers the language's own conventions (a decimal comma in French).
 */

const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A number in the language's conventions: `3,2` and `1 234` in French. */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits }).format(value);
}

/**
 * A distance for a reader: one decimal under 10 km (`3,2 km`), whole kilometres beyond
 * (`42 km`), metres under 1 km rounded to 100 m (`400 m`, at least `100 m`). A distance resting
 * on an estimated position is never written more precisely than that position: "environ 20 km",
 * in whole kilometres, at least 1.
 */
export function formatDistance(km: number, lang: Lang, approximate = false): string {
  const distance = Math.max(0, km);
  if (approximate) {
    return format(getMessages(lang).providers.distanceAbout, {
      distance: `${formatNumber(Math.max(1, Math.round(distance)), lang)} km`,
    });
  }
  if (distance < 0.95) return `${formatNumber(Math.max(100, Math.round(distance * 10) * 100), lang)} m`;
  return `${formatNumber(distance, lang, distance < 9.95 ? 1 : 0)} km`;
}

/** "à 3,2 km" / "3.2 km away"; "à environ 20 km" / "about 20 km away" from an estimated position. */
export function formatDistanceAway(km: number, lang: Lang, approximate = false): string {
  return format(getMessages(lang).providers.distanceAway, {
    distance: formatDistance(km, lang, approximate),
  });
}

/** Picks the plural form of a count (French treats 0 and 1 as singular, English only 1). */
export function plural(count: number, lang: Lang, one: string, other: string): string {
  return new Intl.PluralRules(locales[lang]).select(count) === 'one' ? one : other;
}

/** The place a search is centred on, as the sentence names it ("votre position" for coordinates). */
export function placeName(near: { label: string; kind: string }, lang: Lang): string {
  return near.kind === 'coordinates' ? getMessages(lang).providers.yourPosition : near.label;
}

/**
 * "42 prestataires dans un rayon de 30 km autour de 69001 Lyon 1er", and "… ou intervenant à
 * distance" when remote help is accepted (those may be anywhere).
 */
export function formatResultCount(
  total: number,
  radiusKm: number,
  near: { label: string; kind: string },
  lang: Lang,
  remote = false,
): string {
  const p = getMessages(lang).providers;
  if (total === 0) return format(p.emptyTitle, { radius: radiusKm, place: placeName(near, lang) });
  const [one, other] = remote ? [p.countRemoteOne, p.countRemoteOther] : [p.countOne, p.countOther];
  return format(plural(total, lang, one, other), {
    count: formatNumber(total, lang),
    radius: radiusKm,
    place: placeName(near, lang),
  });
}

/** "4,6 sur 5 (12 avis)", or null when nobody has rated the provider yet. */
export function formatRating(rating: { average: number | null; count: number }, lang: Lang): string | null {
  if (rating.average === null || rating.count === 0) return null;
  const p = getMessages(lang).providers;
  return format(p.ratingSummary, {
    average: formatNumber(rating.average, lang, 1),
    reviews: format(plural(rating.count, lang, p.reviewsOne, p.reviewsOther), {
      count: formatNumber(rating.count, lang),
    }),
  });
}

/** "12 mars 2027" / "12 March 2027" for an ISO date or date-time; null for a missing or broken one. */
export function formatDate(iso: string | null | undefined, lang: Lang): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const text = new Intl.DateTimeFormat(locales[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(date);
  // French writes the first day of a month as an ordinal: "1er août".
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

const serviceNames = new Map(services.map((service) => [service.id as string, service.name]));
const serviceDescriptions = new Map(services.map((service) => [service.id as string, service.description]));

/** A service's name in `lang`; the id itself for a service this catalogue does not know. */
export function serviceName(id: string, lang: Lang): string {
  return serviceNames.get(id)?.[lang] ?? id;
}

/** A service's one-line description in `lang`, when the catalogue has it. */
export function serviceDescription(id: string, lang: Lang): string | undefined {
  return serviceDescriptions.get(id)?.[lang];
}

/** The services in catalogue order (so every card lists them alike), unknown ids last. */
export function sortServices(ids: readonly string[]): string[] {
  const order = new Map(services.map((service, index) => [service.id as string, index]));
  return [...new Set(ids)].sort(
    (a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER),
  );
}

/** A public's name in `lang` ("Particuliers", "Entreprises et associations"…). */
export function publicName(id: Public | string, lang: Lang): string {
  const p = getMessages(lang).providers;
  switch (id) {
    case 'individual':
      return p.publicIndividual;
    case 'business':
      return p.publicBusiness;
    case 'public-body':
      return p.publicPublicBody;
    default:
      return id;
  }
}

/** A language's name from its code, capitalised ("fr" -> "Français" in French, "French" in English). */
export function languageName(code: string, lang: Lang): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locales[lang]], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    name = undefined;
  }
  if (!name) return code;
  return name.charAt(0).toLocaleUpperCase(locales[lang]) + name.slice(1);
}

/** `tel:+33478000000` for "04 78 00 00 00": URI schemes take digits, not the spaces written for reading. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** "https://www.example.fr/contact" -> "example.fr": what a reader recognises; null for a non-web URL. */
export function websiteHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return parsed.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** True when an ISO date lies in the past at `now`. */
export function isPast(iso: string | null | undefined, now: Date): boolean {
  if (!iso) return false;
  const time = new Date(iso).getTime();
  return !Number.isNaN(time) && time < now.getTime();
}
