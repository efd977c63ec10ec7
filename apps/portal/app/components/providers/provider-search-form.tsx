import { Link, useNavigate } from '@remix-run/react';
import type { ProviderSearchResult } from '@vigie/api/client';
import { services } from '@vigie/diagnostic/services';
import { PUBLICS, type Public, type ServiceId } from '@vigie/diagnostic/vocabulary';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { format } from '#app/i18n/index.ts';
import { useLang, useMessages } from '#app/i18n/use-messages.ts';
import { PlaceField } from './place-field.tsx';
import { formatNumber, plural, publicName } from './providers-format.ts';
import {
  activeFilterCount,
  MAX_QUERY_LENGTH,
  type ProviderSearch,
  parseProviderSearch,
  pinnedPlace,
  providerSearchHref,
  RADIUS_CHOICES,
  serializeProviderSearch,
} from './providers-query.ts';
import type { PlaceSuggestion } from './types.ts';

export type SearchFacets = ProviderSearchResult['facets'];

/** From this width the form is a column beside the results: the filter panel starts open there. */
const SIDE_BY_SIDE = '(min-width: 48em)';

/**
 * The search: the place first, then a panel holding everything that refines it (distance, text,
 * public, services, label, remote help, with the number of matching providers beside each). The
 * panel is a `<details>`, closed on a phone so the first result shows in the first screen, and
 * telling how many filters are on while closed; it opens and closes without JavaScript too.
 * A GET form: without JavaScript the browser submits it as is; with it, the search goes to its
 * canonical address (no empty parameters) as a client-side navigation, and the results
 * announce themselves (see ProviderResults). The view and the order travel along, hidden.
 */
export function ProviderSearchForm({
  search,
  pinned,
  facets,
  placeError,
}: {
  search: ProviderSearch;
  /** The place searched around when the search names it by its exact form: the field shows its label. */
  pinned?: PlaceSuggestion;
  /** Counts over the current results; null before a search or when it failed. */
  facets: SearchFacets | null;
  placeError?: string;
}) {
  const m = useMessages();
  const lang = useLang();
  const p = m.providers;
  const navigate = useNavigate();
  const id = useId();
  const [draft, setDraft] = useState(() => asShown(search, pinned));
  const [panelOpen, setPanelOpen] = useState(false);
  const panel = useRef<HTMLDetailsElement>(null);
  const activeFilters = activeFilterCount(search);

  // Beside the results there is room for the filters: open the panel once, after hydration
  // (the server cannot know the width, and both must render the same first).
  useEffect(() => {
    if (window.matchMedia?.(SIDE_BY_SIDE).matches) setPanelOpen(true);
  }, []);

  // Back, Forward and links (pagination, "widen the radius") change the search: the form follows.
  const canonical = serializeProviderSearch(search).toString();
  const pinnedNear = pinned?.near;
  const pinnedLabel = pinned?.label;
  useEffect(() => {
    const place =
      pinnedNear !== undefined && pinnedLabel !== undefined
        ? { near: pinnedNear, label: pinnedLabel }
        : undefined;
    setDraft(asShown(parseProviderSearch(new URLSearchParams(canonical)), place));
  }, [canonical, pinnedNear, pinnedLabel]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = parseProviderSearch(form);
    // The place field sends its exact form only while it shows that place's label.
    const exact = pinnedPlace(form);
    navigate(providerSearchHref(exact ? { ...next, near: exact } : next), { preventScrollReset: true });
  };

  const radiusChoices: number[] = RADIUS_CHOICES.includes(draft.radiusKm as (typeof RADIUS_CHOICES)[number])
    ? [...RADIUS_CHOICES]
    : [...RADIUS_CHOICES, draft.radiusKm].sort((a, b) => a - b);

  const toggleService = (service: ServiceId, checked: boolean) =>
    setDraft((current) => ({
      ...current,
      services: services
        .map((s) => s.id)
        .filter((s) => (s === service ? checked : current.services.includes(s))),
    }));

  const clearFiltersHref = providerSearchHref(search, {
    public: undefined,
    services: [],
    labelOnly: false,
    remote: false,
    q: undefined,
  });

  return (
    <search aria-labelledby={`${id}-title`}>
      <form method="get" action="/prestataires" onSubmit={submit} className="vigie-provider-search">
        <h2 className="fr-sr-only" id={`${id}-title`}>
          {p.searchTitle}
        </h2>
        <PlaceField
          value={draft.near ?? ''}
          pinned={pinned}
          onChange={(near) => setDraft((current) => ({ ...current, near }))}
          error={placeError}
        >
          <button type="submit" className="fr-btn fr-btn--icon-left fr-icon-search-line">
            {p.submit}
          </button>
        </PlaceField>
        {search.sort ? <input type="hidden" name="tri" value="distance" /> : null}
        {search.view === 'map' ? <input type="hidden" name="vue" value="carte" /> : null}

        <details
          ref={panel}
          className="fr-accordion vigie-filters"
          open={panelOpen}
          onToggle={() => setPanelOpen(panel.current?.open ?? false)}
        >
          <summary className="fr-accordion__btn vigie-filters__summary">
            <span>
              {p.filtersTitle}
              {activeFilters > 0 ? (
                <span className="vigie-filters__count">
                  {' ('}
                  {format(plural(activeFilters, lang, p.filtersActiveOne, p.filtersActiveOther), {
                    count: formatNumber(activeFilters, lang),
                  })}
                  {')'}
                </span>
              ) : null}
            </span>
          </summary>
          <div className="vigie-filters__body">
            <div className="fr-select-group">
              <label className="fr-label" htmlFor={`${id}-radius`}>
                {p.radiusLabel}
              </label>
              <select
                className="fr-select"
                id={`${id}-radius`}
                name="radius_km"
                value={draft.radiusKm}
                onChange={(event) =>
                  setDraft((current) => ({ ...current, radiusKm: Number(event.target.value) }))
                }
              >
                {radiusChoices.map((radius) => (
                  <option key={radius} value={radius}>
                    {format(p.radiusOption, { radius })}
                  </option>
                ))}
              </select>
            </div>
            <div className="fr-input-group">
              <label className="fr-label" htmlFor={`${id}-q`}>
                {p.queryLabel}
                <span className="fr-hint-text">{p.queryHint}</span>
              </label>
              <input
                className="fr-input"
                id={`${id}-q`}
                name="q"
                type="text"
                maxLength={MAX_QUERY_LENGTH}
                value={draft.q ?? ''}
                onChange={(event) => setDraft((current) => ({ ...current, q: event.target.value }))}
              />
            </div>
            <fieldset className="fr-fieldset" aria-labelledby={`${id}-public-legend`}>
              <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-public-legend`}>
                {p.publicLegend}
              </legend>
              <Choice
                type="radio"
                id={`${id}-public-all`}
                name="public"
                value=""
                checked={!draft.public}
                onChange={() => setDraft((current) => ({ ...current, public: undefined }))}
              >
                {p.publicAll}
              </Choice>
              {PUBLICS.map((pub: Public) => (
                <Choice
                  key={pub}
                  type="radio"
                  id={`${id}-public-${pub}`}
                  name="public"
                  value={pub}
                  checked={draft.public === pub}
                  onChange={() => setDraft((current) => ({ ...current, public: pub }))}
                  count={facets?.publics[pub]}
                >
                  {publicName(pub, lang)}
                </Choice>
              ))}
            </fieldset>

            <fieldset className="fr-fieldset" aria-labelledby={`${id}-services-legend`}>
              <legend
                className="fr-fieldset__legend fr-fieldset__legend--regular"
                id={`${id}-services-legend`}
              >
                {p.servicesLegend}
                <span className="fr-hint-text">{p.servicesHint}</span>
              </legend>
              {services.map((service) => (
                <Choice
                  key={service.id}
                  type="checkbox"
                  id={`${id}-service-${service.id}`}
                  name="service"
                  value={service.id}
                  checked={draft.services.includes(service.id)}
                  onChange={(checked) => toggleService(service.id, checked)}
                  count={facets ? (facets.services[service.id] ?? 0) : undefined}
                >
                  {service.name[lang]}
                </Choice>
              ))}
            </fieldset>

            <fieldset className="fr-fieldset" aria-labelledby={`${id}-options-legend`}>
              <legend
                className="fr-fieldset__legend fr-fieldset__legend--regular"
                id={`${id}-options-legend`}
              >
                {p.optionsLegend}
              </legend>
              <Choice
                type="checkbox"
                id={`${id}-label`}
                name="label"
                value="expertcyber"
                checked={draft.labelOnly}
                onChange={(checked) => setDraft((current) => ({ ...current, labelOnly: checked }))}
                count={facets?.label.expertcyber}
                hint={p.labelOnlyHint}
              >
                {p.labelOnly}
              </Choice>
              <Choice
                type="checkbox"
                id={`${id}-remote`}
                name="remote"
                value="true"
                checked={draft.remote}
                onChange={(checked) => setDraft((current) => ({ ...current, remote: checked }))}
                hint={p.acceptRemoteHint}
              >
                {p.acceptRemote}
              </Choice>
            </fieldset>

            <ul className="fr-btns-group fr-btns-group--sm">
              <li>
                <button type="submit" className="fr-btn fr-btn--secondary">
                  {p.apply}
                </button>
              </li>
              <li>
                <Link className="fr-btn fr-btn--tertiary-no-outline" to={clearFiltersHref} preventScrollReset>
                  {p.clearFilters}
                </Link>
              </li>
            </ul>
          </div>
        </details>
      </form>
    </search>
  );
}

/** The search as the form shows it: a place named by its exact form ("insee:93066") shows its label. */
function asShown(search: ProviderSearch, pinned: PlaceSuggestion | undefined): ProviderSearch {
  return pinned && search.near === pinned.near ? { ...search, near: pinned.label } : search;
}

/** One radio button or checkbox of a filter group, in DSFR markup, with its facet count. */
function Choice({
  type,
  id,
  name,
  value,
  checked,
  onChange,
  count,
  hint,
  children,
}: {
  type: 'radio' | 'checkbox';
  id: string;
  name: string;
  value: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** How many results have this value; shown beside the label when known. */
  count?: number;
  hint?: string;
  children: ReactNode;
}) {
  const lang = useLang();
  return (
    <div className="fr-fieldset__element">
      <div className={`fr-${type}-group fr-${type}-group--sm`}>
        <input
          type={type}
          id={id}
          name={name}
          value={value}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label className="fr-label" htmlFor={id}>
          {/* One inline box for the name and its count (the DSFR label is a flex container). The
              count is part of the label's text, so the name read out is the one shown. */}
          <span>
            {children}
            {count !== undefined ? (
              <span className="vigie-facet-count"> ({formatNumber(count, lang)})</span>
            ) : null}
          </span>
          {hint ? <span className="fr-hint-text">{hint}</span> : null}
        </label>
      </div>
    </div>
  );
}
