import { isWidgetKey } from './widget-key.ts';

/** Path of the iframe page on the API origin (the API mounts the widget routes at `/widget/v1`). */
export const FRAME_PATH = '/widget/v1/frame';

export const WIDGET_LANGS = ['fr', 'en'] as const;
export type WidgetLang = (typeof WIDGET_LANGS)[number];

export const WIDGET_MODES = ['launcher', 'inline'] as const;
export type WidgetMode = (typeof WIDGET_MODES)[number];

/** The one message the frame sends to its parent for now. */
export const CLOSE_MESSAGE_TYPE = 'vigie:close';

/** French is the reference language: anything but a recognised English tag falls back to it. */
export function parseLang(value: string | null | undefined): WidgetLang {
  const primary = value?.trim().toLowerCase().split('-')[0];
  return primary === 'en' ? 'en' : 'fr';
}

/** Launcher unless the embedder asked for `inline`. */
export function parseMode(value: string | null | undefined): WidgetMode {
  return value?.trim().toLowerCase() === 'inline' ? 'inline' : 'launcher';
}

/** Origin of the API, taken from the loader's own script URL; null when it is not http(s). */
export function resolveApiOrigin(scriptSrc: string | null | undefined): string | null {
  if (!scriptSrc) return null;
  let url: URL;
  try {
    url = new URL(scriptSrc);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
}

export type FrameOptions = { key: string; lang: WidgetLang; mode: WidgetMode };

/** URL of the iframe page for one key; throws on a malformed key so a typo never reaches the API. */
export function buildFrameUrl(apiOrigin: string, options: FrameOptions): string {
  if (!isWidgetKey(options.key)) throw new Error('Vigie: malformed widget key');
  return `${apiOrigin}${FRAME_PATH}?key=${encodeURIComponent(options.key)}&lang=${options.lang}&mode=${options.mode}`;
}

export type FrameMessage = { type: typeof CLOSE_MESSAGE_TYPE };

/**
 * Reads a `message` event as one of ours, or null. Only messages from the API origin count: any
 * other window on the page could post `{type:'vigie:close'}` too. The caller also checks
 * `event.source` against its own iframe, since several widgets may share one page.
 */
export function readFrameMessage(
  event: { origin: string; data: unknown },
  apiOrigin: string,
): FrameMessage | null {
  if (event.origin !== apiOrigin) return null;
  const data = event.data;
  if (typeof data !== 'object' || data === null) return null;
  return (data as { type?: unknown }).type === CLOSE_MESSAGE_TYPE ? { type: CLOSE_MESSAGE_TYPE } : null;
}
