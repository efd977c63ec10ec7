CREATE TABLE `providers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`legal_name` text NOT NULL,
	`trade_name` text,
	`siret` text NOT NULL,
	`address` text NOT NULL,
	`postcode` text NOT NULL,
	`commune_code` text NOT NULL,
	`city` text NOT NULL,
	`departement` text NOT NULL,
	`lat` real NOT NULL,
	`lng` real NOT NULL,
	`radius_km` integer DEFAULT 30 NOT NULL,
	`on_site` integer DEFAULT true NOT NULL,
	`remote` integer DEFAULT false NOT NULL,
	`publics` text NOT NULL,
	`services` text NOT NULL,
	`languages` text NOT NULL,
	`hours` text NOT NULL,
	`contact_email` text,
	`contact_phone` text,
	`website` text,
	`description` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`charter_accepted_at` text,
	`label` text,
	`label_granted_at` text,
	`label_expires_at` text,
	`label_certificate` text,
	`rating_average` real,
	`rating_count` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `providers_slug_unique` ON `providers` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `providers_siret_unique` ON `providers` (`siret`);--> statement-breakpoint
CREATE INDEX `providers_status_idx` ON `providers` (`status`);--> statement-breakpoint
CREATE INDEX `providers_commune_idx` ON `providers` (`commune_code`);--> statement-breakpoint
CREATE TABLE `search_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` integer NOT NULL,
	`op` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`last_error` text
);
--> statement-breakpoint
CREATE INDEX `search_outbox_next_idx` ON `search_outbox` (`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `search_outbox_provider_idx` ON `search_outbox` (`provider_id`);