import type { z } from 'zod';
import type { FieldProblem } from './problem.ts';

/** Flattens zod issues into `{path, message}` pairs a client can show next to its fields. */
export function toFieldProblems(error: z.ZodError, prefix?: string): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: issue.message,
  }));
}
