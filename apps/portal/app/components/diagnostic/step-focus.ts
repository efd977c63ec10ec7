import { useEffect, useRef } from 'react';

/** Id of each step's h1 (question, outcome, choice of public), which takes the focus when the step changes. */
export const STEP_HEADING_ID = 'diagnostic-heading';

/**
 * Moves the focus to the new step's heading after an answer, a Back or a Change, so keyboard and
 * screen reader users go on reading at the question rather than at the top of the page. Remix
 * renders the next step in place; without JavaScript every step is a fresh page and nothing moves.
 * Not on the page's first render (a visitor who arrives keeps the browser's starting point), not
 * when only the outcome's provider search changed (same key), and not for a refused answer (same
 * key too): the error summary takes the focus then.
 */
export function useStepFocus(stepKey: string): void {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const previous = shown.current;
    shown.current = stepKey;
    if (previous === null || previous === stepKey) return;
    document.getElementById(STEP_HEADING_ID)?.focus();
  }, [stepKey]);
}
