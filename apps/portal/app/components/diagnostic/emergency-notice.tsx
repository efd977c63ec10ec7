import { useMessages } from '#app/i18n/use-messages.ts';

/** The permanent reminder on every step of the diagnostic: a DSFR "important information" banner. */
export function EmergencyNotice() {
  const m = useMessages().diagnostic;
  return (
    <div className="fr-notice fr-notice--warning">
      <div className="fr-container">
        <div className="fr-notice__body">
          <p>
            <span className="fr-notice__title">{m.emergencyNotice}</span>
          </p>
        </div>
      </div>
    </div>
  );
}

/**
 * Shown above the next question as soon as an answer says someone is in immediate danger, and on
 * the outcome: the numbers to call, as links a phone can dial.
 */
export function DangerAlert() {
  const m = useMessages().diagnostic;
  return (
    <div className="fr-alert fr-alert--error fr-mb-4w" id="danger-alert">
      <h2 className="fr-alert__title">{m.dangerTitle}</h2>
      <p>{m.dangerText}</p>
      <EmergencyCalls className="fr-btns-group--inline-sm" />
    </div>
  );
}

/** The emergency numbers as links a phone can dial: 17 and 112 by voice, 114 by text message. */
export function EmergencyCalls({ className = '' }: { className?: string }) {
  const m = useMessages().diagnostic;
  return (
    <ul className={`fr-btns-group ${className} fr-btns-group--icon-left fr-mt-2w fr-mb-n2w`}>
      <li>
        <a className="fr-btn fr-icon-phone-fill" href="tel:17">
          {m.call17}
        </a>
      </li>
      <li>
        <a className="fr-btn fr-btn--secondary fr-icon-phone-fill" href="tel:112">
          {m.call112}
        </a>
      </li>
      <li>
        <a className="fr-btn fr-btn--secondary fr-icon-chat-3-fill" href="sms:114">
          {m.sms114}
        </a>
      </li>
    </ul>
  );
}
