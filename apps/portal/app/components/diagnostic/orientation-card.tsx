import { Link } from '@remix-run/react';
import { format } from '#app/i18n/index.ts';
import { useMessages } from '#app/i18n/use-messages.ts';
import type { OrientationView } from './types.ts';

/** "https://www.17cyber.gouv.fr/x" -> "17cyber.gouv.fr": what a reader recognises. */
function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** `tel:0805805817` for "0 805 805 817": URI schemes take digits, not the spaces written for reading. */
function dialable(scheme: 'tel' | 'sms', number: string): string {
  return `${scheme}:${number.replace(/[^\d+]/g, '')}`;
}

/** Where to turn: a DSFR card with how to reach it (phone, text, website), its hours, and a main action. */
export function OrientationCard({
  orientation,
  headingId,
  inPageTarget,
}: {
  orientation: OrientationView;
  headingId: string;
  /**
   * The id of a section of this page that does what the card's main action would (the provider
   * search of an outcome): the action leads there, and with JavaScript puts the focus in its field.
   */
  inPageTarget?: string;
}) {
  const m = useMessages();
  const d = m.diagnostic;
  const { phone, sms, url, href } = orientation;
  const newWindow = `${orientation.name} - ${m.shell.newWindow}`;
  return (
    <div className="fr-card vigie-orientation" id={`orientation-${orientation.id}`}>
      <div className="fr-card__body">
        <div className="fr-card__content">
          <h3 className="fr-card__title" id={headingId}>
            {orientation.name}
          </h3>
          <p className="fr-card__desc">{orientation.description}</p>
          <div className="fr-card__end">
            <dl className="vigie-orientation__facts fr-text--sm">
              {phone ? (
                <div>
                  <dt>{d.phone}</dt>
                  <dd>
                    <a href={dialable('tel', phone)}>{phone}</a>
                  </dd>
                </div>
              ) : null}
              {sms ? (
                <div>
                  <dt>{d.sms}</dt>
                  <dd>
                    <a href={dialable('sms', sms)}>{sms}</a>
                  </dd>
                </div>
              ) : null}
              {url ? (
                <div>
                  <dt>{d.website}</dt>
                  <dd>
                    <a href={url} target="_blank" rel="noopener external" title={newWindow}>
                      {displayHost(url)}
                    </a>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{d.hours}</dt>
                <dd>{orientation.hours}</dd>
              </div>
            </dl>
          </div>
        </div>
        {href || phone || url ? (
          <div className="fr-card__footer">
            <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
              {href ? (
                <li>
                  {inPageTarget ? (
                    <a
                      className="fr-btn fr-icon-map-pin-2-line"
                      href={`#${inPageTarget}`}
                      onClick={(event) => {
                        // The visitor's next move is to type a place: bring the section into view and
                        // put the focus in its field (following the link itself would drop the focus).
                        const section = document.getElementById(inPageTarget);
                        const field = section?.querySelector<HTMLInputElement>('input[name="near"]');
                        if (!section || !field) return;
                        event.preventDefault();
                        section.scrollIntoView({ block: 'start' });
                        field.focus({ preventScroll: true });
                      }}
                    >
                      {d.findProvider}
                    </a>
                  ) : orientation.id === 'provider' ? (
                    <Link className="fr-btn fr-icon-map-pin-2-line" to={href}>
                      {d.findProvider}
                    </Link>
                  ) : (
                    <Link className="fr-btn fr-btn--secondary" to={href} aria-describedby={headingId}>
                      {d.visitWebsite}
                    </Link>
                  )}
                </li>
              ) : phone ? (
                <li>
                  <a className="fr-btn fr-icon-phone-fill" href={dialable('tel', phone)}>
                    {format(d.callNumber, { number: phone })}
                  </a>
                </li>
              ) : url ? (
                <li>
                  <a
                    className="fr-btn fr-btn--secondary"
                    href={url}
                    target="_blank"
                    rel="noopener external"
                    title={newWindow}
                    aria-describedby={headingId}
                  >
                    {d.visitWebsite}
                  </a>
                </li>
              ) : null}
            </ul>
          </div>
        ) : null}
      </div>
    </div>
  );
}
