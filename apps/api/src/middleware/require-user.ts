import type { Role } from '@vigie/db';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../deps.ts';
import { DomainError } from '../lib/problem.ts';
import { findSessionUser, hashToken } from '../services/auth/sessions.ts';

/** Rejects the request with 401 unless it carries a live session token as a Bearer credential. */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const token = header.match(/^Bearer\s+(\S+)$/i)?.[1];
  const user = token ? findSessionUser(c.var.deps, token) : undefined;
  if (!token || !user) {
    throw new DomainError('unauthenticated', 'A valid session token is required.', {
      headers: { 'www-authenticate': 'Bearer realm="vigie"' },
    });
  }
  c.set('user', user);
  c.set('sessionTokenHash', hashToken(token));
  await next();
});

/**
 * For a whole space (`/v1/admin`, `/v1/provider`): 403 when the signed-in user holds none of
 * `roles`. Use after `requireUser`. Resources inside a space answer 404 to whoever may not see them.
 */
export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!c.var.user.roles.some((role) => (roles as string[]).includes(role))) {
      throw new DomainError('forbidden', 'Your account has no access to this space.');
    }
    await next();
  });
}
