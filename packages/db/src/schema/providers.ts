import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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

export type Provider = typeof providers.$inferSelect;
export type NewProvider = typeof providers.$inferInsert;
