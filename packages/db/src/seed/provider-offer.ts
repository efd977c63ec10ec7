/**
 * What a provider offers and to whom: intervention radius, publics, services and languages, each
 * drawn from the profile's tendencies so that, say, a forensics lab looks unlike a home-repair shop.
 */
import type { Public, ServiceId } from '@vigie/diagnostic';
import type { Profile } from './profiles.ts';
import type { Rng } from './random.ts';

const SERVICE_COUNT_WEIGHTS: (readonly [number, number])[] = [
  [2, 15],
  [3, 30],
  [4, 30],
  [5, 17],
  [6, 8],
];
// Fixed so that a provider's publics always come out in the same order, whatever was drawn.
const PUBLIC_ORDER: readonly Public[] = ['individual', 'business', 'public-body'];

type LanguageRule = readonly [
  language: string,
  base: number,
  boosted: number,
  departements: readonly string[],
];
// Border, tourist and immigration areas speak some languages more often than the rest of France.
const LANGUAGE_RULES: readonly LanguageRule[] = [
  ['en', 0.33, 0.5, ['75', '92', '06', '74', '2A', '2B', '971', '972', '973']],
  ['de', 0.02, 0.35, ['67', '68', '57']],
  ['es', 0.02, 0.15, ['64', '66', '31', '09', '65', '11', '34', '40', '32']],
  ['it', 0.015, 0.15, ['06', '2A', '2B', '73', '74', '05', '04', '83']],
  ['ar', 0.015, 0.06, ['13', '93', '69', '75', '92', '94', '95', '59', '34', '31']],
  ['pt', 0.015, 0.04, ['75', '77', '78', '91', '92', '93', '94', '95', '69', '33', '31', '973']],
];
const LANGUAGE_ODDS = new Map<string, number[]>();

/** 10-100 km in steps of 5: mostly 20-50, wider in the countryside and for specialists. */
export function radius(rng: Rng, cityPopulation: number, profile: Profile): number {
  const [low, high] =
    cityPopulation >= 100_000
      ? [15, 35]
      : cityPopulation >= 20_000
        ? [20, 45]
        : cityPopulation >= 5_000
          ? [25, 55]
          : [35, 75];
  // Triangular between low and high.
  let km = low + ((rng.next() + rng.next()) / 2) * (high - low);
  km *= profile.radiusFactor;
  if (rng.chance(0.06)) km += 30;
  return Math.min(100, Math.max(10, Math.round(km / 5) * 5));
}

/** Never empty: a provider serves at least the public its profile favours most. */
export function choosePublics(rng: Rng, profile: Profile): Public[] {
  const chosen = PUBLIC_ORDER.filter((p) => rng.chance(profile.publics[p]));
  if (chosen.length > 0) return chosen;
  const best = PUBLIC_ORDER.reduce((a, b) => (profile.publics[b] > profile.publics[a] ? b : a));
  return [best];
}

/** The profile's core services, topped up from its optional ones (kept in the profile's order). */
export function chooseServices(rng: Rng, profile: Profile): ServiceId[] {
  const wanted = rng.weighted(SERVICE_COUNT_WEIGHTS);
  const extra = new Set(rng.sample(profile.optional, Math.max(0, wanted - profile.core.length)));
  return [...profile.core, ...profile.optional.filter((s) => extra.has(s))];
}

/** French always, then each other language with its local odds. */
export function chooseLanguages(rng: Rng, departement: string): string[] {
  let odds = LANGUAGE_ODDS.get(departement);
  if (!odds) {
    odds = LANGUAGE_RULES.map(([, base, boosted, departements]) =>
      departements.includes(departement) ? boosted : base,
    );
    LANGUAGE_ODDS.set(departement, odds);
  }
  const languages = ['fr'];
  for (let i = 0; i < LANGUAGE_RULES.length; i++)
    if (rng.next() < odds[i]!) languages.push(LANGUAGE_RULES[i]![0]);
  return languages;
}
