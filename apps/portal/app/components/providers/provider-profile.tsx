import { Link } from '@remix-run/react';
import type { ProviderProfile as Profile } from '@vigie/api/client';
import { useEffect, useState } from 'react';
import { format } from '#app/i18n/index.ts';
import { useLang, useMessages } from '#app/i18n/use-messages.ts';
import { ExpertCyberBadge } from './expert-cyber-badge.tsx';
import { ProviderLocationMap, type ProviderLocationMapProps, useMapSettings } from './provider-map.tsx';
import {
  formatDate,
  formatRating,
  languageName,
  publicName,
  serviceDescription,
  serviceName,
  sortServices,
  telHref,
  websiteHost,
} from './providers-format.ts';

/** "12345678900012" -> "123 456 789 00012", the way a SIRET is printed. */
export function formatSiret(siret: string): string {
  const digits = siret.replace(/\D/g, '');
  return digits.length === 14
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`
    : siret;
}

/** A provider's public profile: who they are, what they do, for whom, where and how to reach them. */
export function ProviderProfile({
  provider,
  backHref,
  labelExpired,
}: {
  provider: Profile;
  /** The search the visitor came from, or the directory. */
  backHref: string;
  /** Decided by the server, so the page reads the same before and after hydration. */
  labelExpired: boolean;
}) {
  const m = useMessages();
  const lang = useLang();
  const p = m.providers;
  const mapSettings = useMapSettings();
  const rating = formatRating(provider.rating, lang);
  const { email, phone, website } = provider.contact;
  const host = website ? websiteHost(website) : null;
  const hoursText = provider.hours.text?.[lang];
  const fullAddress = `${provider.address}, ${provider.postcode} ${provider.city}`;

  return (
    <div className="fr-container fr-pt-4w fr-pb-8w">
      <p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={backHref}>
          {backHref === '/prestataires' ? p.searchAgain : p.backToResults}
        </Link>
      </p>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          {provider.label && !labelExpired ? (
            <ul className="fr-badges-group">
              <li>
                <ExpertCyberBadge />
              </li>
            </ul>
          ) : null}
          <h1>{provider.name}</h1>
          <dl className="vigie-provider-facts fr-text--sm fr-mb-4w">
            <div>
              <dt>{p.legalName}</dt>
              <dd>{provider.legalName}</dd>
            </div>
            <div>
              <dt>{p.siret}</dt>
              <dd>{formatSiret(provider.siret)}</dd>
            </div>
          </dl>
        </div>
      </div>

      <div className="fr-grid-row fr-grid-row--gutters">
        {/* First in the page, so a phone shows how to reach the provider before the description;
            beside it on a wider screen. */}
        <div className="fr-col-12 fr-col-md-4 vigie-provider-aside-column">
          <div className="vigie-provider-aside fr-p-3w">
            <h2 className="fr-h5">{p.contactTitle}</h2>
            {email || phone || host ? (
              <ul className="vigie-provider-contact">
                {phone ? (
                  <li>
                    <span className="fr-sr-only">{p.phone} : </span>
                    <a className="fr-link fr-icon-phone-line fr-link--icon-left" href={telHref(phone)}>
                      {phone}
                    </a>
                  </li>
                ) : null}
                {email ? (
                  <li>
                    <span className="fr-sr-only">{p.email} : </span>
                    <a className="fr-link fr-icon-mail-line fr-link--icon-left" href={`mailto:${email}`}>
                      {email}
                    </a>
                  </li>
                ) : null}
                {website && host ? (
                  <li>
                    <span className="fr-sr-only">{p.website} : </span>
                    <a
                      className="fr-link fr-icon-global-line fr-link--icon-left"
                      href={website}
                      target="_blank"
                      rel="noopener noreferrer external"
                      title={`${host} - ${m.shell.newWindow}`}
                    >
                      {host}
                    </a>
                  </li>
                ) : null}
              </ul>
            ) : (
              <p>{p.noContact}</p>
            )}

            <h3 className="fr-h6 fr-mt-3w fr-mb-1w">{p.addressTitle}</h3>
            <address className="fr-mb-2w">
              {provider.address}
              <br />
              {provider.postcode} {provider.city}
            </address>
            <ProfileMap
              settings={mapSettings}
              location={provider.location}
              label={format(p.mapProfileDescription, { name: provider.name, address: fullAddress })}
            />
          </div>
        </div>

        <div className="fr-col-12 fr-col-md-8">
          <h2 className="fr-h4">{p.aboutTitle}</h2>
          <p className="vigie-provider-description">{provider.description}</p>

          <h2 className="fr-h4">{p.servicesTitle}</h2>
          <ul className="fr-mb-4w">
            {sortServices(provider.services).map((service) => {
              const description = serviceDescription(service, lang);
              return (
                <li key={service}>
                  <strong>{serviceName(service, lang)}</strong>
                  {description ? ` — ${description}` : null}
                </li>
              );
            })}
          </ul>

          <h2 className="fr-h4">{p.publicsTitle}</h2>
          <ul className="fr-mb-4w">
            {provider.publics.map((pub) => (
              <li key={pub}>{publicName(pub, lang)}</li>
            ))}
          </ul>

          <h2 className="fr-h4">{p.interventionTitle}</h2>
          <ul className="fr-mb-4w">
            <li>
              {provider.onSite
                ? format(p.onSiteRadius, { radius: provider.radiusKm, city: provider.city })
                : p.noOnSite}
            </li>
            <li>{provider.remote ? p.remoteYes : p.noRemote}</li>
          </ul>

          <h2 className="fr-h4">{p.hoursTitle}</h2>
          <p>{provider.hours.always ? p.hoursAlways : (hoursText ?? p.hoursUnknown)}</p>

          {provider.languages.length > 0 ? (
            <>
              <h2 className="fr-h4">{p.languagesTitle}</h2>
              <p>{provider.languages.map((code) => languageName(code, lang)).join(', ')}</p>
            </>
          ) : null}

          {provider.label ? (
            <>
              <h2 className="fr-h4">{p.labelTitle}</h2>
              <p>{p.labelText}</p>
              {labelExpired ? (
                <p>{format(p.labelExpired, { date: formatDate(provider.label.expiresAt, lang) ?? '' })}</p>
              ) : null}
              <dl className="vigie-provider-facts fr-mb-4w">
                {provider.label.certificate ? (
                  <div>
                    <dt>{p.labelCertificate}</dt>
                    <dd>{provider.label.certificate}</dd>
                  </div>
                ) : null}
                {formatDate(provider.label.grantedAt, lang) ? (
                  <div>
                    <dt>{p.labelGranted}</dt>
                    <dd>{formatDate(provider.label.grantedAt, lang)}</dd>
                  </div>
                ) : null}
                {formatDate(provider.label.expiresAt, lang) && !labelExpired ? (
                  <div>
                    <dt>{p.labelExpires}</dt>
                    <dd>{formatDate(provider.label.expiresAt, lang)}</dd>
                  </div>
                ) : null}
              </dl>
            </>
          ) : (
            <>
              <h2 className="fr-h4">{p.referencedTitle}</h2>
              <p>{p.referencedText}</p>
            </>
          )}

          <h2 className="fr-h4">{p.ratingTitle}</h2>
          <p>{rating ?? p.noRating}</p>
        </div>
      </div>
    </div>
  );
}

/**
 * The profile's map, drawn only when asked for: the address is on the page as text, and Leaflet
 * and the tiles are fetched for those who want to see the place. The button needs JavaScript,
 * so it only appears once the page runs it.
 */
function ProfileMap(props: ProviderLocationMapProps) {
  const p = useMessages().providers;
  const [canShow, setCanShow] = useState(false);
  const [shown, setShown] = useState(false);
  useEffect(() => setCanShow(true), []);
  if (shown) return <ProviderLocationMap {...props} />;
  if (!canShow) return null;
  return (
    <button
      type="button"
      className="fr-btn fr-btn--tertiary fr-btn--sm fr-btn--icon-left fr-icon-map-pin-2-line"
      onClick={() => setShown(true)}
    >
      {p.showMap}
    </button>
  );
}

/** The page for a slug nobody answers to: a 404 that leads back to the search. */
export function ProviderNotFound() {
  const m = useMessages();
  const p = m.providers;
  return (
    <div className="fr-container fr-my-7w">
      <h1>{p.notFoundTitle}</h1>
      <p className="fr-text--sm fr-mb-3w">{p.notFoundCode}</p>
      <p className="fr-text--lead">{p.notFoundText}</p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Link className="fr-btn" to="/prestataires">
            {p.searchAgain}
          </Link>
        </li>
      </ul>
    </div>
  );
}
