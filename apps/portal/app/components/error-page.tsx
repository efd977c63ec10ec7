import technicalErrorPictogram from '@gouvfr/dsfr/dist/artwork/pictograms/system/technical-error.svg?url';
import { Link } from '@remix-run/react';
import { format } from '#app/i18n/index.ts';
import { useMessages } from '#app/i18n/use-messages.ts';
import { Pictogram } from './pictogram.tsx';

export type ErrorPageProps =
  | { kind: 'not-found' }
  /** `details` is only ever passed in development: production pages never show internals. */
  | { kind: 'unexpected'; status: number; details?: string };

/** The DSFR "page not found" and "unexpected error" templates. */
export function ErrorPage(props: ErrorPageProps) {
  const m = useMessages();
  const notFound = props.kind === 'not-found';
  return (
    <div className="fr-container">
      <div className="fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
        <div className="fr-py-0 fr-col-12 fr-col-md-6">
          <h1>{notFound ? m.errors.notFoundTitle : m.errors.unexpectedTitle}</h1>
          <p className="fr-text--sm fr-mb-3w">
            {notFound ? m.errors.notFoundCode : format(m.errors.unexpectedCode, { status: props.status })}
          </p>
          <p className="fr-text--lead fr-mb-3w">
            {notFound ? m.errors.notFoundLead : m.errors.unexpectedLead}
          </p>
          <p className="fr-text--sm fr-mb-5w">{notFound ? m.errors.notFoundText : m.errors.unexpectedText}</p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Link className="fr-btn" to="/">
                {m.errors.backHome}
              </Link>
            </li>
          </ul>
          {props.kind === 'unexpected' && props.details ? (
            <pre className="fr-text--xs vigie-error-details">{props.details}</pre>
          ) : null}
        </div>
        <div className="fr-col-12 fr-col-md-3 fr-col-offset-md-1 fr-px-6w fr-px-md-0 fr-py-0">
          <Pictogram src={technicalErrorPictogram} size={160} />
        </div>
      </div>
    </div>
  );
}
