import {
  buildFrameUrl,
  CLOSE_MESSAGE_TYPE,
  parseLang,
  parseMode,
  readFrameMessage,
  resolveApiOrigin,
} from '../embed.ts';
import { isWidgetKey } from '../widget-key.ts';
import { LAUNCHER_CSS } from './launcher-styles.ts';
import { LAUNCHER_TEXTS } from './launcher-texts.ts';

const ELEMENT_NAME = 'vigie-widget';
const PANEL_ID = 'vigie-panel';

// `document.currentScript` is only set while this script first runs, so it is read here, once.
const apiOrigin = resolveApiOrigin(findLoaderSrc());

function findLoaderSrc(): string | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  // Some tag managers run the script in a way that leaves currentScript empty: look for our tag.
  return document.querySelector<HTMLScriptElement>('script[src*="/widget/v1/loader.js"]')?.src ?? null;
}

let sharedSheet: CSSStyleSheet | undefined;

function applyStyles(root: ShadowRoot): void {
  // A constructed style sheet is not subject to the host page's CSP `style-src`, unlike a <style>
  // element, so a partner with a strict policy still gets a styled launcher. Old browsers fall back.
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(LAUNCHER_CSS);
    }
    root.adoptedStyleSheets = [sharedSheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = LAUNCHER_CSS;
  root.append(style);
}

function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text) element.textContent = text;
  return element;
}

function createShieldIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute(
    'd',
    'M12 2 4 5v6c0 5.1 3.4 9.5 8 11 4.6-1.5 8-5.9 8-11V5l-8-3zm-1 14-4-4 1.4-1.4 2.6 2.6 5.6-5.6L18 9l-7 7z',
  );
  svg.append(path);
  return svg;
}

function createFrame(src: string, title: string, className: string): HTMLIFrameElement {
  const frame = createElement('iframe', { class: className, title });
  frame.src = src;
  return frame;
}

/** `<vigie-widget key="vk_live_..." mode="launcher|inline" lang="fr|en">` */
class VigieWidgetElement extends HTMLElement {
  // Fields are assigned in the constructor, not declared with initialisers: for older browsers
  // esbuild would lower those through a helper placed outside the IIFE, in the host page's globals.
  declare private readonly root: ShadowRoot;
  declare private listeners: AbortController | null;
  declare private connected: boolean;

  static get observedAttributes(): string[] {
    return ['key', 'mode', 'lang'];
  }

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.listeners = null;
    this.connected = false;
  }

  connectedCallback(): void {
    this.connected = true;
    this.render();
  }

  disconnectedCallback(): void {
    this.connected = false;
    this.listeners?.abort();
    this.listeners = null;
  }

  attributeChangedCallback(): void {
    // Attributes present at upgrade fire before connectedCallback; render once, then on real changes.
    if (this.connected) this.render();
  }

  private render(): void {
    this.listeners?.abort();
    this.listeners = new AbortController();
    this.root.replaceChildren();

    const key = this.getAttribute('key');
    if (!apiOrigin) {
      console.error('Vigie: cannot tell where loader.js came from; load it with a plain <script src>.');
      return;
    }
    if (!isWidgetKey(key)) {
      console.error('Vigie: the key attribute must be a publishable key (vk_live_... or vk_test_...).');
      return;
    }
    const lang = parseLang(this.getAttribute('lang'));
    const mode = parseMode(this.getAttribute('mode'));
    const texts = LAUNCHER_TEXTS[lang];
    const src = buildFrameUrl(apiOrigin, { key, lang, mode });
    applyStyles(this.root);

    if (mode === 'inline') {
      this.root.append(createFrame(src, texts.title, 'inline'));
      return;
    }
    this.renderLauncher(src, texts, apiOrigin, this.listeners.signal);
  }

  private renderLauncher(
    src: string,
    texts: (typeof LAUNCHER_TEXTS)['fr'],
    origin: string,
    signal: AbortSignal,
  ): void {
    const launcher = createElement('button', {
      type: 'button',
      class: 'launcher',
      'aria-expanded': 'false',
      'aria-controls': PANEL_ID,
      'aria-haspopup': 'dialog',
    });
    launcher.append(createShieldIcon(), createElement('span', {}, texts.open));

    const panel = createElement('div', {
      id: PANEL_ID,
      class: 'panel',
      role: 'dialog',
      'aria-label': texts.title,
    });
    panel.hidden = true;
    const bar = createElement('div', { class: 'bar' });
    const closeButton = createElement(
      'button',
      { type: 'button', class: 'close', 'aria-label': texts.close },
      '×',
    );
    bar.append(createElement('span', {}, 'Vigie'), closeButton);
    panel.append(bar);

    // The frame is created on first open, so a page that never opens the widget never loads it.
    let frame: HTMLIFrameElement | null = null;

    const open = () => {
      if (!frame) {
        frame = createFrame(src, texts.title, 'panel-frame');
        panel.append(frame);
      }
      panel.hidden = false;
      launcher.setAttribute('aria-expanded', 'true');
      frame.focus();
    };
    const close = () => {
      if (panel.hidden) return;
      panel.hidden = true;
      launcher.setAttribute('aria-expanded', 'false');
      launcher.focus();
    };

    launcher.addEventListener('click', () => (panel.hidden ? open() : close()), { signal });
    closeButton.addEventListener('click', close, { signal });
    this.root.addEventListener(
      'keydown',
      (event) => {
        if ((event as KeyboardEvent).key === 'Escape' && !panel.hidden) {
          event.preventDefault();
          close();
        }
      },
      { signal },
    );
    // Escape pressed inside the frame never reaches this document: the frame posts a close message.
    window.addEventListener(
      'message',
      (event) => {
        if (!frame || event.source !== frame.contentWindow) return;
        if (readFrameMessage(event, origin)?.type === CLOSE_MESSAGE_TYPE) close();
      },
      { signal },
    );

    this.root.append(launcher, panel);
  }
}

if (!customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, VigieWidgetElement);
