import { z } from '@hono/zod-openapi';

/** The problem+json document every error response carries. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://vigie.invalid/problems/validation-failed' }),
    title: z.string().openapi({ example: 'Invalid request' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/** OpenAPI response entries for the given error statuses. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: `Problem (${s})`, content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  );
}

const WHOLE_NUMBER = 'must be a whole number written with digits';

/**
 * A whole-number query parameter written with decimal digits only. `z.coerce.number()` also
 * takes `0x10`, `1e1`, `0b11`, ` 12`, `+5` and `1.0`: accepting what no client means to send
 * hides bugs, and lets the same request be spelled many ways (cache keys, logs).
 */
export function queryInt(options: { min: number; max: number; default: number }) {
  const range = `must be between ${options.min} and ${options.max}`;
  return z
    .preprocess(
      (value) => (typeof value === 'string' && /^[0-9]+$/.test(value) ? Number(value) : value),
      z.number({ error: WHOLE_NUMBER }).int(WHOLE_NUMBER).min(options.min, range).max(options.max, range),
    )
    .default(options.default);
}
