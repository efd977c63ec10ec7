import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users.ts';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export const PROVIDER_STATUSES = ['draft', 'pending', 'referenced', 'rejected', 'suspended'] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

export type OpeningHours = { always: boolean; text?: { fr: string; en: string } };

export const providers = sqliteTable(
  'providers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    legalName: text('legal_name').notNull(),
    tradeName: text('trade_name'),
    siret: text('siret').notNull().unique(),
    address: text('address').notNull(),
    postcode: text('postcode').notNull(),
    communeCode: text('commune_code').notNull(),
    city: text('city').notNull(),
    departement: text('departement').notNull(),
    lat: real('lat').notNull(),
    lng: real('lng').notNull(),
    radiusKm: integer('radius_km').notNull().default(30),
    onSite: integer('on_site', { mode: 'boolean' }).notNull().default(true),
    remote: integer('remote', { mode: 'boolean' }).notNull().default(false),
    publics: text('publics', { mode: 'json' }).$type<string[]>().notNull(),
    services: text('services', { mode: 'json' }).$type<string[]>().notNull(),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    hours: text('hours', { mode: 'json' }).$type<OpeningHours>().notNull(),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    website: text('website'),
    description: text('description').notNull().default(''),
    status: text('status', { enum: PROVIDER_STATUSES }).notNull().default('draft'),
    charterAcceptedAt: text('charter_accepted_at'),
    label: text('label', { enum: ['expertcyber'] }),
    labelGrantedAt: text('label_granted_at'),
    labelExpiresAt: text('label_expires_at'),
    labelCertificate: text('label_certificate'),
    /** Version of the charter accepted (the text lives in the repository). */
    charterVersion: text('charter_version'),
    submittedAt: text('submitted_at'),
    /** Why the last review rejected the profile, or why it is suspended. */
    reviewNote: text('review_note'),
    /** Identity changes (legal name, SIRET, address) of a referenced provider, waiting for review. */
    pendingChanges: text('pending_changes', { mode: 'json' }).$type<Record<string, unknown>>(),
    ratingAverage: real('rating_average'),
    ratingCount: integer('rating_count').notNull().default(0),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [index('providers_status_idx').on(t.status), index('providers_commune_idx').on(t.communeCode)],
);

/**
 * Provider changes still to push to an external search engine. Written in the same transaction as
 * the change; drained in id order, so each provider's changes reach the engine in order.
 */
export const searchOutbox = sqliteTable(
  'search_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    providerId: integer('provider_id').notNull(),
    op: text('op', { enum: ['upsert', 'remove'] }).notNull(),
    createdAt: text('created_at').notNull().default(now),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull().default(now),
    lastError: text('last_error'),
  },
  (t) => [
    index('search_outbox_next_idx').on(t.nextAttemptAt),
    index('search_outbox_provider_idx').on(t.providerId),
  ],
);

/**
 * People of a provider's team. `invited` rows wait for the invitee to accept, `requested` rows are
 * someone asking to join a company already listed, `active` rows are members.
 */
export const providerMembers = sqliteTable(
  'provider_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    providerId: integer('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: ['owner', 'member'] })
      .notNull()
      .default('member'),
    status: text('status', { enum: ['invited', 'requested', 'active'] })
      .notNull()
      .default('active'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('provider_members_provider_email_idx').on(t.providerId, t.email),
    index('provider_members_user_idx').on(t.userId),
  ],
);

/** Every acceptance of the charter, with the version accepted and who accepted it. */
export const charterAcceptances = sqliteTable(
  'charter_acceptances',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    providerId: integer('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    version: text('version').notNull(),
    acceptedAt: text('accepted_at').notNull().default(now),
  },
  (t) => [index('charter_acceptances_provider_idx').on(t.providerId)],
);

export const REQUEST_STATUSES = ['new', 'accepted', 'declined', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * A victim's request for help to one provider, sent without an account. The follow link's token is
 * stored hashed. Contact fields and the description are personal data: the purge job blanks them
 * (and sets `erasedAt`) twelve months after closing.
 */
export const assistanceRequests = sqliteTable(
  'assistance_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reference: text('reference').notNull().unique(),
    providerId: integer('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    followTokenHash: text('follow_token_hash').notNull(),
    description: text('description').notNull(),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    locale: text('locale', { enum: ['fr', 'en'] })
      .notNull()
      .default('fr'),
    consentAt: text('consent_at').notNull(),
    /** The diagnostic outcome the victim came from (threat, severity, summary), when any. */
    outcome: text('outcome', { mode: 'json' }).$type<Record<string, unknown>>(),
    status: text('status', { enum: REQUEST_STATUSES }).notNull().default('new'),
    /** The provider's reason when declining, or note when closing. */
    statusNote: text('status_note'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    closedAt: text('closed_at'),
    erasedAt: text('erased_at'),
  },
  (t) => [
    index('assistance_requests_provider_idx').on(t.providerId, t.status),
    index('assistance_requests_closed_idx').on(t.closedAt),
  ],
);

/** A victim's rating of the help received, one per closed request, shown once moderated. */
export const ratings = sqliteTable(
  'ratings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .unique()
      .references(() => assistanceRequests.id, { onDelete: 'cascade' }),
    providerId: integer('provider_id')
      .notNull()
      .references(() => providers.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    comment: text('comment'),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    createdAt: text('created_at').notNull().default(now),
    moderatedAt: text('moderated_at'),
    moderatedBy: text('moderated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('ratings_provider_idx').on(t.providerId, t.status)],
);

export type Provider = typeof providers.$inferSelect;
export type NewProvider = typeof providers.$inferInsert;
