import { Link } from '@remix-run/react';
import { useMessages } from '#app/i18n/use-messages.ts';
import { STEP_HEADING_ID } from './step-focus.ts';
import type { InvalidJourneyView } from './types.ts';

/** A `?parcours=` that cannot be replayed: say so plainly and offer a fresh start (never an error page). */
export function InvalidJourney({ view }: { view: InvalidJourneyView }) {
  const m = useMessages().diagnostic;
  return (
    <>
      <h1 id={STEP_HEADING_ID} tabIndex={-1}>
        {m.invalidTitle}
      </h1>
      <div className="fr-alert fr-alert--warning fr-mb-4w">
        <p>{view.reason === 'incompatible' ? m.invalidIncompatible : m.invalidMalformed}</p>
      </div>
      <p>{m.invalidAdvice}</p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Link className="fr-btn" to="/diagnostic">
            {m.restartDiagnostic}
          </Link>
        </li>
      </ul>
    </>
  );
}
