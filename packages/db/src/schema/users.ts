import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const ROLES = ['partner-member', 'provider-member', 'agent', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  displayName: text('display_name').notNull(),
  roles: text('roles', { mode: 'json' }).$type<Role[]>().notNull(),
  locale: text('locale', { enum: ['fr', 'en'] })
    .notNull()
    .default('fr'),
  createdAt: text('created_at').notNull().default(now),
  disabledAt: text('disabled_at'),
  /** Null until the owner of the address opens the verification link. */
  emailVerifiedAt: text('email_verified_at'),
  /** Base32 TOTP secret (RFC 6238); null when the account has no second factor. */
  totpSecret: text('totp_secret'),
  /** SHA-256 hashes of the unused recovery codes. */
  totpRecoveryHashes: text('totp_recovery_hashes', { mode: 'json' }).$type<string[]>(),
  /** Failed sign-ins since the last success; drives the growing delay and the lockout. */
  failedLogins: integer('failed_logins').notNull().default(0),
  lastFailedLoginAt: text('last_failed_login_at'),
  lockedUntil: text('locked_until'),
});

/**
 * Single-use links sent by mail (email verification, password reset, team invitation). Only the
 * SHA-256 of the token is stored; `usedAt` makes a link single-use, `expiresAt` makes it expire.
 */
export const AUTH_TOKEN_PURPOSES = ['verify-email', 'password-reset', 'provider-invite'] as const;
export type AuthTokenPurpose = (typeof AUTH_TOKEN_PURPOSES)[number];

export const authTokens = sqliteTable(
  'auth_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    purpose: text('purpose', { enum: AUTH_TOKEN_PURPOSES }).notNull(),
    /** The account the link acts on; null for an invitation to an address with no account yet. */
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    email: text('email'),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: text('created_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [index('auth_tokens_user_idx').on(t.userId), index('auth_tokens_expires_idx').on(t.expiresAt)],
);

/**
 * Mail waiting to be sent, sent or given up on. Written in the same transaction as the change that
 * causes it; a worker claims due rows, sends them and records the outcome, so an SMTP outage loses
 * nothing. `messageId` is fixed at queueing so a retry after an uncertain send carries the same id.
 */
export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    messageId: text('message_id').notNull().unique(),
    kind: text('kind').notNull(),
    to: text('to').notNull(),
    locale: text('locale', { enum: ['fr', 'en'] })
      .notNull()
      .default('fr'),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    status: text('status', { enum: MAIL_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull().default(now),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull().default(now),
    sentAt: text('sent_at'),
  },
  (t) => [index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt)],
);

/** A session row stores only the SHA-256 of the bearer token, never the token itself. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull().default(now),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    actorUserId: text('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    requestId: text('request_id'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_actor_idx').on(t.actorUserId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
