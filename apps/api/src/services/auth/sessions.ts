import { createHash, randomBytes } from 'node:crypto';
import { auditLog, type DbHandle, sessions, users } from '@vigie/db';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { SessionUser } from '../../deps.ts';
import { DUMMY_PASSWORD_HASH, type PasswordHasher } from '../../lib/password.ts';
import { DomainError } from '../../lib/problem.ts';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** SHA-256 of a bearer token: what the sessions table stores, so a leaked table opens no session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

type Deps = { db: DbHandle; now: () => Date };

/** Checks credentials and opens a session; the same error for an unknown email and a wrong password. */
export async function createSession(
  deps: Deps & { passwords: PasswordHasher },
  input: { email: string; password: string; requestId: string },
): Promise<{ token: string; expiresAt: string; user: SessionUser }> {
  const email = input.email.trim().toLowerCase();
  const user = deps.db.db.select().from(users).where(eq(users.email, email)).get();
  const ok = await deps.passwords.verify(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !ok || user.disabledAt) {
    deps.db.db
      .insert(auditLog)
      .values({
        action: 'auth.login_failed',
        actorUserId: user?.id ?? null,
        details: { reason: !user ? 'unknown_email' : user.disabledAt ? 'disabled' : 'bad_password' },
        requestId: input.requestId,
      })
      .run();
    throw new DomainError('unauthenticated', 'Email or password is incorrect.');
  }
  const token = `vs_${randomBytes(32).toString('base64url')}`;
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
  deps.db.db.transaction((tx) => {
    tx.insert(sessions)
      .values({ tokenHash: hashToken(token), userId: user.id, expiresAt, createdAt: now.toISOString() })
      .run();
    tx.insert(auditLog)
      .values({ action: 'auth.login', actorUserId: user.id, requestId: input.requestId })
      .run();
  });
  return { token, expiresAt, user: toSessionUser(user) };
}

/** Resolves a bearer token to its live session's user, or undefined. */
export function findSessionUser(deps: Deps, token: string): SessionUser | undefined {
  const row = deps.db.db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        gt(sessions.expiresAt, deps.now().toISOString()),
        isNull(users.disabledAt),
      ),
    )
    .get();
  return row ? toSessionUser(row.user) : undefined;
}

/** Ends a session; idempotent. */
export function deleteSession(
  deps: Deps,
  tokenHash: string,
  actor: { userId: string; requestId: string },
): void {
  deps.db.db.transaction((tx) => {
    tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
    tx.insert(auditLog)
      .values({ action: 'auth.logout', actorUserId: actor.userId, requestId: actor.requestId })
      .run();
  });
}

function toSessionUser(u: typeof users.$inferSelect): SessionUser {
  return { id: u.id, email: u.email, displayName: u.displayName, roles: u.roles, locale: u.locale };
}
