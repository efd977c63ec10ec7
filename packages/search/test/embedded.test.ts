import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedIndex, type EmbeddedProviderIndex } from '../src/embedded/embedded-index.ts';
import { compareHits, searchByFullScan } from '../src/embedded/full-scan.ts';
import { queryTerms, toFtsPrefixQuery } from '../src/embedded/text.ts';
import type { SearchQuery } from '../src/types.ts';
import {
  createRandom,
  FIXTURE_PLACES,
  FIXTURE_PUBLICS,
  FIXTURE_SERVICES,
  FIXTURE_TEXT_QUERIES,
  generateProviderFixture,
  generateRandomQueries,
  makeProvider,
} from '../testing/fixture.ts';
import { describeProviderIndexContract } from '../testing/provider-index-contract.ts';

const dirs: string[] = [];
const connections: Database.Database[] = [];
afterEach(() => {
  for (const sqlite of connections.splice(0)) if (sqlite.open) sqlite.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A connection to a fresh SQLite file (or to `path`) in WAL mode, as the API opens its database. */
function openDatabase(path = join(newDir(), 'vigie.db')): Database.Database {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  connections.push(sqlite);
  return sqlite;
}

function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-search-'));
  dirs.push(dir);
  return dir;
}

describeProviderIndexContract('embedded', async () => {
  const sqlite = openDatabase();
  return { index: createEmbeddedIndex(sqlite), cleanup: async () => void sqlite.close() };
});

const PARIS = { lat: FIXTURE_PLACES.paris.lat, lng: FIXTURE_PLACES.paris.lng };
const nearParis = (fields: Partial<SearchQuery> = {}): SearchQuery => ({
  ...PARIS,
  radiusKm: 30,
  page: 1,
  pageSize: 20,
  ...fields,
});
const ids = (index: EmbeddedProviderIndex, query = nearParis()) =>
  index.searchSync(query).items.map((i) => i.id);
const count = (sqlite: Database.Database, table: string) =>
  sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
/** The index's own tables (FTS5's shadow tables left out). */
const searchTables = (sqlite: Database.Database) =>
  sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 'search_*' AND name NOT GLOB 'search_fts_*' ORDER BY name`,
    )
    .pluck()
    .all();

describe('embedded index', () => {
  let sqlite: Database.Database;
  let index: EmbeddedProviderIndex;

  beforeEach(() => {
    sqlite = openDatabase();
    index = createEmbeddedIndex(sqlite);
  });

  describe('tables', () => {
    it('creates its tables once and keeps their rows when created again', () => {
      index.upsertSync([makeProvider({ id: 1 })]);
      const again = createEmbeddedIndex(sqlite);
      expect(searchTables(sqlite)).toEqual(['search_docs', 'search_fts', 'search_meta']);
      expect(ids(again)).toEqual([1]);
      expect(count(sqlite, 'search_docs')).toBe(1);
    });

    it('drops the R*Tree that earlier versions kept, and keeps the documents', () => {
      index.upsertSync([makeProvider({ id: 1 })]);
      sqlite.exec('CREATE VIRTUAL TABLE search_geo USING rtree(id, min_lat, max_lat, min_lng, max_lng)');
      const again = createEmbeddedIndex(sqlite);
      expect(searchTables(sqlite)).toEqual(['search_docs', 'search_fts', 'search_meta']);
      expect(ids(again)).toEqual([1]);
    });

    it('keeps the text table in step with the documents', () => {
      index.upsertSync([1, 2, 3].map((id) => makeProvider({ id, name: `Bastion ${id}` })));
      index.upsertSync([makeProvider({ id: 2, name: 'Rempart' })]);
      index.removeSync([3]);
      expect(count(sqlite, 'search_docs')).toBe(2);
      const matching = (q: string) =>
        sqlite.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid').pluck().all(q);
      expect(matching('bastion')).toEqual([1]);
      expect(matching('rempart')).toEqual([2]);
    });

    it('rebuilds its state from the tables when another connection opens the same file', () => {
      const docs = generateProviderFixture({ count: 200, seed: 3 });
      index.reindexSync(docs);
      index.removeSync([docs[0]!.id]);
      const reopened = createEmbeddedIndex(openDatabase(sqlite.name));
      expect(reopened.size).toBe(199);
      for (const query of generateRandomQueries(100, 5)) {
        expect(reopened.searchSync(query), JSON.stringify(query)).toEqual(index.searchSync(query));
      }
    });

    it('sees writes made through another connection', () => {
      const other = createEmbeddedIndex(openDatabase(sqlite.name));
      index.upsertSync([makeProvider({ id: 1 })]);
      expect(ids(other)).toEqual([1]);
      other.upsertSync([makeProvider({ id: 2 })]);
      expect(ids(index)).toEqual([1, 2]);
    });
  });

  describe("inside the caller's transaction", () => {
    const p = (id: number, fields = {}) =>
      makeProvider({ id, location: { lat: PARIS.lat + id / 1000, lng: PARIS.lng }, ...fields });

    it('leaves nothing behind when the transaction rolls back', () => {
      const write = sqlite.transaction(() => {
        index.upsertSync([p(1)]);
        expect(ids(index)).toEqual([1]); // reads its own writes
        throw new Error('rolled back');
      });
      expect(write).toThrow('rolled back');
      expect(ids(index)).toEqual([]);
      expect(count(sqlite, 'search_docs')).toBe(0);
    });

    it('restores updated, removed and reindexed providers when rolled back', () => {
      index.upsertSync([p(1, { services: ['forensics'] }), p(2), p(3)]);
      const write = sqlite.transaction(() => {
        index.upsertSync([p(1, { services: ['website-repair'] })]);
        index.removeSync([2]);
        index.reindexSync([p(7)]);
        expect(ids(index)).toEqual([7]);
        throw new Error('rolled back');
      });
      expect(write).toThrow('rolled back');
      expect(ids(index)).toEqual([1, 2, 3]);
      expect(ids(index, nearParis({ services: ['forensics'] }))).toEqual([1]);
    });

    it('keeps what was committed around a rolled-back savepoint', () => {
      sqlite.transaction(() => {
        index.upsertSync([p(1)]);
        const inner = sqlite.transaction(() => {
          index.upsertSync([p(2)]);
          throw new Error('inner');
        });
        expect(inner).toThrow('inner');
        index.upsertSync([p(3)]);
      })();
      expect(ids(index)).toEqual([1, 3]);
      expect(count(sqlite, 'search_docs')).toBe(2);
    });

    it('keeps the writes of a committed transaction', () => {
      sqlite.transaction(() => {
        sqlite.prepare('CREATE TABLE IF NOT EXISTS providers (id INTEGER PRIMARY KEY)').run();
        sqlite.prepare('INSERT INTO providers (id) VALUES (1)').run();
        index.upsertSync([p(1)]);
      })();
      expect(ids(index)).toEqual([1]);
      expect(ids(createEmbeddedIndex(sqlite))).toEqual([1]);
    });
  });

  describe('result cache', () => {
    it('serves a repeated query from the cache until a write', () => {
      index.upsertSync([makeProvider({ id: 1 })]);
      const first = index.searchSync(nearParis());
      expect(index.searchSync({ ...nearParis() })).toBe(first);
      index.upsertSync([makeProvider({ id: 2 })]);
      const second = index.searchSync(nearParis());
      expect(second).not.toBe(first);
      expect(second.items.map((i) => i.id)).toEqual([1, 2]);
      index.removeSync([1]);
      expect(ids(index)).toEqual([2]);
    });

    it('is not fooled by a write from another connection', () => {
      index.upsertSync([makeProvider({ id: 1 })]);
      expect(ids(index)).toEqual([1]);
      createEmbeddedIndex(openDatabase(sqlite.name)).removeSync([1]);
      expect(ids(index)).toEqual([]);
    });

    it('treats equivalent queries as one', () => {
      index.upsertSync([makeProvider({ id: 1, services: ['forensics', 'data-recovery'] })]);
      const a = index.searchSync(nearParis({ services: ['forensics', 'data-recovery'], q: 'Provider' }));
      const b = index.searchSync(nearParis({ services: ['data-recovery', 'forensics'], q: '  provider!' }));
      expect(b).toBe(a);
    });

    it('returns frozen results, so a caller cannot corrupt the cache', () => {
      index.upsertSync([makeProvider({ id: 1 })]);
      const result = index.searchSync(nearParis());
      expect(() => {
        (result.items[0] as { name: string }).name = 'changed';
      }).toThrow(TypeError);
      expect(() => result.items.pop()).toThrow(TypeError);
    });
  });

  it('ranks text matches by the bm25 of FTS5, then by distance', () => {
    const docs = generateProviderFixture({ count: 200, seed: 11 });
    index.reindexSync(docs);
    const bm25 = sqlite
      .prepare<[string], [number, number]>(
        'SELECT rowid, bm25(search_fts, 5.0, 1.0, 2.0) FROM search_fts WHERE search_fts MATCH ?',
      )
      .raw();
    let compared = 0;
    for (const q of FIXTURE_TEXT_QUERIES) {
      for (const place of [FIXTURE_PLACES.paris, FIXTURE_PLACES.lyon]) {
        const query: SearchQuery = {
          lat: place.lat,
          lng: place.lng,
          radiusKm: 200,
          remote: true,
          q,
          page: 1,
          pageSize: 500,
        };
        const ranks = new Map(bm25.all(toFtsPrefixQuery(queryTerms(q))));
        const expected = searchByFullScan(docs, query)
          .items.map((hit) => ({ ...hit, rank: ranks.get(hit.id)! }))
          .sort((a, b) => a.rank - b.rank || compareHits(a, b))
          .map((hit) => hit.id);
        expect(ids(index, query), q).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('keeps text search right through many rewrites of the same providers', () => {
    for (let round = 0; round < 300; round++) {
      index.upsertSync(
        Array.from({ length: 20 }, (_, i) =>
          makeProvider({ id: i + 1, name: `Round${round} Provider`, description: 'Mot '.repeat(i + 1) }),
        ),
      );
    }
    expect(ids(index, nearParis({ q: 'round299', pageSize: 50 })).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(ids(index, nearParis({ q: 'round298' }))).toEqual([]);
    // bm25: "mot" said 20 times ranks before "mot" said once
    expect(ids(index, nearParis({ q: 'mot', pageSize: 50 }))[0]).toBe(20);
  });

  describe('text input', () => {
    beforeEach(() => {
      index.upsertSync([
        makeProvider({ id: 1, name: 'Bastion Sécurité', description: "L'équipe intervient 24h/24." }),
        makeProvider({ id: 2, name: 'Alpha Conseil', location: { lat: PARIS.lat + 0.01, lng: PARIS.lng } }),
      ]);
    });

    it('never fails on quotes, stars, brackets or FTS operators', () => {
      const inputs = [
        '"',
        '"sécu',
        'sécu*',
        '*',
        'AND',
        'bastion AND',
        'OR NOT',
        '(',
        'NEAR(a b)',
        'name:bastion',
      ];
      inputs.push(
        '^bastion',
        '-',
        '""""',
        "l'équipe",
        '\\',
        '{name}:x',
        'bastion)',
        '\u0000',
        '🛡️',
        'a'.repeat(500),
      );
      for (const q of inputs) expect(() => index.searchSync(nearParis({ q })), q).not.toThrow();
      expect(ids(index, nearParis({ q: '"sécu' }))).toEqual([1]);
      expect(ids(index, nearParis({ q: 'bastion)' }))).toEqual([1]);
      expect(ids(index, nearParis({ q: 'name:bastion' }))).toEqual([]); // two words, "name" is nowhere
      expect(ids(index, nearParis({ q: "l'équipe" }))).toEqual([1]);
      expect(ids(index, nearParis({ q: '24h' }))).toEqual([1]);
    });

    it('treats input without any letter or digit as no text', () => {
      expect(ids(index, nearParis({ q: '"*( )' }))).toEqual([1, 2]);
      expect(ids(index, nearParis({ q: '   ' }))).toEqual([1, 2]);
    });
  });

  it('rejects a provider without a valid position before writing anything to its tables', () => {
    expect(() =>
      index.upsertSync([
        makeProvider({ id: 1 }),
        makeProvider({ id: 2, location: { lat: Number.NaN, lng: 2 } }),
      ]),
    ).toThrow(RangeError);
    expect(count(sqlite, 'search_docs')).toBe(0);
  });

  it('agrees with the full scan in a dense area, where whole grid cells are counted at once, through removals and moves', () => {
    const random = createRandom(23);
    const paris = FIXTURE_PLACES.paris;
    const around = (km: number) => ({
      lat: paris.lat + ((random() - 0.5) * km) / 55.6,
      lng: paris.lng + ((random() - 0.5) * km) / 36.6,
    });
    let docs = Array.from({ length: 3000 }, (_, i) =>
      makeProvider({
        id: i + 1,
        name: `Provider ${i % 97}`,
        location: around(80),
        radiusKm: random() < 0.9 ? 60 + Math.round(random() * 60) : 5 + Math.round(random() * 20),
        remote: random() < 0.1,
        label: random() < 0.2 ? 'expertcyber' : null,
        services: FIXTURE_SERVICES.filter(() => random() < 0.4),
        publics: FIXTURE_PUBLICS.filter(() => random() < 0.6),
      }),
    );
    index.reindexSync(docs);
    const queries = Array.from({ length: 60 }, (_, i): SearchQuery => {
      const at = around(60);
      return {
        ...at,
        radiusKm: [10, 30, 50][i % 3]!,
        page: 1 + (i % 2),
        pageSize: 20,
        ...(i % 4 === 1 ? { services: [FIXTURE_SERVICES[i % FIXTURE_SERVICES.length]!] } : {}),
        ...(i % 4 === 2 ? { label: 'expertcyber' as const } : {}),
        ...(i % 8 === 3 ? { public: 'business' as const } : {}),
        ...(i % 8 === 7 ? { remote: true } : {}),
      };
    });
    const check = () => {
      for (const q of queries) {
        const context = JSON.stringify(q);
        const [actual, expected] = [index.searchSync(q), searchByFullScan(docs, q)];
        expect(actual.total, context).toBe(expected.total);
        expect(actual.facets, context).toEqual(expected.facets);
        expect(
          actual.items.map((hit) => hit.id),
          context,
        ).toEqual(expected.items.map((hit) => hit.id));
      }
    };
    check();
    expect(queries.filter((q) => searchByFullScan(docs, q).total > 200).length).toBeGreaterThan(20);
    // Removals lower the cells' counts; moved providers leave one cell for another, with a new radius.
    const removed = docs.filter((d) => d.id % 7 === 0).map((d) => d.id);
    index.removeSync(removed);
    const moved = docs
      .filter((d) => d.id % 11 === 0 && d.id % 7 !== 0)
      .map((d) => ({ ...d, location: around(80), radiusKm: 8 }));
    index.upsertSync(moved);
    const movedById = new Map(moved.map((d) => [d.id, d]));
    docs = docs.filter((d) => d.id % 7 !== 0).map((d) => movedById.get(d.id) ?? d);
    check();
  });

  it('answers deep pages beyond the number of providers', () => {
    index.upsertSync([makeProvider({ id: 1 })]);
    const result = index.searchSync(nearParis({ page: 1_000_000, pageSize: 1000 }));
    expect(result).toMatchObject({ items: [], total: 1 });
  });

  it('reports degraded when its database is closed', async () => {
    sqlite.close();
    expect(await index.health()).toBe('degraded');
  });
});
