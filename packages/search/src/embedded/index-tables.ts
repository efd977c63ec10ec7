import type Database from 'better-sqlite3';
import type { ProviderDoc } from '../types.ts';
import { SCHEMA_SQL } from './schema.ts';

/**
 * The `search_*` tables of the embedded index: the truth the in-memory state is rebuilt from.
 * Statements are prepared once because every write and every search runs some of them.
 */
export type IndexTables = ReturnType<typeof openIndexTables>;

/**
 * Creates the tables when absent and prepares what the index runs on them. Each write bumps the
 * version stamp in the same transaction, so that a reader can tell, with one indexed read, whether
 * its in-memory copy still matches the tables.
 */
export function openIndexTables(sqlite: Database.Database) {
  sqlite.exec(SCHEMA_SQL);

  const stmt = {
    readVersion: sqlite.prepare<[], string>(`SELECT value FROM search_meta WHERE key = 'version'`).pluck(),
    writeVersion: sqlite.prepare<[string]>(
      `INSERT INTO search_meta (key, value) VALUES ('version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ),
    allDocs: sqlite.prepare<[], string>('SELECT doc FROM search_docs').pluck(),
    putDoc: sqlite.prepare<[number, string]>(
      'INSERT INTO search_docs (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc',
    ),
    deleteDoc: sqlite.prepare<[number]>('DELETE FROM search_docs WHERE id = ?'),
    insertText: sqlite.prepare<[number, string, string, string]>(
      'INSERT INTO search_fts (rowid, name, description, city) VALUES (?, ?, ?, ?)',
    ),
    deleteText: sqlite.prepare<[number]>('DELETE FROM search_fts WHERE rowid = ?'),
    clearDocs: sqlite.prepare('DELETE FROM search_docs'),
    clearText: sqlite.prepare(`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`),
    matchText: sqlite
      .prepare<[string], number>('SELECT rowid FROM search_fts WHERE search_fts MATCH ?')
      .pluck(),
    countText: sqlite
      .prepare<[string], number>('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?')
      .pluck(),
    ping: sqlite.prepare<[], number>('SELECT 1').pluck(),
  };

  // better-sqlite3 turns a transaction inside the caller's into a savepoint, so these also work
  // within a transaction the caller has open (and roll back with it).
  const writeDocs = sqlite.transaction((docs: ProviderDoc[], nextVersion: string) => {
    for (const doc of docs) {
      stmt.deleteText.run(doc.id);
      stmt.putDoc.run(doc.id, JSON.stringify(doc));
      stmt.insertText.run(doc.id, doc.name, doc.description, doc.city);
    }
    stmt.writeVersion.run(nextVersion);
  });
  const deleteDocs = sqlite.transaction((ids: number[], nextVersion: string) => {
    for (const id of ids) {
      stmt.deleteText.run(id);
      stmt.deleteDoc.run(id);
    }
    stmt.writeVersion.run(nextVersion);
  });
  const replaceAll = sqlite.transaction((docs: ProviderDoc[], nextVersion: string) => {
    stmt.clearDocs.run();
    stmt.clearText.run();
    writeDocs(docs, nextVersion);
  });
  // One transaction so that the version read matches the documents read.
  const readAll = sqlite.transaction(() => ({
    version: stmt.readVersion.get() ?? null,
    docs: stmt.allDocs.all(),
  }));

  return { stmt, writeDocs, deleteDocs, replaceAll, readAll };
}
