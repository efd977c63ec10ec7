import { Form, Link } from '@remix-run/react';
import { format } from '#app/i18n/index.ts';
import { useMessages } from '#app/i18n/use-messages.ts';
import { DangerAlert } from './emergency-notice.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { problemMessage, publicLabel } from './labels.ts';
import { STEP_HEADING_ID } from './step-focus.ts';
import type { FormProblem, QuestionView } from './types.ts';

export type QuestionStepProps = {
  view: QuestionView;
  /** Why the last answer was refused, if it was. */
  problem?: FormProblem;
  /** Options to show ticked again after a refused answer. */
  selected?: readonly string[];
};

/**
 * One question as a DSFR fieldset: the question is the page's h1 inside the legend (one question
 * per page), help and "several answers" hints are linked with aria-describedby, radios for a
 * single choice and checkboxes for a multiple one. The form posts to this step's own address.
 */
export function QuestionStep({ view, problem, selected = [] }: QuestionStepProps) {
  const m = useMessages().diagnostic;
  const { question, options } = view;
  const inputType = question.multiple ? 'checkbox' : 'radio';
  const groupClass = question.multiple ? 'fr-checkbox-group' : 'fr-radio-group';
  const error = problem
    ? problemMessage(m, problem, {
        multiple: question.multiple,
        optionLabel: (id) => options.find((option) => option.id === id)?.label,
      })
    : undefined;
  const hintIds = [
    question.help ? 'question-hint' : null,
    question.multiple ? 'question-multiple-hint' : null,
  ]
    .filter(Boolean)
    .join(' ');
  const firstOption = options[0];

  return (
    <>
      {view.danger ? <DangerAlert /> : null}
      {error && firstOption ? (
        <ErrorSummary items={[{ href: `#option-${firstOption.id}`, message: error }]} focusKey={problem} />
      ) : null}
      {/* A new question gets fresh inputs: nothing stays ticked from the previous one. */}
      <Form method="post" action={view.selfHref} noValidate key={question.id}>
        <input type="hidden" name="intent" value="answer" />
        <input type="hidden" name="question" value={question.id} />
        <fieldset
          className={`fr-fieldset${error ? ' fr-fieldset--error' : ''}`}
          id="question"
          aria-labelledby="question-legend question-messages"
          aria-describedby={hintIds || undefined}
        >
          <legend className="fr-fieldset__legend" id="question-legend">
            <span className="vigie-diagnostic__caption">
              {format(m.caption, { public: publicLabel(m, view.public), number: view.number })}
            </span>
            <h1 className="fr-h3 fr-mb-1w" id={STEP_HEADING_ID} tabIndex={-1}>
              {question.text}
            </h1>
          </legend>
          {question.help || question.multiple ? (
            <div className="fr-fieldset__element">
              {question.help ? (
                <p className="fr-hint-text fr-mb-1v" id="question-hint">
                  {question.help}
                </p>
              ) : null}
              {question.multiple ? (
                <p className="fr-hint-text fr-mb-0" id="question-multiple-hint">
                  {m.multipleHint}
                </p>
              ) : null}
            </div>
          ) : null}
          {options.map((option) => (
            <div className="fr-fieldset__element" key={option.id}>
              <div className={groupClass}>
                <input
                  type={inputType}
                  id={`option-${option.id}`}
                  name="option"
                  value={option.id}
                  defaultChecked={selected.includes(option.id)}
                />
                <label className="fr-label" htmlFor={`option-${option.id}`}>
                  {option.label}
                </label>
              </div>
            </div>
          ))}
          <div className="fr-messages-group" id="question-messages" aria-live="polite">
            {error ? (
              <p className="fr-message fr-message--error" id="question-message-error">
                {error}
              </p>
            ) : null}
          </div>
        </fieldset>
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
          <li>
            <button type="submit" className="fr-btn">
              {m.continue}
            </button>
          </li>
          <li>
            <Link className="fr-btn fr-btn--secondary fr-icon-arrow-left-line" to={view.backHref}>
              {m.back}
            </Link>
          </li>
        </ul>
      </Form>
      <p className="fr-mt-4w">
        <Link className="fr-link fr-icon-refresh-line fr-link--icon-left" to="/diagnostic">
          {m.restart}
        </Link>
      </p>
    </>
  );
}
