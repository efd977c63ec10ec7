import type { WidgetLang } from '../embed.ts';

export type FrameTexts = { title: string; intro: string; next: string; emergency: string; close: string };

/** French is also written into frame.html, so the page reads right before this script runs. */
export const FRAME_TEXTS: Record<WidgetLang, FrameTexts> = {
  fr: {
    title: 'Vigie — assistance cybermalveillance',
    intro:
      'Vous pensez être victime d’une arnaque, d’un piratage ou d’un chantage en ligne ? Répondez à quelques questions : Vigie vous aide à comprendre ce qui se passe.',
    next: 'Vous recevrez des conseils pour vous protéger, les bons interlocuteurs pour signaler les faits et, si besoin, un prestataire proche de chez vous pour vous aider.',
    emergency: 'En cas de danger immédiat, appelez le 17 (ou le 112).',
    close: 'Fermer',
  },
  en: {
    title: 'Vigie — cybercrime assistance',
    intro:
      'Do you think you are the victim of an online scam, a hack or blackmail? Answer a few questions: Vigie helps you understand what is happening.',
    next: 'You will get advice to protect yourself, the right places to report what happened and, if needed, a provider near you to help.',
    emergency: 'If you are in immediate danger, call 17 (or 112).',
    close: 'Close',
  },
};
