import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import { format } from '#app/i18n/index.ts';
import { useLang, useMessages } from '#app/i18n/use-messages.ts';
import { formatNumber } from './providers-format.ts';
import { paginationItems } from './providers-pagination.ts';

/**
 * DSFR pagination. Each link is the same search on another page, so it works without JavaScript;
 * with it, the navigation carries `focusResults` and the results heading takes focus.
 */
export function ProviderPagination({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  const m = useMessages();
  const lang = useLang();
  const p = m.providers;
  if (pages <= 1) return null;
  const link = (target: number, className: string, children: ReactNode, title?: string) =>
    target < 1 || target > pages || target === page ? (
      // The DSFR's disabled state: a link without href, announced as disabled.
      // biome-ignore lint/a11y/useValidAnchor: the DSFR pagination marks unavailable links this way.
      <a className={className} aria-disabled="true" role="link">
        {children}
      </a>
    ) : (
      <Link className={className} to={hrefFor(target)} title={title} state={{ focusResults: true }}>
        {children}
      </Link>
    );
  return (
    <nav className="fr-pagination fr-mt-4w" aria-label={p.paginationLabel}>
      <ul className="fr-pagination__list">
        <li>{link(1, 'fr-pagination__link fr-pagination__link--first', p.firstPage)}</li>
        <li>
          {link(
            page - 1,
            'fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label',
            p.previousPage,
          )}
        </li>
        {paginationItems(page, pages).map((item) =>
          item.kind === 'gap' ? (
            <li key={item.key}>
              <span className="fr-pagination__link vigie-pagination-gap" aria-hidden="true">
                …
              </span>
            </li>
          ) : (
            <li key={item.page}>
              {item.page === page ? (
                // biome-ignore lint/a11y/useValidAnchor: the DSFR pagination marks the current page with an anchor without href.
                <a
                  className="fr-pagination__link"
                  aria-current="page"
                  title={format(p.pageTitle, { page: item.page })}
                >
                  {formatNumber(item.page, lang)}
                </a>
              ) : (
                <Link
                  className="fr-pagination__link"
                  to={hrefFor(item.page)}
                  title={format(p.pageTitle, { page: item.page })}
                  state={{ focusResults: true }}
                >
                  {formatNumber(item.page, lang)}
                </Link>
              )}
            </li>
          ),
        )}
        <li>
          {link(
            page + 1,
            'fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label',
            p.nextPage,
          )}
        </li>
        <li>{link(pages, 'fr-pagination__link fr-pagination__link--last', p.lastPage)}</li>
      </ul>
    </nav>
  );
}
