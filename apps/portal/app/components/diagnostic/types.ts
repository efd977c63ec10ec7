import type { Place, ProviderSearchItem } from '@vigie/api/client';
import type { AdvicePhase, OrientationId, Public, ServiceId, Severity } from '@vigie/diagnostic';

/*
 * What the diagnostic page renders, in one language with every link already built. The server
 * builds it (routes/diagnostic/diagnostic-view.server.ts): the catalogue, both languages and
 * hundreds of texts, never reaches the browser.
 */

export type QuestionView = {
  kind: 'question';
  public: Public;
  /** 1 for the first question of the journey. */
  number: number;
  /** An answer so far revealed that someone is in immediate danger. */
  danger: boolean;
  question: { id: string; multiple: boolean; text: string; help?: string };
  options: { id: string; label: string }[];
  /** This step's own address, where its form posts. */
  selfHref: string;
  /** The previous question, or the choice of public before the first one. */
  backHref: string;
};

export type OrientationView = {
  id: OrientationId;
  name: string;
  description: string;
  phone?: string;
  sms?: string;
  /** An external website, opened in a new window. */
  url?: string;
  hours: string;
  /**
   * A page of this site: for the `provider` orientation, the directory searched for the outcome's
   * first service and public.
   */
  href?: string;
};

export type AnswerView = { questionId: string; question: string; options: string[]; editHref: string };

export type OutcomeView = {
  kind: 'outcome';
  public: Public;
  outcomeId: string;
  danger: boolean;
  threat: { id: string; name: string; description: string };
  severity: Severity;
  urgent: boolean;
  /** Non-empty phases only, in the catalogue's order (stop, evidence, report, recover, prevent). */
  advice: { phase: AdvicePhase; items: { id: string; text: string }[] }[];
  orientations: OrientationView[];
  answers: AnswerView[];
  backHref: string;
  /** This outcome's own address (the journey alone), where the provider search form sends the place. */
  selfHref: string;
  /**
   * What the `provider` orientation searches for (its first service, the journey's public), with
   * the services' names to show; null when the outcome does not send the visitor to a provider.
   */
  providerFilters: { services: ServiceId[]; public: Public; serviceNames: string[] } | null;
};

/** A provider found from an outcome: the search item with its profile's address. */
export type OutcomeProviderItem = Pick<
  ProviderSearchItem,
  'slug' | 'name' | 'distanceKm' | 'approximate' | 'label' | 'city' | 'postcode' | 'remote' | 'onSite'
> & { href: string };

/**
 * The provider search on an outcome page: the place asked for inline and the first results,
 * built by the server from `?near=` (and `place`, `radius_km`, `remote`) beside `?parcours=`.
 */
export type OutcomeProvidersView = {
  /** What the place field shows: what the visitor typed, or the label of a place named exactly. */
  fieldValue: string;
  /** The exact form (`insee:93066`) of the place whose label the field shows. */
  pinnedNear?: string;
  state:
    | { kind: 'prompt' }
    | {
        kind: 'results';
        place: Pick<Place, 'label' | 'kind' | 'approximate'>;
        radiusKm: number;
        remote: boolean;
        total: number;
        items: OutcomeProviderItem[];
        /** The same search in the directory (`/prestataires?…`). */
        fullHref: string;
        /** Ways to widen a search that found nothing or little: remote providers, a larger radius. */
        remoteHref?: string;
        wider?: { radiusKm: number; href: string };
      }
    /** The form was sent with an empty field. */
    | { kind: 'missing-place' }
    /** The API knows no place by that name (or refused what was typed). */
    | { kind: 'unknown-place'; near: string }
    /** The API is down, too slow or busy: the outcome shows anyway. */
    | { kind: 'unavailable'; fullHref: string };
};

export type InvalidJourneyView = { kind: 'invalid'; reason: 'malformed' | 'incompatible' };

/** The first step; the publics in the order the page offers them. */
export type ChoosePublicView = { kind: 'choose-public'; publics: readonly Public[] };

export type DiagnosticView = ChoosePublicView | QuestionView | OutcomeView | InvalidJourneyView;

/** Why a posted form was refused, field by field; the page shows it next to the field and in a summary. */
export type FormProblem =
  | { field: 'public'; code: 'required' }
  | { field: 'option'; code: 'required' | 'invalid' | 'stale' }
  | { field: 'option'; code: 'exclusive'; optionId: string }
  /** Not something our pages send (no intent, no question id, a file…). */
  | { field: 'form'; code: 'bad-request' };
