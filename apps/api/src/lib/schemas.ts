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
