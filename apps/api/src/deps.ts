import type { DbHandle } from '@vigie/db';
import type { Geocoder } from '@vigie/geo';
import type { Logger } from 'pino';
import type { PasswordHasher } from './lib/password.ts';
import type { MailTransport } from './services/mail/transport.ts';
import type { SearchService } from './services/search/search-service.ts';

/** Everything the API needs from outside; `server.ts` builds it from the environment, tests build their own. */
export type AppDeps = {
  db: DbHandle;
  logger: Logger;
  config: {
    nodeEnv: 'development' | 'test' | 'production';
    bodyLimitBytes: number;
    publicApiUrl: string;
    /** Requests per minute and client address on the public search and geocoding endpoints. */
    searchRateLimitPerMinute: number;
    /** Proxies (IPs or CIDR ranges) whose `X-Forwarded-For` entries are believed. */
    trustedProxies: string[];
  };
  search: SearchService;
  /** Password hashing off the event loop, a few at a time. */
  passwords: PasswordHasher;
  geocoder: Geocoder;
  /** Where queued mail goes: SMTP when `SMTP_URL` is set, else the local outbox (`GET /v1/dev/mail`). */
  mail: MailTransport;
  /** Folder of the built widget (`apps/widget/dist`). */
  widgetDistDir: string;
  now: () => Date;
};

export type SessionUser = {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  locale: 'fr' | 'en';
};

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    requestId: string;
    logger: Logger;
    user: SessionUser;
    sessionTokenHash: string;
  };
};
