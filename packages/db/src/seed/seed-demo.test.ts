import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_GAZETTEER_PATH, loadGazetteer } from '@vigie/geo';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle, migrateDb } from '../create-db.ts';
import * as schema from '../schema/index.ts';
import { isEmpty, seedDemo } from './seed-demo.ts';

let dir: string;
let h: DbHandle;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vigie-seed-'));
  h = createDb(path.join(dir, 's.db'));
  migrateDb(h);
});
afterEach(() => {
  h.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('seedDemo', () => {
  it('is idempotent and hashes passwords with the injected function', () => {
    expect(isEmpty(h.db)).toBe(true);
    const creds = seedDemo(h.db, { hashPassword: (p) => `hashed:${p}` });
    seedDemo(h.db, { hashPassword: (p) => `other:${p}` });
    expect(isEmpty(h.db)).toBe(false);
    const rows = h.db.select().from(schema.users).all();
    expect(rows).toHaveLength(creds.accounts.length);
    expect(rows.every((r) => r.passwordHash.startsWith('hashed:'))).toBe(true);
    expect(new Set(rows.flatMap((r) => r.roles))).toEqual(
      new Set(['admin', 'agent', 'provider-member', 'partner-member']),
    );
    expect(h.db.select().from(schema.providers).all()).toEqual([]);
  });

  it('inserts the generated providers once and reports them for indexing', () => {
    if (!existsSync(DEFAULT_GAZETTEER_PATH)) {
      execFileSync('pnpm', ['--filter', '@vigie/geo', 'build'], { stdio: 'inherit' });
    }
    const gazetteer = loadGazetteer();
    const first = seedDemo(h.db, { hashPassword: (p) => p, gazetteer, providerCount: 80 });
    const rows = h.db.select().from(schema.providers).all();
    expect(rows).toHaveLength(80);
    expect(first.providerIds.sort((a, b) => a - b)).toEqual(rows.map((r) => r.id).sort((a, b) => a - b));
    expect(first.providers).toEqual({
      total: 80,
      labelled: rows.filter((r) => r.label === 'expertcyber').length,
    });
    const again = seedDemo(h.db, { hashPassword: (p) => p, gazetteer, providerCount: 80 });
    expect(again.providerIds).toEqual([]);
    expect(h.db.select().from(schema.providers).all()).toHaveLength(80);
  }, 120_000);
});
