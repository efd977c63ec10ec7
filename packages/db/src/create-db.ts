import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema/index.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export type DbHandle = {
  db: Db;
  sqlite: Database.Database;
  path: string;
  close: () => void;
};

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../drizzle');

/**
 * Opens (creating when needed) a SQLite database tuned for a web service: WAL, foreign keys,
 * a busy timeout and full sync so an acknowledged write survives a crash. No singleton: every
 * caller owns its handle and closes it.
 */
export function createDb(file: string, options: { readonly?: boolean } = {}): DbHandle {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file, { readonly: options.readonly ?? false });
  sqlite.pragma('busy_timeout = 5000');
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema }) as Db;
  return {
    db,
    sqlite,
    path: file,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}

/** Applies every committed migration that this database has not seen yet. */
export function migrateDb(handle: DbHandle): void {
  migrate(handle.db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** Copies a live database to `destination` with SQLite's online backup (readers and writers keep going). */
export async function backupDb(handle: DbHandle, destination: string): Promise<{ pages: number }> {
  mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const result = await handle.sqlite.backup(destination);
  return { pages: result.totalPages };
}
