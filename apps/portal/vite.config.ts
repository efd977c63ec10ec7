import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  build: {
    // Never inline assets: SVG artwork is referenced through <use href="…#id">, which cannot point at
    // a data: URL, separate icon files keep the stylesheet small, and an image imported for a <link>
    // (the touch icon) would otherwise ride in the JavaScript of every page as base64.
    assetsInlineLimit: 0,
  },
  plugins: [
    remix({
      ignoredRouteFiles: ['**/*.test.ts', '**/*.test.tsx'],
      // The legal pages behind the footer links share one route module; each keeps its address.
      routes: (defineRoutes) =>
        defineRoutes((route) => {
          for (const path of ['accessibilite', 'mentions-legales', 'donnees-personnelles']) {
            route(path, 'components/legal/legal-page.tsx', { id: `legal/${path}` });
          }
        }),
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
});
