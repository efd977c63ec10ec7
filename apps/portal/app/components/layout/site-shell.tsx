import { Link, NavLink } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useMessages } from '#app/i18n/use-messages.ts';
import { discloseModal } from '#app/lib/dsfr.client.ts';
import { LanguageSwitch } from '../language-switch.tsx';

/*
 * Everything that identifies the operator lives in this file and in operator.ts beside it: the
 * State's marks ("République Française" logo block, which the DSFR renders with the Marianne), the
 * header, the footer, the official links, and the facts the legal pages name. Another operator
 * replaces these two files and keeps the pages.
 */

const officialLinks = ['info.gouv.fr', 'service-public.gouv.fr', 'legifrance.gouv.fr', 'data.gouv.fr'];

/** The page frame: skip links, DSFR header with the service name and menu, main content, footer. */
export function SiteShell({ children }: { children: ReactNode }) {
  const m = useMessages();
  return (
    <>
      <div className="fr-skiplinks">
        <nav className="fr-container" aria-label={m.shell.skipLinksLabel}>
          <ul className="fr-skiplinks__list">
            <li>
              <a className="fr-link" href="#content">
                {m.shell.skipToContent}
              </a>
            </li>
            <li>
              <a className="fr-link" href="#header-navigation">
                {m.shell.skipToMenu}
              </a>
            </li>
            <li>
              <a className="fr-link" href="#footer">
                {m.shell.skipToFooter}
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <SiteHeader />
      <main id="content" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

function StateLogo() {
  return (
    <p className="fr-logo">
      République
      <br />
      Française
    </p>
  );
}

function ToolLinks() {
  return (
    <ul className="fr-btns-group">
      <li>
        <LanguageSwitch />
      </li>
    </ul>
  );
}

function SiteHeader() {
  const m = useMessages();
  return (
    <header className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                <div className="fr-header__logo">
                  <StateLogo />
                </div>
                <div className="fr-header__navbar">
                  <button
                    type="button"
                    className="fr-btn--menu fr-btn"
                    data-fr-opened="false"
                    aria-controls="header-menu-modal"
                    id="header-menu-button"
                    title={m.shell.menu}
                    // The DSFR's script, which runs the menu modal on small screens, loads on this first press.
                    onClick={(event) => discloseModal('header-menu-modal', event.currentTarget)}
                  >
                    {m.shell.menu}
                  </button>
                </div>
              </div>
              <div className="fr-header__service">
                <Link to="/" title={m.shell.homeLinkTitle}>
                  <p className="fr-header__service-title">{m.shell.serviceName}</p>
                </Link>
                <p className="fr-header__service-tagline">{m.shell.tagline}</p>
              </div>
            </div>
            <div className="fr-header__tools">
              <div className="fr-header__tools-links">
                <ToolLinks />
              </div>
            </div>
          </div>
        </div>
      </div>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: on small screens the DSFR script makes this a role="dialog" named by the menu button; it removes the label again on large screens. */}
      <div className="fr-header__menu fr-modal" id="header-menu-modal" aria-labelledby="header-menu-button">
        <div className="fr-container">
          <button
            type="button"
            className="fr-btn--close fr-btn"
            aria-controls="header-menu-modal"
            title={m.shell.close}
          >
            {m.shell.close}
          </button>
          {/* The DSFR shows the tool links here on small screens; in "react" mode we render the copy ourselves. */}
          <div className="fr-header__menu-links">
            <ToolLinks />
          </div>
          <nav className="fr-nav" id="header-navigation" aria-label={m.shell.mainNavLabel}>
            <ul className="fr-nav__list">
              <li className="fr-nav__item">
                <NavLink className="fr-nav__link" to="/" end>
                  {m.shell.navHome}
                </NavLink>
              </li>
              <li className="fr-nav__item">
                <NavLink className="fr-nav__link" to="/diagnostic">
                  {m.shell.navDiagnostic}
                </NavLink>
              </li>
              <li className="fr-nav__item">
                <NavLink className="fr-nav__link" to="/prestataires">
                  {m.shell.navProviders}
                </NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}

function SiteFooter() {
  const m = useMessages();
  return (
    <footer className="fr-footer" id="footer">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand fr-enlarge-link">
            <Link to="/" title={m.shell.homeLinkTitle}>
              <StateLogo />
            </Link>
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">{m.shell.footerDescription}</p>
            <ul className="fr-footer__content-list">
              {officialLinks.map((host) => (
                <li className="fr-footer__content-item" key={host}>
                  <a
                    className="fr-footer__content-link"
                    href={`https://www.${host}`}
                    target="_blank"
                    rel="noopener external"
                    title={`${host} - ${m.shell.newWindow}`}
                  >
                    {host}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            <li className="fr-footer__bottom-item">
              <Link className="fr-footer__bottom-link" to="/accessibilite">
                {m.shell.footerAccessibility}
              </Link>
            </li>
            <li className="fr-footer__bottom-item">
              <Link className="fr-footer__bottom-link" to="/mentions-legales">
                {m.shell.footerLegal}
              </Link>
            </li>
            <li className="fr-footer__bottom-item">
              <Link className="fr-footer__bottom-link" to="/donnees-personnelles">
                {m.shell.footerPrivacy}
              </Link>
            </li>
            <li className="fr-footer__bottom-item">
              <Link className="fr-footer__bottom-link" to="/health">
                {m.shell.footerStatus}
              </Link>
            </li>
          </ul>
          <div className="fr-footer__bottom-copy">
            <p>
              {m.shell.licence}{' '}
              <a
                href="https://github.com/etalab/licence-ouverte/blob/master/LO.md"
                target="_blank"
                rel="noopener external"
                title={`Licence etalab-2.0 - ${m.shell.newWindow}`}
              >
                licence etalab-2.0
              </a>
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
