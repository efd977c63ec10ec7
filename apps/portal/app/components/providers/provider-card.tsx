import { Link } from '@remix-run/react';
import type { ProviderSearchItem } from '@vigie/api/client';
import { useLang, useMessages } from '#app/i18n/use-messages.ts';
import { ExpertCyberBadge } from './expert-cyber-badge.tsx';
import { formatDistanceAway, formatRating, serviceName, sortServices } from './providers-format.ts';

/**
 * One result: a DSFR card whose title links to the profile (the whole card is clickable), with
 * its number in the results, the one its pin carries on the map.
 */
export function ProviderCard({
  item,
  href,
  number,
}: {
  item: ProviderSearchItem;
  href: string;
  /** Its number in the results, when a map shows them too; none in a short list without a map. */
  number?: number;
}) {
  const m = useMessages();
  const lang = useLang();
  const p = m.providers;
  const rating = formatRating(item.rating, lang);
  const modes = [item.onSite ? p.onSite : null, item.remote ? p.remote : null].filter(Boolean).join(' · ');
  return (
    <div className="fr-card fr-card--sm fr-enlarge-link vigie-provider-card">
      <div className="fr-card__body">
        <div className="fr-card__content">
          <h3 className="fr-card__title">
            {/* The list says the position already: the number is for the eye, to find the pin. */}
            {number !== undefined ? (
              <span className="vigie-result-number" aria-hidden="true">
                {number}
              </span>
            ) : null}
            <Link to={href}>{item.name}</Link>
          </h3>
          <div className="fr-card__desc">
            <ul className="fr-tags-group" aria-label={p.servicesLabel}>
              {sortServices(item.services).map((service) => (
                <li key={service}>
                  <p className="fr-tag fr-tag--sm">{serviceName(service, lang)}</p>
                </li>
              ))}
            </ul>
          </div>
          <div className="fr-card__start">
            {item.label === 'expertcyber' ? (
              <ul className="fr-badges-group">
                <li>
                  <ExpertCyberBadge small />
                </li>
              </ul>
            ) : null}
            <p className="fr-card__detail fr-icon-map-pin-2-line">
              {/* One inline box: the DSFR lays details out with flexbox, which would eat the spaces. */}
              <span>
                <span className="vigie-provider-card__distance">
                  {formatDistanceAway(item.distanceKm, lang, item.approximate)}
                </span>
                {' — '}
                {item.city} ({item.postcode})
              </span>
            </p>
          </div>
          <div className="fr-card__end">
            {modes ? <p className="fr-card__detail">{modes}</p> : null}
            {rating ? <p className="fr-card__detail fr-icon-star-fill">{rating}</p> : null}
          </div>
        </div>
      </div>
    </div>
  );
}
