/** Opening hours: a handful of common French business schedules, or round-the-clock for emergency profiles. */
import type { OpeningHours } from '../schema/providers.ts';
import type { Profile } from './profiles.ts';
import type { Rng } from './random.ts';

const HOURS_TEXTS: readonly { fr: string; en: string }[] = [
  { fr: 'Du lundi au vendredi, 9 h – 18 h', en: 'Monday to Friday, 9 am – 6 pm' },
  {
    fr: 'Du lundi au vendredi, 8 h 30 – 12 h 30 et 14 h – 18 h',
    en: 'Monday to Friday, 8:30 am – 12:30 pm and 2 pm – 6 pm',
  },
  { fr: 'Du mardi au samedi, 9 h 30 – 19 h', en: 'Tuesday to Saturday, 9:30 am – 7 pm' },
  { fr: 'Du lundi au samedi, 9 h – 19 h', en: 'Monday to Saturday, 9 am – 7 pm' },
  {
    fr: 'Du lundi au vendredi, 8 h – 18 h ; astreinte le week-end',
    en: 'Monday to Friday, 8 am – 6 pm; on call at weekends',
  },
  { fr: 'Du lundi au vendredi, 9 h – 17 h 30', en: 'Monday to Friday, 9 am – 5:30 pm' },
  { fr: 'Sur rendez-vous, du lundi au samedi', en: 'By appointment, Monday to Saturday' },
  {
    fr: 'Du lundi au vendredi, 9 h – 12 h et 13 h 30 – 18 h ; samedi matin sur rendez-vous',
    en: 'Monday to Friday, 9 am – 12 pm and 1:30 pm – 6 pm; Saturday mornings by appointment',
  },
];

/** Shared and frozen: thousands of providers keep the same hours. */
const ALWAYS_OPEN: OpeningHours = Object.freeze({ always: true });
const HOURS: readonly OpeningHours[] = HOURS_TEXTS.map((text) =>
  Object.freeze({ always: false, text: Object.freeze(text) }),
);

export function chooseHours(rng: Rng, profile: Profile): OpeningHours {
  return rng.chance(profile.allDay) ? ALWAYS_OPEN : rng.pick(HOURS);
}
