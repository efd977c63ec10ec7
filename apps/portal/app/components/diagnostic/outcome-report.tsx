import { Link } from '@remix-run/react';
import type { Severity } from '@vigie/diagnostic';
import { format } from '#app/i18n/index.ts';
import { useMessages } from '#app/i18n/use-messages.ts';
import { DangerAlert } from './emergency-notice.tsx';
import { phaseLabel, severityLabel } from './labels.ts';
import { OrientationCard } from './orientation-card.tsx';
import { OUTCOME_PROVIDERS_ID, OutcomeProviders } from './outcome-providers.tsx';
import { STEP_HEADING_ID } from './step-focus.ts';
import type { OutcomeProvidersView, OutcomeView } from './types.ts';

const severityBadge: Record<Severity, string> = {
  info: 'fr-badge--info',
  low: 'fr-badge--success',
  high: 'fr-badge--warning',
  critical: 'fr-badge--error',
};

/**
 * The end of the journey: the threat, what to do phase by phase, where to turn (with providers
 * nearby when the outcome calls for one), and the answers given.
 */
export function OutcomeReport({
  view,
  providers,
}: {
  view: OutcomeView;
  /** The provider search of this outcome; null when it sends nobody to a provider. */
  providers: OutcomeProvidersView | null;
}) {
  const m = useMessages();
  const d = m.diagnostic;
  const policeChat = view.orientations.find((orientation) => orientation.id === 'police-chat');
  const directoryHref = view.orientations.find((orientation) => orientation.id === 'provider')?.href;
  return (
    <>
      <p className="vigie-diagnostic__caption">{d.outcomeCaption}</p>
      <h1 id={STEP_HEADING_ID} tabIndex={-1}>
        {view.threat.name}
      </h1>
      <p>
        <span className={`fr-badge fr-badge--no-icon ${severityBadge[view.severity]}`} id="outcome-severity">
          {format(d.severity, { severity: severityLabel(d, view.severity) })}
        </span>
      </p>
      {view.danger ? <DangerAlert /> : null}
      {view.urgent ? (
        <div className="fr-alert fr-alert--warning fr-mb-4w" id="urgent-alert">
          <h2 className="fr-alert__title">{d.urgentTitle}</h2>
          <p>{d.urgentText}</p>
          {policeChat?.url ? (
            <p className="fr-mt-1w">
              <a
                className="fr-link"
                href={policeChat.url}
                target="_blank"
                rel="noopener external"
                title={`${d.urgentLink} - ${m.shell.newWindow}`}
              >
                {d.urgentLink}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      {view.threat.description ? <p className="fr-text--lead">{view.threat.description}</p> : null}

      {view.advice.length > 0 ? (
        <section aria-labelledby="advice-title" className="fr-mt-6w">
          <h2 id="advice-title">{d.adviceTitle}</h2>
          {view.advice.map((group) => (
            <section key={group.phase} aria-labelledby={`advice-${group.phase}`} className="vigie-advice">
              <h3 className="fr-h5" id={`advice-${group.phase}`}>
                {phaseLabel(d, group.phase)}
              </h3>
              <ul>
                {group.items.map((item) => (
                  <li key={item.id}>{item.text}</li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}

      {view.orientations.length > 0 ? (
        <section aria-labelledby="orientations-title" className="fr-mt-6w">
          <h2 id="orientations-title">{d.orientationsTitle}</h2>
          <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list" id="orientations">
            {view.orientations.map((orientation) => (
              <li className="fr-col-12 fr-col-md-6" key={orientation.id}>
                <OrientationCard
                  orientation={orientation}
                  headingId={`orientation-${orientation.id}-title`}
                  inPageTarget={orientation.id === 'provider' && providers ? OUTCOME_PROVIDERS_ID : undefined}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {providers ? (
        <OutcomeProviders view={view} providers={providers} directoryHref={directoryHref} />
      ) : null}

      <section aria-labelledby="answers-title" className="fr-mt-6w">
        <h2 id="answers-title">{d.answersTitle}</h2>
        <dl className="vigie-answers">
          {view.answers.map((answer) => (
            <div key={answer.questionId} className="vigie-answers__row">
              <dt>{answer.question}</dt>
              <dd>{answer.options.join(', ')}</dd>
              <dd>
                <Link className="fr-link fr-link--sm" to={answer.editHref}>
                  {d.edit}
                  <span className="fr-sr-only"> {format(d.editAnswer, { question: answer.question })}</span>
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mt-4w">
        <li>
          <Link className="fr-btn fr-btn--secondary fr-icon-refresh-line" to="/diagnostic">
            {d.restart}
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-arrow-left-line" to={view.backHref}>
            {d.backToLastQuestion}
          </Link>
        </li>
      </ul>
    </>
  );
}
