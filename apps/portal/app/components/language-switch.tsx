import { Form, useLocation, useSubmit } from '@remix-run/react';
import { isLang, loadMessages } from '#app/i18n/index.ts';
import { useMessages } from '#app/i18n/use-messages.ts';

/**
 * A plain form posting to /lang: works without JavaScript (the action sets the `lang` cookie and
 * redirects back here) and, with it, Remix submits it in place and revalidates the page, once the
 * other language's dictionary (a chunk of its own) has arrived.
 */
export function LanguageSwitch() {
  const m = useMessages();
  const location = useLocation();
  const submit = useSubmit();
  const target = m.language.switchToCode;
  const redirectTo = `${location.pathname}${location.search}`;
  return (
    <Form
      method="post"
      action="/lang"
      className="vigie-language-switch"
      onSubmit={(event) => {
        if (!isLang(target)) return;
        event.preventDefault();
        loadMessages(target).then(
          () => submit({ lang: target, redirectTo }, { method: 'post', action: '/lang' }),
          // Without the dictionary, switch the way a page without JavaScript does: a full load.
          () => window.location.assign(`/lang?${new URLSearchParams({ lang: target, redirectTo })}`),
        );
      }}
    >
      <input type="hidden" name="redirectTo" value={redirectTo} />
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
