import dsfrStyles from '@gouvfr/dsfr/dist/dsfr.min.css?url';
import appleTouchIcon from '@gouvfr/dsfr/dist/favicon/apple-touch-icon.png?url';
import faviconIco from '@gouvfr/dsfr/dist/favicon/favicon.ico?url';
import faviconSvg from '@gouvfr/dsfr/dist/favicon/favicon.svg?url';
import iconsEditorStyles from '@gouvfr/dsfr/dist/utility/icons/icons-editor/icons-editor.min.css?url';
import iconsMapStyles from '@gouvfr/dsfr/dist/utility/icons/icons-map/icons-map.min.css?url';
import iconsSystemStyles from '@gouvfr/dsfr/dist/utility/icons/icons-system/icons-system.min.css?url';
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
} from '@remix-run/react';
import { type ReactNode, useEffect } from 'react';
import { ErrorPage } from './components/error-page.tsx';
import { SiteShell } from './components/layout/site-shell.tsx';
import { getMapSettings } from './components/providers/providers-map-settings.server.ts';
import { getMessages, isLang } from './i18n/index.ts';
import { getRequestLanguage } from './i18n/request-language.ts';
import { useLang } from './i18n/use-messages.ts';
import { useNonce } from './lib/nonce.tsx';
import appStyles from './styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dsfrStyles },
  { rel: 'stylesheet', href: iconsSystemStyles },
  { rel: 'stylesheet', href: iconsEditorStyles },
  { rel: 'stylesheet', href: iconsMapStyles },
  { rel: 'stylesheet', href: appStyles },
  { rel: 'apple-touch-icon', href: appleTouchIcon },
  { rel: 'icon', href: faviconSvg, type: 'image/svg+xml' },
  { rel: 'shortcut icon', href: faviconIco, type: 'image/x-icon' },
];

export async function loader({ request }: LoaderFunctionArgs) {
  // The map's tiles come from the environment; every page that draws a map reads them from here.
  return data({ lang: getRequestLanguage(request), map: getMapSettings() });
}

/** Error pages are rendered without their route's meta, so the root names them. */
export const meta: MetaFunction<typeof loader> = ({ data: rootData, error }) => {
  if (!error) return [];
  const m = getMessages(isLang(rootData?.lang) ? rootData.lang : 'fr');
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return [{ title: `${notFound ? m.errors.notFoundTitle : m.errors.unexpectedTitle} — ${m.meta.siteName}` }];
};

export function Layout({ children }: { children: ReactNode }) {
  const lang = useLang();
  const nonce = useNonce();
  // Says that the page now runs in React (links and forms go through Remix): browser tests wait for it.
  useEffect(() => document.documentElement.setAttribute('data-hydrated', ''), []);
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="format-detection" content="telephone=no,date=no,address=no,email=no,url=no" />
        <meta name="theme-color" content="#000091" />
        <Meta />
        <Links />
      </head>
      <body>
        <SiteShell>{children}</SiteShell>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <ErrorPage kind="not-found" />;
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // Only a developer's own machine shows what went wrong; production shows the generic page.
  const details = import.meta.env.DEV && error instanceof Error ? (error.stack ?? error.message) : undefined;
  return <ErrorPage kind="unexpected" status={status} details={details} />;
}
