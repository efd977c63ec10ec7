import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds `dist/loader.js`: one classic script (IIFE) that partners load with a plain <script src>,
 * so that it can read `document.currentScript`. Runs after the frame build and keeps its output.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    lib: {
      entry: fileURLToPath(new URL('src/loader/loader.ts', import.meta.url)),
      name: 'VigieWidget',
      formats: ['iife'],
      fileName: () => 'loader.js',
    },
  },
});
