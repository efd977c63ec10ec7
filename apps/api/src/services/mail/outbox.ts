import { randomUUID } from 'node:crypto';
import { type Db, mailOutbox } from '@vigie/db';

export type Locale = 'fr' | 'en';

/** A message ready to queue: one layout for every mail, wording chosen by the feature that sends it. */
export type MailMessage = {
  /** What the mail is about (`verify-email`, `request-accepted`, …): for the outbox and the logs. */
  kind: string;
  to: string;
  locale: Locale;
  subject: string;
  text: string;
  html: string;
};

/** A transaction or the database: mail is queued in the same transaction as the change it reports. */
type Writer = Pick<Db, 'insert'>;

/**
 * Queues a message; the mail worker sends it (with retries) and wakes up for it. Returns the
 * outbox row id. `now` (pass `deps.now()`) stamps the row; without it the database's clock does.
 */
export function queueMail(db: Writer, message: MailMessage, options: { now?: Date } = {}): number {
  const at = options.now?.toISOString();
  const row = db
    .insert(mailOutbox)
    .values({
      ...message,
      messageId: `<${randomUUID()}@vigie.invalid>`,
      ...(at ? { createdAt: at, nextAttemptAt: at } : {}),
    })
    .returning({ id: mailOutbox.id })
    .get();
  signalQueued();
  return row.id;
}

const listeners = new Set<() => void>();
let signalPending = false;

/**
 * Calls `listener` soon after mail is queued in this process (once per burst, after the current
 * transaction has returned); returns the unsubscribe function. Mail queued by another process is
 * found by the worker's poll.
 */
export function onMailQueued(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function signalQueued() {
  if (listeners.size === 0 || signalPending) return;
  signalPending = true;
  setImmediate(() => {
    signalPending = false;
    for (const listener of listeners) listener();
  });
}

export type MailContent = {
  kind: string;
  to: string;
  locale: Locale;
  subject: string;
  /** Opening line, e.g. "Bonjour Camille,". */
  greeting: string;
  /** Plain paragraphs, never HTML: they are escaped for the HTML part. */
  paragraphs: string[];
  /** The one thing to do, shown as a link (text) and a button (HTML). */
  action?: { label: string; url: string };
  /** Smaller closing lines (why they received it, expiry of a link). */
  footer?: string[];
};

const SIGNATURE: Record<Locale, string> = {
  fr: "L'équipe Vigie — assistance aux victimes de cybermalveillance",
  en: 'The Vigie team — help for victims of cybercrime',
};

/** Writes the text and HTML parts of a mail from its content, escaping everything. */
export function composeMail(content: MailContent): MailMessage {
  const { action, footer = [] } = content;
  const text = [
    content.greeting,
    ...content.paragraphs,
    ...(action ? [`${action.label} :\n${action.url}`] : []),
    ...footer,
    `— ${SIGNATURE[content.locale]}`,
  ].join('\n\n');
  const html = [
    '<!doctype html>',
    `<html lang="${content.locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:Marianne,Arial,sans-serif;color:#161616;line-height:1.5;max-width:36rem;margin:0 auto;padding:1rem">',
    `<p>${escapeHtml(content.greeting)}</p>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    action
      ? `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#000091;color:#fff;padding:.5rem 1rem;text-decoration:none">${escapeHtml(action.label)}</a></p><p style="font-size:.875rem">${escapeHtml(action.url)}</p>`
      : '',
    ...footer.map((f) => `<p style="font-size:.875rem;color:#3a3a3a">${escapeHtml(f)}</p>`),
    `<p style="font-size:.875rem">— ${escapeHtml(SIGNATURE[content.locale])}</p>`,
    '</body></html>',
  ].join('\n');
  return { kind: content.kind, to: content.to, locale: content.locale, subject: content.subject, text, html };
}

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
