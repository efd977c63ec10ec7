import { data, type LinksFunction, type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { type MetaFunction, useLoaderData } from '@remix-run/react';
import leafletStyles from 'leaflet/dist/leaflet.css?url';
import { useMapSettings } from '#app/components/providers/provider-map.tsx';
import { ProviderResults } from '#app/components/providers/provider-results.tsx';
import { ProviderSearchForm } from '#app/components/providers/provider-search-form.tsx';
import providersStyles from '#app/components/providers/providers.css?url';
import { formatResultCount } from '#app/components/providers/providers-format.ts';
import { format, getMessages, isLang } from '#app/i18n/index.ts';
import { useMessages } from '#app/i18n/use-messages.ts';
import { getApiUrl } from '#app/lib/context.server.ts';
import { loadProviderSearchPage } from './providers-page.server.ts';

/*
 * The provider directory: `/prestataires?near=69001&service=…`. The address holds the whole
 * search, so results can be bookmarked, shared and paged without JavaScript; the form is a GET
 * form and the server resolves the place through the API.
 */

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: leafletStyles },
  { rel: 'stylesheet', href: providersStyles },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const page = await loadProviderSearchPage(getApiUrl(context), new URL(request.url), {
    requestId: request.headers.get('x-request-id') ?? undefined,
    forwardedFor: context.clientAddress,
  });
  if (page.kind === 'redirect') throw redirect(page.location);
  return data({ search: page.search, outcome: page.outcome, pinned: page.pinned }, { status: page.status });
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) => {
  const rootData = matches.find((match) => match.id === 'root')?.data as { lang?: unknown } | undefined;
  const lang = isLang(rootData?.lang) ? rootData.lang : 'fr';
  const m = getMessages(lang);
  const p = m.providers;
  const parts: string[] = [];
  const outcome = loaderData?.outcome;
  if (outcome?.kind === 'results') {
    parts.push(
      formatResultCount(
        outcome.result.total,
        loaderData!.search.radiusKm,
        outcome.result.near,
        lang,
        loaderData!.search.remote,
      ),
    );
    if (outcome.result.page > 1) parts.push(format(p.pageTitle, { page: outcome.result.page }));
  } else if (outcome?.kind === 'unknown-place') {
    parts.push(p.unknownPlaceTitle);
  } else if (outcome?.kind === 'unavailable' || outcome?.kind === 'invalid') {
    parts.push(outcome.kind === 'invalid' ? p.invalidTitle : p.unavailableTitle);
  }
  parts.push(p.metaTitle, m.meta.siteName);
  return [{ title: parts.join(' — ') }, { name: 'description', content: p.metaDescription }];
};

export default function ProvidersPage() {
  const { search, outcome, pinned } = useLoaderData<typeof loader>();
  const m = useMessages();
  const p = m.providers;
  const mapSettings = useMapSettings();
  return (
    <div className="fr-container fr-pt-2w fr-pt-md-4w fr-pb-8w">
      <h1 className="vigie-providers-title">{p.title}</h1>
      {/* Once there are results, they are what a visitor came for: on a phone the first one must show in the first screen. */}
      {outcome.kind === 'prompt' ? <p className="fr-text--lead">{p.lead}</p> : null}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4 fr-col-lg-3">
          <ProviderSearchForm
            search={search}
            pinned={pinned}
            facets={outcome.kind === 'results' && outcome.result.total > 0 ? outcome.result.facets : null}
            placeError={
              outcome.kind === 'unknown-place'
                ? format(p.unknownPlaceText, { place: outcome.near })
                : undefined
            }
          />
        </div>
        <div className="fr-col-12 fr-col-md-8 fr-col-lg-9 vigie-providers-results-column">
          <ProviderResults search={search} outcome={outcome} mapSettings={mapSettings} />
        </div>
      </div>
    </div>
  );
}
