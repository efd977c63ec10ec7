import './frame.css';
import { CLOSE_MESSAGE_TYPE, parseLang, parseMode } from '../embed.ts';
import { FRAME_TEXTS, type FrameTexts } from './frame-texts.ts';

const params = new URLSearchParams(window.location.search);
const lang = parseLang(params.get('lang'));
const mode = parseMode(params.get('mode'));
const texts = FRAME_TEXTS[lang];

document.documentElement.lang = lang;
document.title = texts.title;
for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
  const text = texts[node.dataset.text as keyof FrameTexts];
  if (text) node.textContent = text;
}

// Only a launcher panel can be closed; inline or opened on its own, the button would do nothing.
const closable = window.parent !== window && mode === 'launcher';
const closeButton = document.getElementById('close');
if (closeButton) closeButton.hidden = !closable;

function requestClose(): void {
  // The message carries nothing secret, and the frame cannot know its parent's origin portably;
  // the loader checks that the message comes from this frame and from the API origin.
  window.parent.postMessage({ type: CLOSE_MESSAGE_TYPE }, '*');
}

if (closable) {
  closeButton?.addEventListener('click', requestClose);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') requestClose();
  });
  // The loader focused this frame when it opened the panel: start screen readers at the title.
  if (document.hasFocus()) document.getElementById('title')?.focus();
}
