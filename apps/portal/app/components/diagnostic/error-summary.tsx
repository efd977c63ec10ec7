import { useEffect, useRef } from 'react';
import { useMessages } from '#app/i18n/use-messages.ts';

export type ErrorSummaryItem = { href: string; message: string };

/**
 * The list of what to fix, at the top of the form, each message linking to its field. With
 * JavaScript it takes the focus when it appears, so a screen reader reads it at once; without,
 * it comes first after the page's notices anyway. Pass the refused submission as `focusKey`.
 */
export function ErrorSummary({ items, focusKey }: { items: ErrorSummaryItem[]; focusKey?: unknown }) {
  const m = useMessages().diagnostic;
  const ref = useRef<HTMLElement>(null);
  // Once per refused submission (a new `focusKey`), not on every render: focus must not jump around.
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  if (items.length === 0) return null;
  return (
    <section
      className="fr-alert fr-alert--error fr-mb-4w vigie-error-summary"
      id="error-summary"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <h2 className="fr-alert__title" id="error-summary-title">
        {m.errorSummaryTitle}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.href + item.message}>
            <a href={item.href}>{item.message}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
