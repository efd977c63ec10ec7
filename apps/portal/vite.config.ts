import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  build: {
    // SVG artwork is referenced through <use href="…#id">, which cannot point at a data: URL,
    // and separate icon files keep the stylesheet small: never inline SVG.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
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
