import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

/** One outbox row as it leaves: the Message-ID was fixed when it was queued, so a retry carries the same. */
export type OutgoingMail = {
  messageId: string;
  to: string;
  locale: 'fr' | 'en';
  subject: string;
  text: string;
  html: string;
};

/**
 * Where queued mail goes: an SMTP server (`SMTP_URL`), or nowhere beyond the database's outbox,
 * where a developer reads it through `GET /v1/dev/mail`.
 */
export type MailTransport = {
  mode: 'smtp' | 'local';
  /** Resolves once the message is accepted; rejects with the reason when it is not. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

/**
 * Each step is bounded well inside the worker's lease on a row (five minutes), so a hung server
 * ends in a retry rather than in a second worker taking a row that is still being sent.
 */
const TIMEOUTS = {
  connectionTimeout: 30_000,
  greetingTimeout: 30_000,
  socketTimeout: 60_000,
  dnsTimeout: 30_000,
};

/** Real delivery through nodemailer; `url` is `smtp://` (STARTTLS when offered) or `smtps://`. */
export function createSmtpTransport(options: { url: string; from: string; logger: Logger }): MailTransport {
  const { url, from, logger } = options;
  const transporter = nodemailer.createTransport(url, {
    ...TIMEOUTS,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    mode: 'smtp',
    async send(mail) {
      const info = await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { 'Content-Language': mail.locale },
      });
      logger.debug(
        { messageId: mail.messageId, response: info.response },
        'mail accepted by the SMTP server',
      );
    },
    close() {
      transporter.close();
    },
  };
}

/** Development delivery: the outbox row itself is the delivered mail, marked sent. */
export function createLocalTransport(options: { logger?: Logger } = {}): MailTransport {
  return {
    mode: 'local',
    async send(mail) {
      options.logger?.info(
        { messageId: mail.messageId, subject: mail.subject },
        'mail kept in the local outbox (GET /v1/dev/mail)',
      );
    },
    close() {},
  };
}
