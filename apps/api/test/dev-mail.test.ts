import { mailOutbox } from '@vigie/db';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEV_MAIL_PAGE_SIZE, type DevMailList, type DevMailMessage, type Problem } from '../src/client.ts';
import { createMailWorker } from '../src/services/mail/mail-worker.ts';
import { composeMail, queueMail } from '../src/services/mail/outbox.ts';
import { createSmtpTransport } from '../src/services/mail/transport.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

const silent = pino({ level: 'silent' });
let clock = Date.parse('2031-06-01T09:00:00.000Z');
const now = () => new Date(clock);
let t: TestApp;

beforeAll(() => {
  t = createTestApp({ now });
});
afterAll(() => t.close());
beforeEach(() => {
  t.db.db.delete(mailOutbox).run();
});

function queue(n: number, to = `personne${n}@example.fr`) {
  clock += 1000;
  return queueMail(
    t.db.db,
    composeMail({
      kind: n % 2 ? 'verify-email' : 'password-reset',
      to,
      locale: n % 3 ? 'fr' : 'en',
      subject: `Message ${n}`,
      greeting: 'Bonjour,',
      paragraphs: [`Contenu ${n} <b>non interprété</b>`],
    }),
    { now: now() },
  );
}

const get = (path: string) => t.app.request(path);

describe('GET /v1/dev/mail', () => {
  it('lists every message from the moment it is queued, newest first, without sign-in and never cached', async () => {
    const ids = [1, 2, 3].map((n) => queue(n));
    const res = await get('/v1/dev/mail');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as DevMailList;
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: DEV_MAIL_PAGE_SIZE });
    expect(body.items.map((m) => m.id)).toEqual([...ids].reverse());
    const newest = body.items[0] as DevMailMessage;
    expect(newest).toEqual({
      id: ids[2],
      to: 'personne3@example.fr',
      subject: 'Message 3',
      text: expect.stringContaining('Contenu 3 <b>non interprété</b>'),
      html: expect.stringContaining('<p>Contenu 3 &lt;b&gt;non interprété&lt;/b&gt;</p>'),
      kind: 'verify-email',
      locale: 'en',
      status: 'queued',
      attempts: 0,
      createdAt: new Date(clock).toISOString(),
      sentAt: null,
    });
  });

  it('shows the status as the worker moves a message on, with when it was sent', async () => {
    const id = queue(1);
    await createMailWorker({ db: t.db, mail: t.deps.mail, logger: silent, now }).runOnce();
    const body = (await (await get('/v1/dev/mail')).json()) as DevMailList;
    expect(body.items).toEqual([
      expect.objectContaining({ id, status: 'sent', attempts: 1, sentAt: new Date(clock).toISOString() }),
    ]);
  });

  it(`pages by ${DEV_MAIL_PAGE_SIZE} with the total, and filters by recipient whatever its case`, async () => {
    const ids = Array.from({ length: DEV_MAIL_PAGE_SIZE + 5 }, (_, i) => queue(i + 1));
    const first = (await (await get('/v1/dev/mail')).json()) as DevMailList;
    const second = (await (await get('/v1/dev/mail?page=2')).json()) as DevMailList;
    const third = (await (await get('/v1/dev/mail?page=3')).json()) as DevMailList;
    expect(first.total).toBe(ids.length);
    expect(first.items.map((m) => m.id)).toEqual(ids.slice(5).reverse());
    expect(second).toMatchObject({ page: 2, total: ids.length });
    expect(second.items.map((m) => m.id)).toEqual(ids.slice(0, 5).reverse());
    expect(third.items).toEqual([]);

    const mine = queue(99, 'Camille.Martin@Example.fr');
    const filtered = (await (await get('/v1/dev/mail?to=camille.martin@example.FR')).json()) as DevMailList;
    expect(filtered).toMatchObject({ total: 1, items: [{ id: mine, to: 'Camille.Martin@Example.fr' }] });

    const bad = await get('/v1/dev/mail?page=0');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers one message by id, and 404 for an id that does not exist', async () => {
    const id = queue(7);
    const res = await get(`/v1/dev/mail/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await res.json()) as DevMailMessage).toMatchObject({
      id,
      subject: 'Message 7',
      status: 'queued',
    });

    const missing = await get(`/v1/dev/mail/${id + 1000}`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await get('/v1/dev/mail/abc')).status).toBe(400);
  });
});

describe('GET /v1/dev/mail where mail is real', () => {
  async function expectAbsent(other: TestApp) {
    queueMail(
      other.db.db,
      composeMail({
        kind: 'k',
        to: 'a@example.fr',
        locale: 'fr',
        subject: 'S',
        greeting: 'G',
        paragraphs: [],
      }),
    );
    for (const path of ['/v1/dev/mail', '/v1/dev/mail/1']) {
      const res = await other.app.request(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const problem = (await res.json()) as Problem;
      expect(problem).toMatchObject({ status: 404, detail: `No resource at ${path}.` });
      expect(JSON.stringify(problem)).not.toContain('a@example.fr');
    }
  }

  it('does not exist in production', async () => {
    const production = createTestApp({ config: { ...t.deps.config, nodeEnv: 'production' } });
    try {
      await expectAbsent(production);
    } finally {
      production.close();
    }
  });

  it('does not exist when SMTP_URL sends mail for real', async () => {
    const mail = createSmtpTransport({
      url: 'smtp://127.0.0.1:9',
      from: 'Vigie <no-reply@vigie.test>',
      logger: silent,
    });
    const withSmtp = createTestApp({ mail });
    try {
      await expectAbsent(withSmtp);
    } finally {
      mail.close();
      withSmtp.close();
    }
  });
});
