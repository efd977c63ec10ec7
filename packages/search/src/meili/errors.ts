import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from 'meilisearch';

/**
 * - `unauthorized`: Meilisearch refused the API key (401 missing, 403 invalid).
 * - `unreachable`: no answer at all (connection refused, reset, DNS).
 * - `timeout`: an HTTP request took longer than `timeoutMs`.
 * - `task_timeout`: a write was accepted but not processed within `taskTimeoutMs`.
 * - `task_failed`: Meilisearch processed a write and it failed (see `meiliCode`).
 * - `request_failed`: any other error answer.
 */
export type MeiliIndexErrorCode =
  | 'unauthorized'
  | 'unreachable'
  | 'timeout'
  | 'task_timeout'
  | 'task_failed'
  | 'request_failed';

export type MeiliIndexErrorDetails = {
  /** Meilisearch's own error code (`invalid_api_key`, `index_not_found`, ...), when it sent one. */
  meiliCode?: string;
  /** HTTP status of the error answer, when there was one. */
  status?: number;
  /** The task that failed or timed out. */
  taskUid?: number;
  cause?: unknown;
};

const TRANSIENT: ReadonlySet<MeiliIndexErrorCode> = new Set(['unreachable', 'timeout', 'task_timeout']);

/** An error of the Meilisearch provider index; `retryable` tells an outbox whether trying again later may help. */
export class MeiliIndexError extends Error {
  override readonly name = 'MeiliIndexError';
  readonly meiliCode?: string;
  readonly status?: number;
  readonly taskUid?: number;

  constructor(
    readonly code: MeiliIndexErrorCode,
    message: string,
    details: MeiliIndexErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.meiliCode = details.meiliCode;
    this.status = details.status;
    this.taskUid = details.taskUid;
  }

  /** True for conditions that pass by themselves (network, load, a vanished index that is recreated). */
  get retryable(): boolean {
    if (TRANSIENT.has(this.code)) return true;
    if (this.status !== undefined && (this.status >= 500 || this.status === 429)) return true;
    return this.meiliCode === 'index_not_found';
  }
}

/** The Meilisearch error code of a client error, if it is an error answer. */
export function meiliCodeOf(error: unknown): string | undefined {
  return error instanceof MeilisearchApiError ? error.cause?.code : undefined;
}

/** Translates an error of the `meilisearch` client into a MeiliIndexError (others pass through). */
export function toMeiliIndexError(error: unknown, doing: string): unknown {
  if (error instanceof MeiliIndexError) return error;
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    const meiliCode = error.cause?.code;
    const code = status === 401 || status === 403 ? 'unauthorized' : 'request_failed';
    return new MeiliIndexError(code, `Meilisearch refused to ${doing}: ${error.message}`, {
      meiliCode,
      status,
      cause: error,
    });
  }
  if (error instanceof MeilisearchTaskTimeOutError) {
    return new MeiliIndexError(
      'task_timeout',
      `Meilisearch did not finish to ${doing} in time: ${error.message}`,
      {
        taskUid: error.cause.taskUid,
        cause: error,
      },
    );
  }
  if (error instanceof MeilisearchRequestError) {
    const timedOut = error.cause instanceof MeilisearchRequestTimeOutError;
    return new MeiliIndexError(
      timedOut ? 'timeout' : 'unreachable',
      `Could not ${doing}: Meilisearch ${timedOut ? 'did not answer in time' : 'is unreachable'}.`,
      { cause: error },
    );
  }
  return error;
}
