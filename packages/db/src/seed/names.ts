/**
 * Invented but plausible names for demo IT services companies: "Cyberdéfense Rhône", "Atelier
 * Numérique du Berry", "SOS Informatique Lyonnaise", "Bastion Sécurité", "Dubois Informatique".
 * The rules that assemble them live here; the words themselves are in `name-parts.ts`.
 */
import { DEMONYMS, ofPlace, type PlaceName, withoutArticle } from './france.ts';
import {
  BRANDS,
  COMPOUND_PREFIXES,
  COMPOUND_SUFFIXES,
  CORES,
  INITIALS_WORDS,
  LEGAL_FORM_WEIGHTS,
  LEGAL_WORDS,
  LETTERS,
  type LegalForm,
  REGIONAL_SURNAMES,
  SURNAMES,
  WORDS,
} from './name-parts.ts';
import type { ProfileId } from './profiles.ts';
import type { Rng } from './random.ts';

// Importers have always found these here.
export { inventAddress } from './addresses.ts';
export { LEGAL_FORMS, type LegalForm } from './name-parts.ts';
export { slugify } from './slugify.ts';

export type NamePlace = {
  departement: string;
  /** City code for demonyms (the city's code for an arrondissement). */
  cityCode: string;
  city: string;
  departementName: PlaceName;
  areas: readonly PlaceName[];
};

export type InventedName = {
  legalName: string;
  tradeName: string | null;
  /** What the slug is made from: the trade name, else the legal name without its form. */
  displayName: string;
};

function surname(rng: Rng, departement: string): string {
  for (const [codes, names] of REGIONAL_SURNAMES) {
    if (codes.includes(departement) && rng.chance(0.6)) return rng.pick(names);
  }
  return rng.pick(SURNAMES);
}

function acronym(rng: Rng): string {
  let out = '';
  const length = rng.chance(0.7) ? 3 : rng.chance(0.5) ? 2 : 4;
  for (let i = 0; i < length; i++) out += LETTERS.charAt(rng.int(0, LETTERS.length - 1));
  return out;
}

/** An area written bare after a noun ("Cyberdéfense Rhône"): only one-word names read well. */
function bareAreas(place: NamePlace): readonly string[] {
  let bare = bareCache.get(place.departement);
  if (!bare) {
    bare = [place.departementName, ...place.areas].map(withoutArticle).filter((name) => !name.includes(' '));
    bareCache.set(place.departement, bare);
  }
  return bare;
}
const bareCache = new Map<string, readonly string[]>();

/** The commercial name of a business of `profile` in `place`. */
function brandName(rng: Rng, profile: ProfileId, place: NamePlace): string {
  const cores = CORES[profile];
  const demonym = DEMONYMS[place.cityCode];
  const bare = bareAreas(place);
  // Pattern weights: brand + word, core + "de <city>", core + "du <area>", compound, surname,
  // initials, core + demonym (larger cities), core + bare area ("Cyberdéfense Rhône").
  const weights = [3, 1.5, 2, 1, 2, 0.8, demonym ? 3 : 0, bare.length > 0 ? 1.5 : 0];
  let total = 0;
  for (const w of weights) total += w;
  let r = rng.next() * total;
  let pattern = 0;
  while (pattern < weights.length - 1 && r >= weights[pattern]!) r -= weights[pattern++]!;
  switch (pattern) {
    case 0:
      return `${rng.pick(BRANDS)} ${rng.pick(WORDS[profile])}`;
    case 1:
      return `${rng.pick(cores)[0]} ${ofPlace(place.city)}`;
    case 2:
      return `${rng.pick(cores)[0]} ${ofPlace(rng.pick(place.areas))}`;
    case 3:
      return `${rng.pick(COMPOUND_PREFIXES)}${rng.pick(COMPOUND_SUFFIXES)}`;
    case 4:
      return surnameName(rng, profile, place.departement);
    case 5:
      return `${acronym(rng)} ${rng.pick(WORDS[profile])}`;
    case 6: {
      const [core, gender] = rng.pick(cores);
      return `${core} ${gender === 'm' ? demonym![0] : demonym![1]}`;
    }
    default:
      return `${rng.pick(cores)[0]} ${rng.pick(bare)}`;
  }
}

function surnameName(rng: Rng, profile: ProfileId, departement: string): string {
  const name = surname(rng, departement);
  switch (profile) {
    case 'consulting':
    case 'forensics':
      return rng.weighted<string>([
        [`Cabinet ${name}`, 2],
        [`${name} Conseil`, 1],
        [`${name} & Associés`, 1],
      ]);
    case 'web-agency':
      return rng.chance(0.5) ? `Studio ${name}` : `${name} Web`;
    default:
      return rng.chance(0.5) ? `${name} Informatique` : `Informatique ${name}`;
  }
}

function legalForm(rng: Rng): LegalForm {
  return rng.weighted(LEGAL_FORM_WEIGHTS);
}

function withForm(rng: Rng, base: string, form: LegalForm): string {
  return rng.chance(0.8) ? `${base} ${form}` : `${form} ${base}`;
}

/** A legal name (always with its legal form) and, for about half of the companies, a trade name. */
export function inventName(rng: Rng, profile: ProfileId, place: NamePlace): InventedName {
  const brand = brandName(rng, profile, place);
  const form = legalForm(rng);
  if (!rng.chance(0.55))
    return { legalName: withForm(rng, brand, form), tradeName: null, displayName: brand };
  // With a trade name, the registered name is often something else: a founder's name, initials, a group.
  const group = form === 'SAS' || form === 'SA';
  const r = rng.next() * (group ? 9 : 8);
  const legalBase =
    r < 4
      ? brand
      : r < 6
        ? `${surname(rng, place.departement)} ${rng.pick(LEGAL_WORDS)}`
        : r < 8
          ? `${acronym(rng)} ${rng.pick(INITIALS_WORDS)}`
          : `Groupe ${rng.pick(BRANDS)}`;
  return { legalName: withForm(rng, legalBase, form), tradeName: brand, displayName: brand };
}
