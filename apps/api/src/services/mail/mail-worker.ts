import type { DbHandle } from '@vigie/db';
import type { Logger } from 'pino';
import { onMailQueued } from './outbox.ts';
import type { MailTransport, OutgoingMail } from './transport.ts';

/** How the worker retries: delays double from `baseDelayMs` up to `maxDelayMs`, no jitter. */
export type MailRetryPolicy = {
  /** Attempts before a message is given up as `failed` (a crash during an attempt counts as one). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long a claimed row stays `sending` before another run may take it again (after a crash). */
  leaseMs: number;
};

/**
 * Twelve attempts over about five hours (30 s, 1, 2, 4 … 32 min, then hourly): long enough to ride
 * out an SMTP outage, short enough that a link in the mail has not expired when it finally arrives.
 */
export const MAIL_RETRY: MailRetryPolicy = {
  maxAttempts: 12,
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  leaseMs: 5 * 60_000,
};

/** Sent mail holds links and personal data: kept this long after sending, then deleted. */
export const MAIL_RETENTION_DAYS = 30;

const DAY_MS = 24 * 60 * 60_000;
const PURGE_EVERY_MS = 60 * 60_000;

/** Delay before the attempt that follows the `attempts`-th failure. */
export function mailRetryDelayMs(attempts: number, policy: MailRetryPolicy = MAIL_RETRY): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * Deletes mail sent more than 30 days ago, and mail given up more than 30 days after it was queued;
 * returns how many rows went.
 */
export function purgeOldMail(db: DbHandle, now: Date): number {
  const cutoff = new Date(now.getTime() - MAIL_RETENTION_DAYS * DAY_MS).toISOString();
  return db.sqlite
    .prepare(
      `DELETE FROM mail_outbox
       WHERE (status = 'sent' AND sent_at < @cutoff) OR (status = 'failed' AND created_at < @cutoff)`,
    )
    .run({ cutoff }).changes;
}

export type MailRunReport = {
  sent: number;
  /** Failed this time, queued again for later. */
  retried: number;
  /** Given up after the last attempt. */
  failed: number;
  purged: number;
};

export type MailWorker = {
  /** Sends what is due now (up to one batch), stopping at the first failure; purges old mail hourly. */
  runOnce(): Promise<MailRunReport>;
  /** Runs in the background: at once, whenever mail is queued in this process, and every `pollMs`. */
  start(options?: { pollMs?: number }): void;
  /** Stops the background runs and waits for the one in progress. */
  stop(): Promise<void>;
};

type ClaimedRow = OutgoingMail & { id: number; attempts: number };

/**
 * Sends the mail outbox. A run claims one due row at a time (`queued` and due, or `sending` past its
 * lease) in a single UPDATE, so two workers, in this process or another, never hold the same row;
 * the claim counts the attempt and sets the lease. The outcome is written only while the claim is
 * still ours (same attempt number): a worker that overran its lease cannot overwrite a newer one.
 * Every time decision reads `deps.now`.
 */
export function createMailWorker(
  deps: { db: DbHandle; mail: MailTransport; logger: Logger; now: () => Date },
  options: Partial<MailRetryPolicy> & { batchSize?: number } = {},
): MailWorker {
  const { db, mail, logger } = deps;
  const policy: MailRetryPolicy = { ...MAIL_RETRY, ...options };
  const batchSize = options.batchSize ?? 20;

  const giveUpAbandoned = db.sqlite.prepare<{ now: string; max: number }>(
    `UPDATE mail_outbox SET status = 'failed', last_error = 'interrupted during its last attempt'
     WHERE status = 'sending' AND next_attempt_at <= @now AND attempts >= @max`,
  );
  const claim = db.sqlite.prepare<
    { now: string; leaseEnd: string; max: number },
    {
      id: number;
      message_id: string;
      to: string;
      locale: 'fr' | 'en';
      subject: string;
      text: string;
      html: string;
      attempts: number;
    }
  >(
    `UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = @leaseEnd
     WHERE id = (
       SELECT id FROM mail_outbox
       WHERE status IN ('queued', 'sending') AND next_attempt_at <= @now AND attempts < @max
       ORDER BY id LIMIT 1
     )
     RETURNING id, message_id, "to", locale, subject, text, html, attempts`,
  );
  const markSent = db.sqlite.prepare<{ id: number; attempts: number; at: string }>(
    `UPDATE mail_outbox SET status = 'sent', sent_at = @at, last_error = NULL
     WHERE id = @id AND status = 'sending' AND attempts = @attempts`,
  );
  const markFailure = db.sqlite.prepare<{
    id: number;
    attempts: number;
    status: 'queued' | 'failed';
    next: string;
    error: string;
  }>(
    `UPDATE mail_outbox SET status = @status, next_attempt_at = @next, last_error = @error
     WHERE id = @id AND status = 'sending' AND attempts = @attempts`,
  );

  function claimNext(): ClaimedRow | undefined {
    const at = deps.now();
    const row = claim.get({
      now: at.toISOString(),
      leaseEnd: new Date(at.getTime() + policy.leaseMs).toISOString(),
      max: policy.maxAttempts,
    });
    if (!row) return undefined;
    const { message_id: messageId, ...rest } = row;
    return { ...rest, messageId };
  }

  let lastPurge: number | undefined;
  let running: Promise<MailRunReport> | undefined;

  async function run(): Promise<MailRunReport> {
    const report: MailRunReport = { sent: 0, retried: 0, failed: 0, purged: 0 };
    const started = deps.now().getTime();
    if (lastPurge === undefined || started - lastPurge >= PURGE_EVERY_MS) {
      report.purged = purgeOldMail(db, new Date(started));
      lastPurge = started;
    }
    report.failed += giveUpAbandoned.run({
      now: new Date(started).toISOString(),
      max: policy.maxAttempts,
    }).changes;
    for (let i = 0; i < batchSize; i++) {
      const row = claimNext();
      if (!row) break;
      try {
        await mail.send(row);
      } catch (error) {
        const giveUp = row.attempts >= policy.maxAttempts;
        const at = deps.now();
        markFailure.run({
          id: row.id,
          attempts: row.attempts,
          status: giveUp ? 'failed' : 'queued',
          next: giveUp
            ? at.toISOString()
            : new Date(at.getTime() + mailRetryDelayMs(row.attempts, policy)).toISOString(),
          error: String(error instanceof Error ? error.message : error).slice(0, 500),
        });
        report[giveUp ? 'failed' : 'retried'] += 1;
        logger.warn(
          { err: error, mailId: row.id, attempts: row.attempts },
          giveUp ? 'mail given up after its last attempt' : 'mail not sent; will retry',
        );
        // The server is likely down or refusing: the rest waits for the next run rather than failing too.
        break;
      }
      markSent.run({ id: row.id, attempts: row.attempts, at: deps.now().toISOString() });
      report.sent += 1;
    }
    return report;
  }

  function runOnce(): Promise<MailRunReport> {
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  }

  let timer: NodeJS.Timeout | undefined;
  let unsubscribe: (() => void) | undefined;
  let wakeAgain = false;
  let pollMs = 5000;

  function schedule(ms: number) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref();
  }

  async function tick() {
    timer = undefined;
    try {
      let report: MailRunReport;
      do {
        wakeAgain = false;
        report = await runOnce();
      } while (unsubscribe && (wakeAgain || report.sent === batchSize));
    } catch (error) {
      logger.error({ err: error }, 'mail worker run failed');
    }
    if (unsubscribe) schedule(pollMs);
  }

  return {
    runOnce,
    start(options = {}) {
      if (unsubscribe) return;
      pollMs = options.pollMs ?? pollMs;
      unsubscribe = onMailQueued(() => {
        if (running) wakeAgain = true;
        else schedule(0);
      });
      schedule(0);
    },
    async stop() {
      unsubscribe?.();
      unsubscribe = undefined;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
