import { RemixBrowser } from '@remix-run/react';
import { StrictMode, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { defaultLang, isLang, loadMessages } from './i18n/index.ts';

// The page's dictionary is a chunk of its own (the other language is never downloaded unless the
// visitor switches): load it before React renders anything that reads it. Should it fail to load,
// the page stays as the server sent it, whose links and forms work without JavaScript.
const lang = document.documentElement.lang;
loadMessages(isLang(lang) ? lang : defaultLang)
  .then(() =>
    startTransition(() => {
      hydrateRoot(
        document,
        <StrictMode>
          <RemixBrowser />
        </StrictMode>,
      );
    }),
  )
  .catch((error: unknown) => console.error('The page could not start its scripts', error));
