import { fileURLToPath } from 'node:url';

export { isWidgetKey, WIDGET_KEY_PATTERN } from './widget-key.ts';

/** Names of the built files inside `dist/`, as the API serves them. */
export const WIDGET_FILES = {
  loader: 'loader.js',
  frame: 'frame.html',
  assetsDir: 'assets',
} as const;

/** Absolute path of the built widget (`apps/widget/dist`), whether or not it has been built yet. */
export function widgetDistDir(): string {
  return fileURLToPath(new URL('../dist', import.meta.url));
}
