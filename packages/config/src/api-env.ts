import { isIP } from 'node:net';
import { z } from 'zod';
import { host, httpUrl, logLevel, nodeEnv, port } from './shared.ts';

/** A comma-separated list of IP addresses and CIDR ranges, IPv4 or IPv6; names each bad entry. */
const ipRanges = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .superRefine((entries, ctx) => {
    for (const entry of entries) {
      const [ip = '', bits, ...rest] = entry.split('/');
      const max = isIP(ip) === 6 ? 128 : 32;
      const prefixOk = bits === undefined || (/^[0-9]{1,3}$/.test(bits) && Number(bits) <= max);
      if (isIP(ip) === 0 || rest.length > 0 || !prefixOk) {
        ctx.addIssue({ code: 'custom', message: `"${entry}" is not an IP address or CIDR range` });
      }
    }
  });

/** `smtp://` or `smtps://`, with a host; user and password (URL-encoded) and query options allowed. */
const smtpUrl = z.string().superRefine((value, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {}
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || url.hostname === '') {
    ctx.addIssue({
      code: 'custom',
      message:
        'must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:password@mail.example.fr:587',
    });
  }
});

/** A sender as mail headers write it: `no-reply@example.fr` or `Name <no-reply@example.fr>`. */
const mailbox = z
  .string()
  .trim()
  .regex(
    /^(?:[^<>\r\n@]+ )?<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>$|^[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+$/,
    'must be an address, alone or after a name: Vigie <no-reply@example.fr>',
  );

/** Settings of the API process. Unset optional services fall back to embedded implementations. */
export const apiEnvSchema = z
  .object({
    NODE_ENV: nodeEnv,
    LOG_LEVEL: logLevel,
    API_HOST: host,
    API_PORT: port(8787),
    DATABASE_PATH: z.string().default('./data/vigie.db'),
    PUBLIC_API_URL: httpUrl.optional(),
    MEILI_HOST: httpUrl.optional(),
    MEILI_API_KEY: z.string().optional(),
    MEILI_INDEX: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,400}$/, 'must be a Meilisearch index uid')
      .default('providers'),
    MEILI_TIMEOUT_MS: z.coerce.number().int().positive().default(1500),
    ADDRESS_API_URL: httpUrl.optional(),
    ADDRESS_API_TIMEOUT_MS: z.coerce.number().int().positive().default(1500),
    SEARCH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(300),
    BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(100 * 1024),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    // The portal, on loopback, forwards each visitor's address; add the reverse proxies in front.
    TRUSTED_PROXIES: z.string().default('127.0.0.1/8,::1').pipe(ipRanges),
    HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
    HTTP_MAX_CONNECTIONS: z.coerce.number().int().positive().default(1000),
    SCRYPT_CONCURRENCY: z.coerce.number().int().positive().default(2),
    SCRYPT_QUEUE_LIMIT: z.coerce.number().int().min(0).default(32),
    // Unset: mail is kept in the database's outbox and readable at GET /v1/dev/mail (not in production).
    SMTP_URL: smtpUrl.optional(),
    MAIL_FROM: mailbox.default('Vigie <no-reply@vigie.localhost>'),
  })
  .transform((env) => ({
    ...env,
    PUBLIC_API_URL: env.PUBLIC_API_URL ?? `http://127.0.0.1:${env.API_PORT}`,
  }));

export type ApiEnv = z.output<typeof apiEnvSchema>;
