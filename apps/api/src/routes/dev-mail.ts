import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { mailOutbox } from '@vigie/db';
import { count, desc, eq, sql } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import {
  DEV_MAIL_PAGE_SIZE,
  DevMailIdSchema,
  DevMailListSchema,
  type DevMailMessage,
  DevMailMessageSchema,
  DevMailQuerySchema,
} from '../contract/dev-mail.ts';
import type { AppEnv } from '../deps.ts';
import { DomainError, problemResponse } from '../lib/problem.ts';
import { problemResponses } from '../lib/schemas.ts';

/**
 * Mail holds sign-in links and personal data: readable without signing in only where it never
 * leaves the machine. In production, or with real SMTP, these paths do not exist (404).
 */
const localMailOnly = createMiddleware<AppEnv>(async (c, next) => {
  const { config, mail } = c.var.deps;
  if (config.nodeEnv === 'production' || mail.mode !== 'local') {
    return problemResponse(c, 'not_found', `No resource at ${c.req.path}.`, {
      headers: { 'cache-control': 'no-store' },
    });
  }
  await next();
  c.res.headers.set('cache-control', 'no-store');
});

const DESCRIPTION =
  'Development only: answers 404 in production and when `SMTP_URL` is set. No sign-in. Every message from the moment it is queued, whatever its status.';

const listRoute = createRoute({
  method: 'get',
  path: '/dev/mail',
  tags: ['Development'],
  summary: 'Mail kept in the local outbox, newest first',
  description: `${DESCRIPTION} ${DEV_MAIL_PAGE_SIZE} messages per page.`,
  middleware: [localMailOnly] as const,
  request: { query: DevMailQuerySchema },
  responses: {
    200: {
      description: 'One page of messages',
      content: { 'application/json': { schema: DevMailListSchema } },
    },
    ...problemResponses(400, 404),
  },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/dev/mail/{id}',
  tags: ['Development'],
  summary: 'One message of the local outbox',
  description: DESCRIPTION,
  middleware: [localMailOnly] as const,
  request: { params: DevMailIdSchema },
  responses: {
    200: { description: 'The message', content: { 'application/json': { schema: DevMailMessageSchema } } },
    ...problemResponses(400, 404),
  },
});

const columns = {
  id: mailOutbox.id,
  to: mailOutbox.to,
  subject: mailOutbox.subject,
  text: mailOutbox.text,
  html: mailOutbox.html,
  kind: mailOutbox.kind,
  locale: mailOutbox.locale,
  status: mailOutbox.status,
  attempts: mailOutbox.attempts,
  createdAt: mailOutbox.createdAt,
  sentAt: mailOutbox.sentAt,
};

export const devMailRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, (c) => {
    const { page, to } = c.req.valid('query');
    const { db } = c.var.deps.db;
    const where = to ? eq(sql`lower(${mailOutbox.to})`, to) : undefined;
    const total = db.select({ n: count() }).from(mailOutbox).where(where).get()?.n ?? 0;
    const items: DevMailMessage[] = db
      .select(columns)
      .from(mailOutbox)
      .where(where)
      .orderBy(desc(mailOutbox.id))
      .limit(DEV_MAIL_PAGE_SIZE)
      .offset((page - 1) * DEV_MAIL_PAGE_SIZE)
      .all();
    return c.json({ items, total, page, pageSize: DEV_MAIL_PAGE_SIZE }, 200);
  })
  .openapi(oneRoute, (c) => {
    const { id } = c.req.valid('param');
    const row = c.var.deps.db.db.select(columns).from(mailOutbox).where(eq(mailOutbox.id, id)).get();
    if (!row) throw new DomainError('not_found', `No message ${id} in the local outbox.`);
    return c.json(row satisfies DevMailMessage, 200);
  });
