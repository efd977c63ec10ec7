import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the iframe page: `dist/frame.html` referencing hashed files in `dist/assets/`, with no
 * inline script or style so it runs under the API's strict Content-Security-Policy. Asset URLs are
 * relative: the API serves the page at `/widget/v1/frame` and the assets at `/widget/v1/assets/`.
 */
export default defineConfig({
  base: './',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // The page is one small module; a preload polyfill would only add bytes.
    modulePreload: { polyfill: false },
    // Inlined fonts would be data: URLs, which the frame's CSP does not allow for fonts.
    assetsInlineLimit: 0,
    rollupOptions: { input: { frame: fileURLToPath(new URL('frame.html', import.meta.url)) } },
  },
});
