import type { Context } from 'hono';
import type { HTTPException } from 'hono/http-exception';

/** Codes a service may throw; `onError` maps each to one HTTP status. */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const TITLES: Record<ErrorCode, string> = {
  bad_request: 'Bad request',
  validation_failed: 'Invalid request',
  unauthenticated: 'Authentication required',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  rate_limited: 'Too many requests',
  internal: 'Internal server error',
  unavailable: 'Service unavailable',
};

export type FieldProblem = { path: string; message: string };

/** A failure the caller can act on; thrown by services, turned into problem+json by the app. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly errors?: FieldProblem[];
  readonly headers?: Record<string, string>;
  constructor(
    code: ErrorCode,
    detail: string,
    extra: { errors?: FieldProblem[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'DomainError';
    this.code = code;
    this.errors = extra.errors;
    this.headers = extra.headers;
  }
}

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  requestId: string;
  instance?: string;
  errors?: FieldProblem[];
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Builds an RFC 9457 problem document whose `type` points at the API's own error docs. */
export function buildProblem(
  code: ErrorCode,
  detail: string,
  requestId: string,
  errors?: FieldProblem[],
): Problem {
  return {
    type: `https://vigie.invalid/problems/${code.replaceAll('_', '-')}`,
    title: TITLES[code],
    status: ERROR_STATUS[code],
    detail,
    requestId,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** Writes a problem+json response on the Hono context. */
export function problemResponse(
  c: Context,
  code: ErrorCode,
  detail: string,
  extra: { errors?: FieldProblem[]; headers?: Record<string, string> } = {},
): Response {
  const requestId = (c.get('requestId') as string | undefined) ?? 'unknown';
  const body = buildProblem(code, detail, requestId, extra.errors);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...extra.headers },
  });
}

export const SEND_JSON = 'Send application/json.';

/**
 * The problem for a 4xx HTTPException thrown by Hono or a middleware (malformed JSON, a body
 * over the limit, a wrong Content-Type): the caller's mistake, answered without internals.
 */
export function clientErrorProblem(error: HTTPException): { code: ErrorCode; detail: string } {
  switch (error.status) {
    case 401:
      return { code: 'unauthenticated', detail: 'Authentication required.' };
    case 404:
      return { code: 'not_found', detail: 'No such resource.' };
    case 413:
      return { code: 'payload_too_large', detail: 'The request body is too large.' };
    case 415:
      // The only bodies this API reads are JSON, whatever the route.
      return { code: 'unsupported_media_type', detail: SEND_JSON };
    case 429:
      return { code: 'rate_limited', detail: 'Too many requests; wait before trying again.' };
    default:
      return { code: 'bad_request', detail: error.message || 'Malformed request.' };
  }
}
