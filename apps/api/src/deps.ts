import type { DbHandle } from '@vigie/db';
import type { SearchStatus } from '@vigie/search';
import type { Logger } from 'pino';

/** Everything the API needs from outside; `server.ts` builds it from the environment, tests build their own. */
export type AppDeps = {
  db: DbHandle;
  logger: Logger;
  config: {
    nodeEnv: 'development' | 'test' | 'production';
    bodyLimitBytes: number;
    publicApiUrl: string;
    publicPortalUrl: string;
  };
  search: { engine: 'embedded' | 'meilisearch'; status: () => Promise<SearchStatus> };
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
