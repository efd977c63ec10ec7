import { Link, useLocation, useNavigation } from '@remix-run/react';
import { useEffect, useMemo, useRef } from 'react';
import { format } from '#app/i18n/index.ts';
import { useLang, useMessages } from '#app/i18n/use-messages.ts';
import { ProviderCard } from './provider-card.tsx';
import { type MapProvider, ProviderMap } from './provider-map.tsx';
import { ProviderPagination } from './provider-pagination.tsx';
import { formatDistanceAway, formatNumber, formatResultCount, placeName } from './providers-format.ts';
import type { MapSettings } from './providers-map-settings.ts';
import { pageCount } from './providers-pagination.ts';
import {
  hasFilters,
  type ProviderSearch,
  providerProfileHref,
  providerSearchHref,
  widerRadius,
} from './providers-query.ts';
import type { SearchOutcome } from './types.ts';

const HEADING_ID = 'providers-results-heading';

/**
 * The results column: a heading that says what was found (inside a polite live region, so a
 * client-side search announces its count), whether the searched place is only approximately
 * known, the order (by relevance for a text search, with a one-click switch to distance), then
 * one of two views of the same numbered results, the list or the map, with their pagination;
 * or the empty, unknown-place and unavailable states.
 *
 * The list is the default view on every screen: it works everywhere, tells everything, and
 * weighs nothing; the map (Leaflet, and tiles from a third-party server) loads only for those who
 * open it, and a shared address shows the same view on a phone and on a desktop.
 */
export function ProviderResults({
  search,
  outcome,
  mapSettings,
}: {
  search: ProviderSearch;
  outcome: SearchOutcome;
  /** Tiles and credit for the map view; null leaves the map without tiles (pins and list still work). */
  mapSettings: MapSettings | null;
}) {
  const m = useMessages();
  const p = m.providers;
  const lang = useLang();
  const navigation = useNavigation();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const loading = navigation.state === 'loading' && navigation.location.pathname === '/prestataires';

  // After a click on the pagination, focus goes to the top of the new page of results.
  useEffect(() => {
    if ((location.state as { focusResults?: boolean } | null)?.focusResults) heading.current?.focus();
  }, [location]);

  const result = outcome.kind === 'results' ? outcome.result : null;
  const firstNumber = result ? (result.page - 1) * result.pageSize + 1 : 1;
  const mapProviders = useMemo<MapProvider[]>(
    () =>
      (result?.items ?? []).map((item, index) => ({
        slug: item.slug,
        name: item.name,
        href: providerProfileHref(item.slug, search),
        location: item.location,
        distanceKm: item.distanceKm,
        number: firstNumber + index,
        detail: `${formatDistanceAway(item.distanceKm, lang, item.approximate)} — ${item.city}`,
      })),
    [result, search, lang, firstNumber],
  );

  return (
    <section className="vigie-provider-results" aria-labelledby={HEADING_ID} aria-busy={loading || undefined}>
      <div aria-live="polite" aria-atomic="true">
        {outcome.kind === 'prompt' ? (
          <>
            <h2 className="fr-h4" id={HEADING_ID} ref={heading} tabIndex={-1}>
              {p.promptTitle}
            </h2>
            <p>{p.promptText}</p>
          </>
        ) : outcome.kind === 'results' ? (
          <h2 className="vigie-results-heading" id={HEADING_ID} ref={heading} tabIndex={-1}>
            {formatResultCount(
              outcome.result.total,
              search.radiusKm,
              outcome.result.near,
              lang,
              search.remote,
            )}
          </h2>
        ) : (
          <div className="fr-alert fr-alert--error fr-mb-3w">
            <h2 className="fr-alert__title" id={HEADING_ID} ref={heading} tabIndex={-1}>
              {outcome.kind === 'unknown-place'
                ? p.unknownPlaceTitle
                : outcome.kind === 'invalid'
                  ? p.invalidTitle
                  : p.unavailableTitle}
            </h2>
            <p>
              {outcome.kind === 'unknown-place'
                ? format(p.unknownPlaceText, { place: outcome.near })
                : outcome.kind === 'invalid'
                  ? p.invalidText
                  : outcome.busy
                    ? p.busyText
                    : p.unavailableText}
            </p>
          </div>
        )}
      </div>

      {outcome.kind === 'unavailable' ? (
        <Link className="fr-btn fr-btn--secondary" to={providerSearchHref(search)}>
          {p.retry}
        </Link>
      ) : null}

      {outcome.kind === 'results' && outcome.alternatives.length > 0 ? (
        <div className="fr-mb-3w">
          <p className="fr-mb-1v">{p.didYouMean}</p>
          <ul>
            {outcome.alternatives.map((alternative) => (
              <li key={alternative.href}>
                <Link to={alternative.href}>{alternative.label}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {result?.near.approximate ? (
        <p className="fr-text--xs fr-icon-information-line vigie-approximate-place">{p.approximatePlace}</p>
      ) : null}

      {result && result.total === 0 ? <EmptyState search={search} /> : null}

      {result && result.items.length > 0 ? (
        <>
          <div className="vigie-results-bar">
            {search.q ? <SortLine search={search} /> : null}
            <ViewToggle search={search} />
          </div>
          {search.view === 'map' ? (
            <ProviderMap
              settings={mapSettings}
              center={{ lat: result.near.lat, lng: result.near.lng, label: placeName(result.near, lang) }}
              radiusKm={search.radiusKm}
              providers={mapProviders}
              listHref={providerSearchHref(search, { view: undefined })}
            />
          ) : (
            <ol className="fr-raw-list vigie-provider-list" start={firstNumber}>
              {result.items.map((item, index) => (
                <li key={item.slug} className="fr-mb-2w">
                  <ProviderCard
                    item={item}
                    href={providerProfileHref(item.slug, search)}
                    number={firstNumber + index}
                  />
                </li>
              ))}
            </ol>
          )}
          {pageCount(result.total, result.pageSize) > 1 ? (
            <p className="fr-text--sm fr-mt-2w fr-mb-0">
              {format(p.pageInfo, {
                page: formatNumber(result.page, lang),
                pages: formatNumber(pageCount(result.total, result.pageSize), lang),
              })}
            </p>
          ) : null}
          <ProviderPagination
            page={result.page}
            pages={pageCount(result.total, result.pageSize)}
            hrefFor={(page) => providerSearchHref(search, { page })}
          />
        </>
      ) : null}
    </section>
  );
}

/** The order of a text search, said plainly, with a link to the other order. */
function SortLine({ search }: { search: ProviderSearch }) {
  const p = useMessages().providers;
  const byDistance = search.sort === 'distance';
  return (
    <p className="fr-text--sm fr-mb-1w vigie-sort-line">
      {byDistance ? p.sortDistance : format(p.sortRelevance, { q: search.q ?? '' })}
      {' · '}
      <Link
        className="fr-link fr-link--sm"
        to={providerSearchHref(search, { sort: byDistance ? undefined : 'distance' })}
        preventScrollReset
      >
        {byDistance ? p.sortByRelevance : p.sortByDistance}
      </Link>
    </p>
  );
}

/** List or map: two links to the same results, the current one marked as such. */
function ViewToggle({ search }: { search: ProviderSearch }) {
  const p = useMessages().providers;
  const views = [
    { view: undefined, label: p.viewList, icon: 'fr-icon-list-unordered' },
    { view: 'map' as const, label: p.viewMap, icon: 'fr-icon-map-pin-2-line' },
  ];
  return (
    <nav aria-label={p.viewLabel}>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left vigie-view-toggle">
        {views.map(({ view, label, icon }) => {
          const current = search.view === view;
          return (
            <li key={label}>
              <Link
                className={`fr-btn ${icon}${current ? '' : ' fr-btn--secondary'}`}
                to={providerSearchHref(search, { view })}
                aria-current={current ? 'true' : undefined}
                preventScrollReset
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** No provider matched: ways to widen the search, each a link that applies it. */
function EmptyState({ search }: { search: ProviderSearch }) {
  const m = useMessages();
  const p = m.providers;
  const wider = widerRadius(search.radiusKm);
  return (
    <div className="fr-callout fr-icon-information-line">
      <p className="fr-callout__text fr-mb-2w">{p.emptyText}</p>
      <ul className="fr-callout__text vigie-empty-advice">
        {wider ? (
          <li>
            <Link to={providerSearchHref(search, { radiusKm: wider })} preventScrollReset>
              {format(p.emptyWiden, { radius: wider })}
            </Link>
          </li>
        ) : null}
        {!search.remote ? (
          <li>
            <Link to={providerSearchHref(search, { remote: true })} preventScrollReset>
              {p.emptyRemote}
            </Link>
          </li>
        ) : null}
        {hasFilters(search) ? (
          <li>
            <Link
              to={providerSearchHref(search, {
                public: undefined,
                services: [],
                labelOnly: false,
                q: undefined,
              })}
              preventScrollReset
            >
              {p.emptyClearFilters}
            </Link>
          </li>
        ) : null}
        {search.public !== 'individual' ? <li>{p.emptyCsirt}</li> : null}
      </ul>
    </div>
  );
}
