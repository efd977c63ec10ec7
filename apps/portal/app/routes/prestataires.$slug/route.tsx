import iconsArrowsStyles from '@gouvfr/dsfr/dist/utility/icons/icons-arrows/icons-arrows.min.css?url';
import iconsBusinessStyles from '@gouvfr/dsfr/dist/utility/icons/icons-business/icons-business.min.css?url';
import iconsDeviceStyles from '@gouvfr/dsfr/dist/utility/icons/icons-device/icons-device.min.css?url';
import { data, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { isRouteErrorResponse, type MetaFunction, useLoaderData, useRouteError } from '@remix-run/react';
import leafletStyles from 'leaflet/dist/leaflet.css?url';
import { ErrorPage } from '#app/components/error-page.tsx';
import { ProviderNotFound, ProviderProfile } from '#app/components/providers/provider-profile.tsx';
import providersStyles from '#app/components/providers/providers.css?url';
import { getProviderProfile } from '#app/components/providers/providers-api.server.ts';
import { isPast } from '#app/components/providers/providers-format.ts';
import { RETURN_PARAM, returnHref } from '#app/components/providers/providers-query.ts';
import { getMessages, isLang } from '#app/i18n/index.ts';
import { getApiUrl } from '#app/lib/context.server.ts';

/** `/prestataires/{slug}`: a provider's public profile; a real 404 for a slug the API does not know. */

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: iconsArrowsStyles },
  { rel: 'stylesheet', href: iconsBusinessStyles },
  { rel: 'stylesheet', href: iconsDeviceStyles },
  { rel: 'stylesheet', href: leafletStyles },
  { rel: 'stylesheet', href: providersStyles },
];

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const found = await getProviderProfile(getApiUrl(context), params.slug ?? '', {
    requestId: request.headers.get('x-request-id') ?? undefined,
    forwardedFor: context.clientAddress,
  });
  if (!found.ok) throw data(null, { status: found.reason === 'not-found' ? 404 : 503 });
  const { provider } = found;
  return data({
    provider,
    backHref: returnHref(new URL(request.url).searchParams.get(RETURN_PARAM)),
    labelExpired: isPast(provider.label?.expiresAt, new Date()),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches, error }) => {
  const rootData = matches.find((match) => match.id === 'root')?.data as { lang?: unknown } | undefined;
  const m = getMessages(isLang(rootData?.lang) ? rootData.lang : 'fr');
  const p = m.providers;
  if (!loaderData) {
    const notFound = isRouteErrorResponse(error) && error.status === 404;
    return [{ title: `${notFound ? p.notFoundTitle : m.errors.unexpectedTitle} — ${m.meta.siteName}` }];
  }
  const { provider } = loaderData;
  return [
    { title: `${provider.name} — ${p.metaProfile} — ${m.meta.siteName}` },
    { name: 'description', content: provider.description.slice(0, 300) },
  ];
};

export default function ProviderProfilePage() {
  const { provider, backHref, labelExpired } = useLoaderData<typeof loader>();
  return <ProviderProfile provider={provider} backHref={backHref} labelExpired={labelExpired} />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <ProviderNotFound />;
  return <ErrorPage kind="unexpected" status={isRouteErrorResponse(error) ? error.status : 500} />;
}
