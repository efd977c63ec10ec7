import type { Place, ProviderSearchResult } from '@vigie/api/client';

/** Another place the visitor may have meant (same name elsewhere), as a ready-made search link. */
export type PlaceAlternative = { label: string; href: string };

/** A place proposed as the visitor types: the label shown (and put in the field), the exact form searched. */
export type PlaceSuggestion = Pick<Place, 'label' | 'near'>;

/** What the results column of `/prestataires` shows; built by the route's loader. */
export type SearchOutcome =
  /** No place yet: invite the visitor to give one. */
  | { kind: 'prompt' }
  | { kind: 'results'; result: ProviderSearchResult; alternatives: PlaceAlternative[] }
  /** The API knows no place by that name. */
  | { kind: 'unknown-place'; near: string }
  /** The API refused the parameters. */
  | { kind: 'invalid' }
  /** The API is down, too slow, answered nonsense (`busy`: it asked us to slow down). */
  | { kind: 'unavailable'; busy: boolean };
