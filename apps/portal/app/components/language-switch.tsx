import { Form, useLocation } from '@remix-run/react';
import { useMessages } from '#app/i18n/use-messages.ts';

/**
 * A plain form posting to /lang: works without JavaScript (the action sets the `lang` cookie and
 * redirects back here) and, with it, Remix submits it in place and revalidates the page.
 */
export function LanguageSwitch() {
  const m = useMessages();
  const location = useLocation();
  const target = m.language.switchToCode;
  return (
    <Form method="post" action="/lang" className="vigie-language-switch">
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <button
        type="submit"
        name="lang"
        value={target}
        lang={target}
        title={m.language.switchToTitle}
        className="fr-btn fr-btn--tertiary-no-outline fr-icon-translate-2 fr-btn--icon-left"
      >
        {m.language.switchTo}
      </button>
    </Form>
  );
}
