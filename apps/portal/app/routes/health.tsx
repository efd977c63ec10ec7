import { data, type HeadersFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { type MetaFunction, useLoaderData } from '@remix-run/react';
import { ApiHealthPanel } from '#app/components/api-health-panel.tsx';
import { getMessages, isLang } from '#app/i18n/index.ts';
import { useMessages } from '#app/i18n/use-messages.ts';
import { getApiHealth } from '#app/lib/api.server.ts';
import { getApiUrl } from '#app/lib/context.server.ts';

/*
 * The service status for people and for monitoring: 200 while the API answers (even degraded,
 * which the page shows), 503 when it does not. Never cached: an old status is a wrong status.
 */
export async function loader({ context }: LoaderFunctionArgs) {
  const apiHealth = await getApiHealth(getApiUrl(context));
  return data(
    { apiHealth },
    { status: apiHealth.available ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const rootData = matches.find((match) => match.id === 'root')?.data as { lang?: unknown } | undefined;
  const m = getMessages(isLang(rootData?.lang) ? rootData.lang : 'fr');
  return [
    { title: `${m.health.title} — ${m.meta.siteName}` },
    { name: 'description', content: m.health.lead },
    { name: 'robots', content: 'noindex' },
  ];
};

export default function HealthPage() {
  const { apiHealth } = useLoaderData<typeof loader>();
  const m = useMessages();
  return (
    <div className="fr-container fr-py-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
          <h1>{m.health.title}</h1>
          <p className="fr-text--lead">{m.health.lead}</p>
          <ApiHealthPanel result={apiHealth} />
        </div>
      </div>
    </div>
  );
}
