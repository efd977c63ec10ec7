import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getTableName, is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDb, createDb, MIGRATIONS_FOLDER, migrateDb } from './create-db.ts';
import * as schema from './schema/index.ts';
import { isEmpty, seedDemo } from './seed/seed-demo.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vigie-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tables = (Object.values(schema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable));

describe('createDb', () => {
  it('opens a file in WAL mode with foreign keys on and full sync', () => {
    const h = createDb(path.join(dir, 'nested', 'a.db'));
    expect(h.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(h.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(h.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(h.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    h.close();
  });

  it('gives two independent handles for two files', () => {
    const a = createDb(path.join(dir, 'a.db'));
    const b = createDb(path.join(dir, 'b.db'));
    migrateDb(a);
    migrateDb(b);
    seedDemo(a.db, { hashPassword: (p) => `plain:${p}` });
    expect(isEmpty(a.db)).toBe(false);
    expect(isEmpty(b.db)).toBe(true);
    a.close();
    b.close();
  });
});

describe('migrations', () => {
  it('create exactly the tables and columns the schema declares', () => {
    const h = createDb(path.join(dir, 'm.db'));
    migrateDb(h);
    const actualTables = h.sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'",
      )
      .pluck()
      .all() as string[];
    expect(actualTables.sort()).toEqual(tables.map((t) => getTableName(t)).sort());
    for (const table of tables) {
      const config = getTableConfig(table);
      const info = h.sqlite.prepare(`pragma table_info(${config.name})`).all() as {
        name: string;
        notnull: number;
        pk: number;
      }[];
      const actual = info.map((c) => ({ name: c.name, notNull: c.notnull === 1 || c.pk > 0 })).sort(byName);
      const expected = config.columns
        .map((c) => ({ name: c.name, notNull: c.notNull || c.primary }))
        .sort(byName);
      expect(actual, config.name).toEqual(expected);
    }
    h.close();
  });

  it('are idempotent: migrating twice changes nothing', () => {
    const h = createDb(path.join(dir, 'twice.db'));
    migrateDb(h);
    const before = h.sqlite.prepare('select sql from sqlite_master order by name').all();
    migrateDb(h);
    expect(h.sqlite.prepare('select sql from sqlite_master order by name').all()).toEqual(before);
    h.close();
  });

  it('are up to date with the schema (drizzle-kit generates nothing new)', () => {
    const out = path.join(dir, 'drizzle');
    cpSync(MIGRATIONS_FOLDER, out, { recursive: true });
    const before = readdirSync(out).sort();
    execFileSync(
      'pnpm',
      [
        'exec',
        'drizzle-kit',
        'generate',
        '--dialect',
        'sqlite',
        '--schema',
        './src/schema/index.ts',
        '--out',
        out,
      ],
      {
        cwd: path.resolve(MIGRATIONS_FOLDER, '..'),
        stdio: 'pipe',
      },
    );
    expect(readdirSync(out).sort()).toEqual(before);
  });
});

describe('backupDb', () => {
  it('copies a live database, including writes still in the WAL', async () => {
    const h = createDb(path.join(dir, 'live.db'));
    migrateDb(h);
    seedDemo(h.db, { hashPassword: (p) => p });
    const { pages } = await backupDb(h, path.join(dir, 'backups', 'copy.db'));
    expect(pages).toBeGreaterThan(0);
    const copy = createDb(path.join(dir, 'backups', 'copy.db'), { readonly: true });
    expect(copy.db.select().from(schema.users).all().length).toBeGreaterThan(0);
    copy.close();
    h.close();
  });
});

function byName(a: { name: string }, b: { name: string }) {
  return a.name.localeCompare(b.name);
}
