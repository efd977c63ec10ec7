/**
 * Meilisearch's error object, `{message, code, type, link}`, as documented at
 * https://www.meilisearch.com/docs/reference/errors/overview.
 */
export type MeiliErrorType = 'invalid_request' | 'auth' | 'internal' | 'system';

export type MeiliErrorBody = { message: string; code: string; type: MeiliErrorType; link: string };

/** An error the stand-in answers with (synchronously as an HTTP error, or inside a failed task). */
export class MeiliError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type: MeiliErrorType = 'invalid_request',
  ) {
    super(message);
  }

  toBody(): MeiliErrorBody {
    return {
      message: this.message,
      code: this.code,
      type: this.type,
      link: `https://docs.meilisearch.com/errors#${this.code}`,
    };
  }
}

/** 400 `bad_request`: what Meilisearch answers for unknown fields and parameters. */
export const badRequest = (message: string) => new MeiliError(400, 'bad_request', message);

/**
 * What the stand-in answers for a parameter or setting that real Meilisearch accepts but the stand-in
 * does not implement: it refuses rather than silently ignoring, so the client cannot come to rely on
 * behaviour nobody has checked.
 */
export const notImplemented = (what: string) =>
  new MeiliError(400, 'bad_request', `meili-standin: ${what} is not implemented by the stand-in.`);

/** Describes a JSON value the way Meilisearch's deserializer does in its error messages. */
export function describeJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array: \`${json}\``;
  switch (typeof value) {
    case 'string':
      return `a string: \`${json}\``;
    case 'boolean':
      return `a boolean: \`${json}\``;
    case 'number':
      return Number.isInteger(value) ? `an integer: \`${json}\`` : `a float: \`${json}\``;
    default:
      return `an object: \`${json}\``;
  }
}

/** `Invalid value type at \`.field\`: expected X, but found Y` with the given code. */
export function invalidType(code: string, path: string, expected: string, found: unknown) {
  return new MeiliError(
    400,
    code,
    `Invalid value type at \`${path}\`: expected ${expected}, but found ${describeJson(found)}`,
  );
}
