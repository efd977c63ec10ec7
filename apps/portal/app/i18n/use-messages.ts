import { useRouteLoaderData } from '@remix-run/react';
import { defaultLang, getMessages, isLang, type Lang, type Messages } from './index.ts';

/** The current language, as decided by the root loader; French when the root data is missing. */
export function useLang(): Lang {
  const data = useRouteLoaderData<{ lang?: unknown }>('root');
  return isLang(data?.lang) ? data.lang : defaultLang;
}

/** The current language's dictionary. */
export function useMessages(): Messages {
  return getMessages(useLang());
}
