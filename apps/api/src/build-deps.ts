import type { ApiEnv } from '@vigie/config';
import { chooseLogFormat, createPrettySink, resolveFromRoot } from '@vigie/config';
import { createDb, migrateDb } from '@vigie/db';
import { createAddressApiGeocoder, createEmbeddedGeocoder, type Geocoder, loadGazetteer } from '@vigie/geo';
import { createEmbeddedIndex, createMeiliIndex } from '@vigie/search';
import { widgetDistDir } from '@vigie/widget';
import pino from 'pino';
import type { AppDeps } from './deps.ts';
import { createPasswordHasher } from './lib/password.ts';
import { createLocalTransport, createSmtpTransport } from './services/mail/transport.ts';
import { createSearchService } from './services/search/search-service.ts';

/** Builds the production dependencies from parsed settings: opens and migrates the database. */
export function buildDeps(env: ApiEnv): AppDeps {
  const format = chooseLogFormat({ isTTY: process.stdout.isTTY, nodeEnv: env.NODE_ENV });
  const logger = pino(
    { level: env.LOG_LEVEL, base: { service: 'vigie-api' } },
    format === 'pretty' ? createPrettySink((text) => process.stdout.write(text)) : undefined,
  );
  const db = createDb(resolveFromRoot(env.DATABASE_PATH));
  migrateDb(db);
  const embedded = createEmbeddedIndex(db.sqlite);
  const external = env.MEILI_HOST
    ? createMeiliIndex({
        host: env.MEILI_HOST,
        apiKey: env.MEILI_API_KEY,
        indexUid: env.MEILI_INDEX,
        timeoutMs: env.MEILI_TIMEOUT_MS,
      })
    : undefined;
  if (env.NODE_ENV === 'production' && !env.SMTP_URL) {
    logger.warn('SMTP_URL is not set: mail is kept in the database outbox and never sent');
  }
  const embeddedGeocoder = createEmbeddedGeocoder(loadGazetteer());
  const geocoder: Geocoder = env.ADDRESS_API_URL
    ? createAddressApiGeocoder({
        baseUrl: env.ADDRESS_API_URL,
        timeoutMs: env.ADDRESS_API_TIMEOUT_MS,
        fallback: embeddedGeocoder,
        onFallback: ({ reason }) =>
          logger.warn({ reason }, 'address API unavailable; embedded geocoder used'),
      })
    : embeddedGeocoder;
  return {
    db,
    logger,
    config: {
      nodeEnv: env.NODE_ENV,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      publicApiUrl: env.PUBLIC_API_URL,
      searchRateLimitPerMinute: env.SEARCH_RATE_LIMIT_PER_MINUTE,
      trustedProxies: env.TRUSTED_PROXIES,
    },
    search: createSearchService({ embedded, external, logger }),
    passwords: createPasswordHasher({
      concurrency: env.SCRYPT_CONCURRENCY,
      maxQueue: env.SCRYPT_QUEUE_LIMIT,
    }),
    geocoder,
    mail: env.SMTP_URL
      ? createSmtpTransport({ url: env.SMTP_URL, from: env.MAIL_FROM, logger })
      : createLocalTransport({ logger }),
    widgetDistDir: widgetDistDir(),
    now: () => new Date(),
  };
}
