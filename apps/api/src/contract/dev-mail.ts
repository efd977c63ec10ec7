import { z } from '@hono/zod-openapi';
import { queryInt } from '../lib/schemas.ts';

/*
 * What `GET /v1/dev/mail` and `GET /v1/dev/mail/{id}` read and answer: the mail outbox as a
 * developer sees it, only where mail stays local (no SMTP_URL, never in production).
 */

/** Messages per page of `GET /v1/dev/mail`: fixed, so a page number always means the same rows. */
export const DEV_MAIL_PAGE_SIZE = 20;

export const DevMailQuerySchema = z.object({
  page: queryInt({ min: 1, max: 10_000, default: 1 }),
  to: z.string().trim().toLowerCase().max(320).optional().openapi({
    description: 'Only the messages sent to this address (case does not matter)',
    example: 'camille@example.fr',
  }),
});

export const DevMailIdSchema = z.object({
  id: z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/, 'is not a message id')
    .transform(Number)
    .openapi({ example: '12' }),
});

export const DevMailMessageSchema = z
  .object({
    id: z.number().int(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    html: z.string().openapi({ description: 'The HTML part as sent: show it in a sandboxed iframe' }),
    kind: z.string().openapi({ example: 'verify-email' }),
    locale: z.enum(['fr', 'en']),
    status: z.enum(['queued', 'sending', 'sent', 'failed']),
    attempts: z.number().int(),
    createdAt: z.string().openapi({ description: 'When it was queued (ISO 8601, UTC)' }),
    sentAt: z.string().nullable(),
  })
  .openapi('DevMailMessage');

export const DevMailListSchema = z
  .object({
    items: z.array(DevMailMessageSchema).openapi({ description: 'Newest first' }),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('DevMailList');

export type DevMailMessage = z.output<typeof DevMailMessageSchema>;
export type DevMailList = z.output<typeof DevMailListSchema>;
