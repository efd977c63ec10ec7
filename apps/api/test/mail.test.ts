import { mailOutbox } from '@vigie/db';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createMailWorker,
  MAIL_RETRY,
  mailRetryDelayMs,
  purgeOldMail,
} from '../src/services/mail/mail-worker.ts';
import { composeMail, queueMail } from '../src/services/mail/outbox.ts';
import { createSmtpTransport, type MailTransport } from '../src/services/mail/transport.ts';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

const silent = pino({ level: 'silent' });
const FROM = 'Vigie <no-reply@vigie.test>';
const REFUSED = 'inconnu@vigie.test';

let sink: SmtpSink;
let t: TestApp;
let smtp: MailTransport;
let clock = Date.parse('2031-05-04T08:00:00.000Z');
const now = () => new Date(clock);

beforeAll(async () => {
  sink = await startSmtpSink({ refuse: [REFUSED] });
  smtp = createSmtpTransport({ url: sink.url, from: FROM, logger: silent });
  t = createTestApp({ now, mail: smtp });
});
afterAll(async () => {
  smtp.close();
  t.close();
  await sink.close();
});
beforeEach(() => {
  t.db.db.delete(mailOutbox).run();
  sink.received.length = 0;
});

function verifyMail(to: string, name = 'Camille') {
  return composeMail({
    kind: 'verify-email',
    to,
    locale: 'fr',
    subject: 'Confirmez votre adresse électronique',
    greeting: `Bonjour ${name},`,
    paragraphs: ['Votre compte Vigie est presque prêt.', 'Ce lien « sûr » ne sert qu’une fois & expire.'],
    action: {
      label: 'Confirmer mon adresse',
      url: 'http://127.0.0.1:3000/inscription/confirmer?token=abc&x=1',
    },
    footer: ['Vous recevez ce message car un compte a été créé avec cette adresse.'],
  });
}

const rowOf = (id: number) => {
  const row = t.db.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get();
  if (!row) throw new Error(`no outbox row ${id}`);
  return row;
};
const worker = (transport: MailTransport = smtp) =>
  createMailWorker({ db: t.db, mail: transport, logger: silent, now });
const iso = (ms: number) => new Date(ms).toISOString();
const arrivedWith = (messageId: string) => sink.received.filter((m) => m.mail.messageId === messageId);

describe('mail delivery over SMTP', () => {
  it('delivers the sender, recipient, subject, text and HTML parts and the Message-ID fixed at queueing', async () => {
    const id = queueMail(t.db.db, verifyMail('camille@example.fr'), { now: now() });
    const queued = rowOf(id);
    expect(queued).toMatchObject({ status: 'queued', attempts: 0, createdAt: iso(clock) });

    expect(await worker().runOnce()).toMatchObject({ sent: 1, retried: 0, failed: 0 });

    expect(sink.received).toHaveLength(1);
    const [{ envelope, mail }] = sink.received as [(typeof sink.received)[number]];
    expect(envelope).toEqual({ from: 'no-reply@vigie.test', to: ['camille@example.fr'] });
    expect(mail.from?.value).toEqual([{ address: 'no-reply@vigie.test', name: 'Vigie' }]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toEqual([
      { address: 'camille@example.fr', name: '' },
    ]);
    expect(mail.subject).toBe('Confirmez votre adresse électronique');
    expect(mail.messageId).toBe(queued.messageId);
    expect(mail.headers.get('content-language')).toBe('fr');
    expect(mail.text).toContain('Bonjour Camille,');
    expect(mail.text).toContain('Ce lien « sûr » ne sert qu’une fois & expire.');
    expect(mail.text).toContain(
      'Confirmer mon adresse :\nhttp://127.0.0.1:3000/inscription/confirmer?token=abc&x=1',
    );
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('<p>Ce lien « sûr » ne sert qu’une fois &amp; expire.</p>');
    expect(mail.html).toContain('href="http://127.0.0.1:3000/inscription/confirmer?token=abc&amp;x=1"');

    expect(rowOf(id)).toMatchObject({ status: 'sent', attempts: 1, sentAt: iso(clock), lastError: null });
  });

  it('loses nothing while the SMTP server is down: retries on a doubling schedule, then delivers exactly once', async () => {
    await sink.stop();
    try {
      const id = queueMail(t.db.db, verifyMail('dominique@example.fr', 'Dominique'), { now: now() });
      const w = worker();

      for (let attempt = 1; attempt <= 4; attempt++) {
        expect(await w.runOnce()).toMatchObject({ sent: 0, retried: 1 });
        const delay = mailRetryDelayMs(attempt);
        expect(delay).toBe(MAIL_RETRY.baseDelayMs * 2 ** (attempt - 1));
        const row = rowOf(id);
        expect(row).toMatchObject({ status: 'queued', attempts: attempt, nextAttemptAt: iso(clock + delay) });
        expect(row.lastError).toMatch(/ECONNRESET|closed/i);
        // Not due a millisecond early.
        clock += delay - 1;
        expect(await w.runOnce()).toMatchObject({ sent: 0, retried: 0 });
        clock += 1;
      }
      await sink.start();
      expect(await w.runOnce()).toMatchObject({ sent: 1, retried: 0 });
      clock += 24 * 60 * 60_000;
      expect(await w.runOnce()).toMatchObject({ sent: 0, retried: 0 });
      expect(await worker().runOnce()).toMatchObject({ sent: 0, retried: 0 });

      const row = rowOf(id);
      expect(row).toMatchObject({ status: 'sent', attempts: 5, lastError: null });
      expect(arrivedWith(row.messageId)).toHaveLength(1);
    } finally {
      await sink.start().catch(() => {});
    }
  });

  it('gives a refused message up as failed after the maximum attempts, the delay capped; the mail behind it still goes', async () => {
    const refused = queueMail(t.db.db, verifyMail(REFUSED), { now: now() });
    const fine = queueMail(t.db.db, verifyMail('eli@example.fr', 'Eli'), { now: now() });
    const w = worker();

    // The first failure ends the run; the next run sends the mail behind it.
    expect(await w.runOnce()).toMatchObject({ sent: 0, retried: 1 });
    expect(rowOf(fine).status).toBe('queued');
    expect(await w.runOnce()).toMatchObject({ sent: 1, retried: 0 });
    expect(rowOf(fine).status).toBe('sent');

    const delays: number[] = [];
    for (let attempt = 2; attempt <= MAIL_RETRY.maxAttempts; attempt++) {
      const previous = rowOf(refused);
      delays.push(Date.parse(previous.nextAttemptAt) - clock);
      clock = Date.parse(previous.nextAttemptAt);
      const report = await w.runOnce();
      expect(report).toMatchObject(attempt < MAIL_RETRY.maxAttempts ? { retried: 1 } : { failed: 1 });
    }
    expect(delays.slice(0, 3)).toEqual([30_000, 60_000, 120_000]);
    expect(Math.max(...delays)).toBe(MAIL_RETRY.maxDelayMs);
    expect(delays.at(-1)).toBe(MAIL_RETRY.maxDelayMs);

    const row = rowOf(refused);
    expect(row).toMatchObject({ status: 'failed', attempts: MAIL_RETRY.maxAttempts, sentAt: null });
    expect(row.lastError).toMatch(/550/);
    clock += 7 * 24 * 60 * 60_000;
    expect(await w.runOnce()).toMatchObject({ sent: 0, retried: 0, failed: 0 });
    expect(rowOf(refused).attempts).toBe(MAIL_RETRY.maxAttempts);
    expect(arrivedWith(row.messageId)).toHaveLength(0);
  });

  it('takes a row left sending by a crashed worker again after its lease, never before, and never two at once', async () => {
    const stuck = queueMail(t.db.db, verifyMail('farid@example.fr', 'Farid'), { now: now() });
    const other = queueMail(t.db.db, verifyMail('gabrielle@example.fr', 'Gabrielle'), { now: now() });
    // Workers whose send never returns, as ones that died mid-send.
    const releases: (() => void)[] = [];
    const hung: MailTransport = {
      mode: 'smtp',
      send: () => new Promise<void>((resolve) => releases.push(resolve)),
      close() {},
    };
    const firstRun = worker(hung).runOnce();
    expect(rowOf(stuck)).toMatchObject({
      status: 'sending',
      attempts: 1,
      nextAttemptAt: iso(clock + MAIL_RETRY.leaseMs),
    });

    const w = worker();
    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    expect(rowOf(other).status).toBe('sent');
    expect(rowOf(stuck).status).toBe('sending');

    clock += MAIL_RETRY.leaseMs - 1;
    expect(await w.runOnce()).toMatchObject({ sent: 0 });
    clock += 1;
    const secondRun = worker(hung).runOnce();
    expect(rowOf(stuck)).toMatchObject({ status: 'sending', attempts: 2 });

    // The first worker finishing late cannot overwrite the claim that replaced its own.
    releases[0]?.();
    expect(await firstRun).toMatchObject({ sent: 1 });
    expect(rowOf(stuck)).toMatchObject({ status: 'sending', attempts: 2, sentAt: null });

    clock += MAIL_RETRY.leaseMs;
    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    const row = rowOf(stuck);
    expect(row).toMatchObject({ status: 'sent', attempts: 3, sentAt: iso(clock) });
    expect(arrivedWith(row.messageId)).toHaveLength(1);
    releases[1]?.();
    await secondRun;
    expect(rowOf(stuck)).toMatchObject({ status: 'sent', attempts: 3, sentAt: iso(clock) });
  });

  it('gives up a row interrupted during its last attempt once the lease is over', async () => {
    const id = queueMail(t.db.db, verifyMail('hugo@example.fr', 'Hugo'), { now: now() });
    t.db.db
      .update(mailOutbox)
      .set({ status: 'sending', attempts: MAIL_RETRY.maxAttempts, nextAttemptAt: iso(clock - 1) })
      .where(eq(mailOutbox.id, id))
      .run();
    expect(await worker().runOnce()).toMatchObject({ sent: 0, failed: 1 });
    expect(rowOf(id)).toMatchObject({ status: 'failed', lastError: 'interrupted during its last attempt' });
    expect(sink.received).toHaveLength(0);
  });

  it('wakes up when mail is queued in this process and stops cleanly', async () => {
    const w = worker();
    w.start({ pollMs: 60 * 60_000 });
    try {
      // Let the first run (nothing due; its timer was set first) finish, so that only the queueing
      // can bring the next one within the hour.
      await new Promise((resolve) => setTimeout(resolve, 5));
      await w.runOnce();
      const arrival = sink.nextMessage();
      const id = queueMail(t.db.db, verifyMail('ines@example.fr', 'Inès'), { now: now() });
      const received = await arrival;
      expect(received.mail.messageId).toBe(rowOf(id).messageId);
    } finally {
      await w.stop();
    }
    // Stopped: the signal of new mail no longer starts a run (a run would claim the row at once).
    const afterStop = queueMail(t.db.db, verifyMail('jules@example.fr', 'Jules'), { now: now() });
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(rowOf(afterStop)).toMatchObject({ status: 'queued', attempts: 0 });
  });
});

describe('local outbox', () => {
  it('marks mail sent without any SMTP server: the row is the delivered mail', async () => {
    const local = createTestApp({ now });
    try {
      expect(local.deps.mail.mode).toBe('local');
      const id = queueMail(local.db.db, verifyMail('karim@example.fr', 'Karim'), { now: now() });
      const w = createMailWorker({ db: local.db, mail: local.deps.mail, logger: silent, now });
      expect(await w.runOnce()).toMatchObject({ sent: 1, retried: 0 });
      const row = local.db.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get();
      expect(row).toMatchObject({
        status: 'sent',
        sentAt: iso(clock),
        subject: 'Confirmez votre adresse électronique',
      });
      expect(sink.received).toHaveLength(0);
    } finally {
      local.close();
    }
  });
});

describe('retention', () => {
  it('deletes mail sent more than 30 days ago and mail given up 30 days after queueing; keeps the rest', async () => {
    const day = 24 * 60 * 60_000;
    const at = (daysAgo: number) => iso(clock - daysAgo * day);
    const insert = (values: Partial<typeof mailOutbox.$inferInsert>) => {
      const id = queueMail(t.db.db, verifyMail('lea@example.fr', 'Léa'), { now: now() });
      t.db.db.update(mailOutbox).set(values).where(eq(mailOutbox.id, id)).run();
    };
    insert({ status: 'sent', createdAt: at(40), sentAt: at(31) });
    insert({ status: 'sent', createdAt: at(40), sentAt: at(29) });
    insert({ status: 'failed', createdAt: at(31) });
    insert({ status: 'failed', createdAt: at(29) });
    insert({ status: 'queued', createdAt: at(45), nextAttemptAt: iso(clock + 5 * day) });

    expect(purgeOldMail(t.db, now())).toBe(2);
    const left = t.db.db.select().from(mailOutbox).all();
    expect(left.map((r) => [r.status, r.status === 'sent' ? r.sentAt : r.createdAt])).toEqual([
      ['sent', at(29)],
      ['failed', at(29)],
      ['queued', at(45)],
    ]);

    // The worker applies the same rule on its first run, then at most hourly.
    clock += 2 * day;
    const w = worker();
    expect(await w.runOnce()).toMatchObject({ purged: 2 });
    expect(
      t.db.db
        .select()
        .from(mailOutbox)
        .all()
        .map((r) => r.status),
    ).toEqual(['queued']);
  });
});
