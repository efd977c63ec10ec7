/**
 * The French presentation text of a provider, assembled from profile templates and the provider's
 * traits. Hot in the benchmark, hence the template pre-splitting and the memoised fragments.
 */
import type { ServiceId } from '@vigie/diagnostic';
import { atPlace, ofPlace } from './france.ts';
import { CLOSINGS_FR, INTROS_FR, PROFILES, type Profile, SERVICE_PHRASES_FR } from './profiles.ts';
import type { Context } from './provider-context.ts';
import type { Place } from './provider-places.ts';

export type DescriptionInput = {
  profile: Profile;
  place: Place;
  areas: readonly string[];
  services: readonly ServiceId[];
  radiusKm: number;
  onSite: boolean;
  remote: boolean;
  allDay: boolean;
  foundedBefore: number;
};

const LIST_LEADS = ['Prestations : ', 'Domaines d’intervention : ', 'Services proposés : '];

/** Intro templates split on their placeholders: literal, placeholder, literal... */
const INTRO_PARTS = new Map(
  PROFILES.map((p) => [p.id, INTROS_FR[p.id].map((t) => t.split(/(\{at\}|\{of\}|\{year\})/))] as const),
);
const PROFILE_INDEX = new Map(PROFILES.map((p, i) => [p.id, i] as const));
const SERVICE_NUMBERS = new Map(Object.keys(SERVICE_PHRASES_FR).map((s, i) => [s, i + 1] as const));
const QUOTE_PROFILES: ReadonlySet<string> = new Set(['home-repair', 'web-agency', 'data-recovery']);
const VICTIM_PROFILES: ReadonlySet<string> = new Set(['incident-response', 'forensics', 'home-repair']);
const SENTENCE_COUNT_WEIGHTS: (readonly [number, number])[] = [
  [1, 10],
  [2, 45],
  [3, 45],
];
const OF_PLACE = new Map<string, string>();
const ON_SITE_CLOSINGS = new Map<number, string>();

/** One to three French sentences built from the profile and the provider's traits. */
export function describe(context: Context, input: DescriptionInput): string {
  const { rng } = context;
  const parts = rng.pick(INTRO_PARTS.get(input.profile.id)!);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const placeholder = parts[i];
    if (placeholder === '{at}') {
      input.place.atCity ??= atPlace(input.place.city);
      text += input.place.atCity;
    } else if (placeholder === '{of}') {
      const area = rng.pick(input.areas);
      let of = OF_PLACE.get(area);
      if (of === undefined) {
        of = ofPlace(area);
        OF_PLACE.set(area, of);
      }
      text += of;
    } else {
      text += String(input.foundedBefore - rng.int(1, 25));
    }
    text += parts[i + 1]!;
  }
  const length = rng.weighted(SENTENCE_COUNT_WEIGHTS);
  if (length >= 2) text += ` ${serviceSentence(context, input)}`;
  if (length >= 3) {
    const closings: string[] = [];
    if (input.allDay) closings.push(CLOSINGS_FR.allDay, CLOSINGS_FR.allDay);
    if (input.remote) closings.push(CLOSINGS_FR.remote);
    if (input.onSite) {
      let closing = ON_SITE_CLOSINGS.get(input.radiusKm);
      if (closing === undefined) {
        closing = CLOSINGS_FR.onSite.replace('{radius}', String(input.radiusKm));
        ON_SITE_CLOSINGS.set(input.radiusKm, closing);
      }
      closings.push(closing);
    }
    if (QUOTE_PROFILES.has(input.profile.id)) closings.push(CLOSINGS_FR.quote);
    if (VICTIM_PROFILES.has(input.profile.id)) closings.push(CLOSINGS_FR.victims);
    text += ` ${rng.pick(closings)}`;
  }
  return text;
}

/** "Prestations : a, b et c." over the first four services; the same few hundred recur. */
function serviceSentence(context: Context, input: DescriptionInput): string {
  const lead = context.rng.int(0, LIST_LEADS.length - 1);
  const shown = input.services.slice(0, 4);
  let key = PROFILE_INDEX.get(input.profile.id)! * LIST_LEADS.length + lead;
  for (const s of shown) key = key * 16 + SERVICE_NUMBERS.get(s)!;
  let sentence = context.serviceSentences.get(key);
  if (sentence === undefined) {
    const phrases = shown.map((s) => SERVICE_PHRASES_FR[s]);
    const list = phrases.length > 1 ? `${phrases.slice(0, -1).join(', ')} et ${phrases.at(-1)}` : phrases[0];
    sentence = `${LIST_LEADS[lead]}${list}.`;
    context.serviceSentences.set(key, sentence);
  }
  return sentence;
}
