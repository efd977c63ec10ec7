import pictogramPublicBody from '@gouvfr/dsfr/dist/artwork/pictograms/buildings/city-hall.svg?url';
import pictogramBusiness from '@gouvfr/dsfr/dist/artwork/pictograms/buildings/companie.svg?url';
import pictogramIndividual from '@gouvfr/dsfr/dist/artwork/pictograms/digital/avatar.svg?url';
import { Form } from '@remix-run/react';
import type { Public } from '@vigie/diagnostic';
import { useMessages } from '#app/i18n/use-messages.ts';
import { Pictogram } from '../pictogram.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { problemMessage, publicHint, publicLabel } from './labels.ts';
import { STEP_HEADING_ID } from './step-focus.ts';
import type { FormProblem } from './types.ts';

const pictograms: Record<Public, string> = {
  individual: pictogramIndividual,
  business: pictogramBusiness,
  'public-body': pictogramPublicBody,
};

/** First step: who the diagnostic is for. Each public has its own first question. */
export function PublicChoice({ publics, problem }: { publics: readonly Public[]; problem?: FormProblem }) {
  const m = useMessages().diagnostic;
  const error = problem ? problemMessage(m, problem) : undefined;
  return (
    <>
      <h1 id={STEP_HEADING_ID} tabIndex={-1}>
        {m.title}
      </h1>
      <p className="fr-text--lead">{m.lead}</p>
      {error ? (
        <ErrorSummary items={[{ href: `#public-${publics[0]}`, message: error }]} focusKey={problem} />
      ) : null}
      <Form method="post" action="/diagnostic" noValidate>
        <input type="hidden" name="intent" value="start" />
        <fieldset
          className={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`}
          id="public"
          aria-labelledby="public-legend public-messages"
        >
          <legend className="fr-fieldset__legend" id="public-legend">
            {m.publicLegend}
          </legend>
          {publics.map((pub) => (
            <div className="fr-fieldset__element" key={pub}>
              <div className="fr-radio-group fr-radio-rich">
                <input type="radio" id={`public-${pub}`} name="public" value={pub} />
                <label className="fr-label" htmlFor={`public-${pub}`}>
                  {publicLabel(m, pub)} <span className="fr-hint-text">{publicHint(m, pub)}</span>
                </label>
                <div className="fr-radio-rich__pictogram">
                  <Pictogram src={pictograms[pub]} />
                </div>
              </div>
            </div>
          ))}
          <div className="fr-messages-group" id="public-messages" aria-live="polite">
            {error ? (
              <p className="fr-message fr-message--error" id="public-message-error">
                {error}
              </p>
            ) : null}
          </div>
        </fieldset>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="submit" className="fr-btn">
              {m.start}
            </button>
          </li>
        </ul>
      </Form>
      <p className="fr-text--sm fr-mt-2w">{m.privacy}</p>
    </>
  );
}
