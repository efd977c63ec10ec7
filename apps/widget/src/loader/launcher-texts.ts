import type { WidgetLang } from '../embed.ts';

export type LauncherTexts = { open: string; title: string; close: string };

export const LAUNCHER_TEXTS: Record<WidgetLang, LauncherTexts> = {
  fr: {
    open: 'Victime de cybermalveillance ?',
    title: 'Vigie — assistance cybermalveillance',
    close: 'Fermer l’assistance',
  },
  en: {
    open: 'Victim of cybercrime?',
    title: 'Vigie — cybercrime assistance',
    close: 'Close assistance',
  },
};
