import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '#app/i18n/use-messages.ts';
import { MAX_NEAR_LENGTH, PINNED_PLACE_PARAM } from './providers-query.ts';
import type { PlaceSuggestion } from './types.ts';

/** Address of the resource route that proposes places (see routes/prestataires.lieux[.]json.ts). */
export const PLACE_SUGGESTIONS_PATH = '/prestataires/lieux.json';

/** Coordinates precise to about 100 m: enough to sort providers by distance, no more. */
const roundCoordinate = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Asks the browser where the visitor is, then gives "lat,lng" to 100 m to `found`, or tells
 * `failed` whether the visitor refused. Puts the place in `field` (a controlled input whose value
 * is applied on the next render) and submits its form, so the search starts at once.
 */
export function locateVisitor(
  field: HTMLInputElement | null,
  found: (near: string) => void,
  failed: (denied: boolean) => void,
): void {
  navigator.geolocation.getCurrentPosition(
    (position) => {
      const near = `${roundCoordinate(position.coords.latitude)},${roundCoordinate(position.coords.longitude)}`;
      found(near);
      if (field) {
        field.value = near;
        field.form?.requestSubmit();
      }
    },
    (problem) => failed(problem.code === problem.PERMISSION_DENIED),
    { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
  );
}

/**
 * The "postcode or town" field. Without JavaScript it is a plain text field the server resolves.
 * With it, a `<datalist>` proposes matching places as the visitor types (the browser makes the
 * field a combobox for assistive technologies), and "Near me" fills in the visitor's coordinates
 * from the browser's geolocation and submits the search.
 *
 * People read a place's label ("Saint-Denis (93)"); the API reads its exact form ("insee:93066").
 * While the text is the label of a place picked from the suggestions, or of the place the page
 * shows, a hidden field carries that place's exact form; any other text is sent as typed.
 */
export function PlaceField({
  value,
  onChange,
  pinned,
  error,
  children,
}: {
  value: string;
  onChange: (value: string) => void;
  /** The place the results are around, when the search names it exactly; `value` starts as its label. */
  pinned?: PlaceSuggestion;
  /** A message shown under the field, e.g. when the place was not found. */
  error?: string;
  /** Shown on the field's line, after it: the form's submit button, so a phone spends one line on both. */
  children?: ReactNode;
}) {
  const m = useMessages();
  const p = m.providers;
  const id = useId();
  const inputId = `${id}-near`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${id}-suggestions`;
  const statusId = `${id}-status`;
  const input = useRef<HTMLInputElement>(null);
  const [suggestions, setSuggestions] = useState<PlaceSuggestion[]>([]);
  // Every place suggested so far, by label: the visitor may pick one after the list has changed.
  const suggested = useRef(new Map<string, string>());
  const text = value.trim();
  const exact = text === pinned?.label ? pinned.near : suggested.current.get(text);
  // Only what the visitor types asks for suggestions, not the place a results page starts with.
  const [typed, setTyped] = useState(false);
  const [canLocate, setCanLocate] = useState(false);
  const [locating, setLocating] = useState(false);
  const [locateProblem, setLocateProblem] = useState<string | null>(null);

  // Feature detection happens in the browser only, so the server never renders a dead button.
  useEffect(() => setCanLocate(typeof navigator !== 'undefined' && 'geolocation' in navigator), []);

  // Ask for suggestions a moment after the visitor stops typing; a newer keystroke cancels the older request.
  useEffect(() => {
    const query = value.trim();
    // A picked place needs no more suggestions (its label is not something to search for).
    if (!typed || query.length < 2 || /^-?\d+(\.\d+)?\s*,/.test(query) || suggested.current.has(query)) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      fetch(`${PLACE_SUGGESTIONS_PATH}?${new URLSearchParams({ q: query })}`, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      })
        .then((response) => (response.ok ? response.json() : { suggestions: [] }))
        .then((body: { suggestions?: PlaceSuggestion[] }) => {
          const received = body.suggestions ?? [];
          for (const suggestion of received) suggested.current.set(suggestion.label, suggestion.near);
          setSuggestions(received);
        })
        .catch(() => {
          // Aborted or offline: typing still works, the server resolves the place on submit.
        });
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [value, typed]);

  const locate = () => {
    setLocateProblem(null);
    setLocating(true);
    locateVisitor(
      input.current,
      (near) => {
        setLocating(false);
        onChange(near);
      },
      (denied) => {
        setLocating(false);
        setLocateProblem(denied ? p.locateDenied : p.locateFailed);
      },
    );
  };

  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      {/* "Near me" on the label's line: on a phone, one line less before the results. */}
      <div className="vigie-place-head">
        <label className="fr-label" htmlFor={inputId}>
          {p.nearLabel}
          <span className="fr-hint-text" id={hintId}>
            {p.nearHint}
          </span>
        </label>
        {canLocate ? (
          <button
            type="button"
            className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-btn--icon-left fr-icon-map-pin-user-line"
            onClick={locate}
            disabled={locating}
            aria-describedby={statusId}
          >
            {p.aroundMe}
          </button>
        ) : null}
      </div>
      <div className="vigie-place-row">
        <input
          ref={input}
          className={`fr-input${error ? ' fr-input--error' : ''}`}
          id={inputId}
          name="near"
          type="text"
          list={listId}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_NEAR_LENGTH}
          value={value}
          onChange={(event) => {
            setTyped(true);
            onChange(event.target.value);
          }}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
        {children}
      </div>
      {exact !== undefined && exact !== text ? (
        <input type="hidden" name={PINNED_PLACE_PARAM} value={exact} />
      ) : null}
      <datalist id={listId}>
        {suggestions.map((suggestion) => (
          <option key={suggestion.near} value={suggestion.label} />
        ))}
      </datalist>
      {error ? (
        <p className="fr-error-text" id={errorId}>
          {error}
        </p>
      ) : null}
      <p className="fr-text--sm fr-mb-0 fr-mt-1v" id={statusId} aria-live="polite">
        {locating ? p.locating : locateProblem}
      </p>
    </div>
  );
}
