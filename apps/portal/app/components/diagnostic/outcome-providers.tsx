import { Form, Link } from '@remix-run/react';
import { useEffect, useRef, useState } from 'react';
import { format, type Lang } from '#app/i18n/index.ts';
import { useLang, useMessages } from '#app/i18n/use-messages.ts';
import { locateVisitor } from '../providers/place-field.tsx';
import { formatDistanceAway } from '../providers/providers-format.ts';
import { publicLabel } from './labels.ts';
import type { OutcomeProviderItem, OutcomeProvidersView, OutcomeView } from './types.ts';

/** Id of the outcome page's provider section: the target of "Find a provider" and of the form. */
export const OUTCOME_PROVIDERS_ID = 'trouver-un-prestataire';
/** Providers shown on the outcome; the directory holds the rest. */
export const OUTCOME_PROVIDERS_SHOWN = 5;
const RESULTS_HEADING_ID = 'outcome-providers-results';
const NOTICE_ID = 'outcome-providers-notice';
const INPUT_ID = 'outcome-providers-near';

const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

type Props = {
  view: Pick<OutcomeView, 'selfHref' | 'public' | 'providerFilters'>;
  providers: OutcomeProvidersView;
  /** The directory filtered for this outcome, for a visitor who would rather browse. */
  directoryHref?: string;
};

/**
 * "Find a provider" on an outcome: a GET form asking for the place (the journey rides along in a
 * hidden field, so the address can be shared and the page works without JavaScript), then the
 * first providers around it offering the outcome's service to its public, with links to widen
 * the search or to see it all in the directory.
 */
export function OutcomeProviders({ view, providers, directoryHref }: Props) {
  const m = useMessages();
  const o = m.outcomeProviders;
  const lang = useLang();
  const { state } = providers;
  const filters = view.providerFilters;
  const journey = new URLSearchParams(view.selfHref.split('?')[1] ?? '');
  const [near, setNear] = useState(providers.fieldValue);
  const [canLocate, setCanLocate] = useState(false);
  const [locating, setLocating] = useState(false);
  const [locateProblem, setLocateProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // A new answer from the server (another place, a wider radius) resets the field to what it searched.
  useEffect(() => setNear(providers.fieldValue), [providers.fieldValue]);
  // Feature detection in the browser only, so the server never renders a dead button.
  useEffect(() => setCanLocate('geolocation' in navigator), []);

  // After a search made on this page, the focus goes to what it gave: the results, the field in
  // error, or the notice. Not on the page's first render.
  const searchKey = `${state.kind}|${providers.fieldValue}|${state.kind === 'results' ? `${state.radiusKm}|${state.remote}` : ''}`;
  const shownKey = useRef<string | null>(null);
  useEffect(() => {
    const previous = shownKey.current;
    shownKey.current = searchKey;
    if (previous === null || previous === searchKey) return;
    const target =
      state.kind === 'unknown-place' || state.kind === 'missing-place'
        ? INPUT_ID
        : state.kind === 'unavailable'
          ? NOTICE_ID
          : RESULTS_HEADING_ID;
    document.getElementById(target)?.focus();
  }, [searchKey, state.kind]);

  const locate = () => {
    setLocateProblem(null);
    setLocating(true);
    locateVisitor(
      input.current,
      (near) => {
        setLocating(false);
        setNear(near);
      },
      (denied) => {
        setLocating(false);
        setLocateProblem(denied ? o.locateDenied : o.locateFailed);
      },
    );
  };

  const error =
    state.kind === 'unknown-place'
      ? format(o.unknownPlace, { place: state.near })
      : state.kind === 'missing-place'
        ? o.placeRequired
        : undefined;
  const describedBy = ['outcome-providers-hint', error ? 'outcome-providers-error' : null]
    .filter(Boolean)
    .join(' ');

  return (
    <section aria-labelledby="outcome-providers-title" className="fr-mt-6w" id={OUTCOME_PROVIDERS_ID}>
      <h2 id="outcome-providers-title">{o.title}</h2>
      <p>{o.lead}</p>
      {filters ? (
        <p className="fr-text--sm">
          {format(o.filters, {
            services: filters.serviceNames.join(', '),
            public: publicLabel(m.diagnostic, filters.public),
          })}
        </p>
      ) : null}
      <Form
        method="get"
        action={`/diagnostic#${OUTCOME_PROVIDERS_ID}`}
        preventScrollReset
        className="vigie-outcome-providers__form"
      >
        {[...journey].map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {providers.pinnedNear && near.trim() === providers.fieldValue ? (
          <input type="hidden" name="place" value={providers.pinnedNear} />
        ) : null}
        <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
          <label className="fr-label" htmlFor={INPUT_ID}>
            {o.placeLabel}
            <span className="fr-hint-text" id="outcome-providers-hint">
              {o.placeHint}
            </span>
          </label>
          <div className="vigie-outcome-providers__bar">
            <input
              ref={input}
              className={`fr-input${error ? ' fr-input--error' : ''}`}
              id={INPUT_ID}
              name="near"
              type="text"
              autoComplete="postal-code"
              spellCheck={false}
              maxLength={200}
              value={near}
              onChange={(event) => setNear(event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
            />
            <button type="submit" className="fr-btn">
              {o.search}
            </button>
          </div>
          {error ? (
            <p className="fr-error-text" id="outcome-providers-error">
              {error}
            </p>
          ) : null}
          {canLocate ? (
            <button
              type="button"
              className="fr-btn fr-btn--tertiary fr-btn--sm fr-btn--icon-left fr-icon-map-pin-user-line fr-mt-1w"
              onClick={locate}
              disabled={locating}
              aria-describedby="outcome-providers-locate-status"
            >
              {o.aroundMe}
            </button>
          ) : null}
          <p className="fr-text--sm fr-mb-0 fr-mt-1v" id="outcome-providers-locate-status" aria-live="polite">
            {locating ? o.locating : locateProblem}
          </p>
        </div>
      </Form>

      {state.kind === 'results' ? (
        <Results state={state} lang={lang} />
      ) : state.kind === 'unavailable' ? (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mt-2w" id={NOTICE_ID} tabIndex={-1}>
          <p>{o.unavailable}</p>
          <p className="fr-mt-1w">
            <Link className="fr-link" to={state.fullHref}>
              {o.directory}
            </Link>
          </p>
        </div>
      ) : directoryHref ? (
        <p className="fr-mt-2w">
          <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to={directoryHref}>
            {o.directory}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

function Results({
  state,
  lang,
}: {
  state: Extract<OutcomeProvidersView['state'], { kind: 'results' }>;
  lang: Lang;
}) {
  const o = useMessages().outcomeProviders;
  const place = state.place.kind === 'coordinates' ? o.yourPosition : state.place.label;
  const values = {
    count: new Intl.NumberFormat(locales[lang]).format(state.total),
    radius: state.radiusKm,
    place,
  };
  const one = new Intl.PluralRules(locales[lang]).select(state.total) === 'one';
  const heading =
    state.total === 0
      ? format(state.remote ? o.emptyRemote : o.empty, values)
      : format(
          state.remote ? (one ? o.countRemoteOne : o.countRemoteOther) : one ? o.countOne : o.countOther,
          values,
        );
  const canWiden = state.total < OUTCOME_PROVIDERS_SHOWN && (state.remoteHref || state.wider);
  return (
    <div className="fr-mt-3w">
      <h3 className="fr-h5" id={RESULTS_HEADING_ID} tabIndex={-1}>
        {heading}
      </h3>
      {state.place.approximate ? <p className="fr-text--sm">{o.approximatePlace}</p> : null}
      {state.items.length > 0 ? (
        <ul className="fr-raw-list vigie-outcome-providers__list" id="outcome-providers-list">
          {state.items.map((item) => (
            <ProviderItem key={item.slug} item={item} lang={lang} />
          ))}
        </ul>
      ) : null}
      {canWiden ? (
        <>
          <p className="fr-text--bold fr-mb-1w fr-mt-2w">{o.widenTitle}</p>
          <ul className="fr-links-group">
            {state.remoteHref ? (
              <li>
                <Link className="fr-link" to={state.remoteHref} preventScrollReset>
                  {o.widenRemote}
                </Link>
              </li>
            ) : null}
            {state.wider ? (
              <li>
                <Link className="fr-link" to={state.wider.href} preventScrollReset>
                  {format(o.widenRadius, { radius: state.wider.radiusKm })}
                </Link>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
      <p className="fr-mt-2w">
        <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to={state.fullHref}>
          {o.fullSearch}
        </Link>
      </p>
    </div>
  );
}

function ProviderItem({ item, lang }: { item: OutcomeProviderItem; lang: Lang }) {
  const o = useMessages().outcomeProviders;
  const distance = formatDistanceAway(item.distanceKm, lang, item.approximate);
  return (
    <li className="vigie-outcome-provider">
      <h4 className="fr-h6 fr-mb-1v">
        <Link to={item.href}>{item.name}</Link>
      </h4>
      <p className="fr-text--sm fr-mb-0">
        <span className="vigie-outcome-provider__distance">{distance}</span>
        {' — '}
        {item.city} ({item.postcode}){item.remote ? ` · ${o.remote}` : ''}
      </p>
      {item.label === 'expertcyber' ? (
        <p className="fr-badge fr-badge--sm fr-badge--green-emeraude fr-mt-1v">{o.expertCyber}</p>
      ) : null}
    </li>
  );
}
