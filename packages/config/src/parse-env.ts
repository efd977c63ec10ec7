import type { z } from 'zod';

/** Raised when the environment does not satisfy a schema; lists every problem at once. */
export class EnvError extends Error {
  readonly problems: string[];
  constructor(app: string, problems: string[]) {
    super(`${app}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
    this.problems = problems;
  }
}

/** Parses `env` with `schema`, treating empty strings as unset; throws an EnvError naming every bad variable. */
export function parseEnv<S extends z.ZodType>(
  app: string,
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.output<S> {
  const cleaned: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v !== undefined && v.trim() !== '') cleaned[k] = v;
  }
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    const value = typeof issue.path[0] === 'string' ? cleaned[issue.path[0]] : undefined;
    const shown =
      value === undefined ? 'unset' : `got ${JSON.stringify(redact(issue.path[0] as string, value))}`;
    return `${name}: ${issue.message} (${shown})`;
  });
  throw new EnvError(app, problems);
}

function redact(name: string, value: string): string {
  return /KEY|SECRET|PASSWORD|TOKEN/i.test(name) || /\/\/[^/]*:[^@]*@/.test(value) ? '***' : value;
}
