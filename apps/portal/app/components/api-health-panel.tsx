import { useMessages } from '#app/i18n/use-messages.ts';
import type { ApiHealthResult } from '#app/lib/api.server.ts';

/**
 * Whether the API answers, with its versions, search engine and database; the page around it
 * gives the heading. Renders an "unavailable" alert rather than failing.
 */
export function ApiHealthPanel({ result }: { result: ApiHealthResult }) {
  const m = useMessages();
  return (
    <div className="vigie-health fr-p-3w">
      {result.available ? (
        <>
          <p
            className={`fr-badge ${result.health.status === 'ok' ? 'fr-badge--success' : 'fr-badge--warning'}`}
          >
            {result.health.status === 'ok' ? m.health.ok : m.health.degraded}
          </p>
          <dl className="vigie-health__facts fr-mt-2w fr-mb-0">
            <div>
              <dt>{m.health.catalogueVersion}</dt>
              <dd>{result.health.catalogueVersion}</dd>
            </div>
            <div>
              <dt>{m.health.searchEngine}</dt>
              <dd>
                {result.health.search.engine === 'meilisearch'
                  ? m.health.engineMeilisearch
                  : m.health.engineEmbedded}
                {' — '}
                {result.health.search.status === 'ok' ? m.health.componentOk : m.health.componentDegraded}
              </dd>
            </div>
            <div>
              <dt>{m.health.database}</dt>
              <dd>
                {result.health.database.status === 'ok' ? m.health.componentOk : m.health.componentDegraded}
              </dd>
            </div>
            <div>
              <dt>{m.health.apiVersion}</dt>
              <dd>{result.health.version}</dd>
            </div>
          </dl>
        </>
      ) : (
        <div className="fr-alert fr-alert--warning">
          <h2 className="fr-alert__title">{m.health.unavailable}</h2>
          <p>{m.health.unavailableText}</p>
        </div>
      )}
    </div>
  );
}
