/**
 * The embedded index's tables, created in the caller's database when absent. `search_docs` is the
 * source of truth the in-memory state is rebuilt from; `search_fts` answers text queries;
 * `search_meta.version` changes on every write so any connection can tell whether its in-memory
 * state still matches the tables. Proximity is answered in memory (spatial-grid.ts), so no spatial
 * table is kept; `search_geo`, an R*Tree earlier versions filled, is dropped where it remains.
 */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS search_docs (
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS search_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
  name, description, city,
  content = '', contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 2",
  prefix = '2 3'
);
DROP TABLE IF EXISTS search_geo;
`;

/** bm25 column weights: a word in the name counts five times one in the description, the city twice. */
export const BM25_WEIGHTS = [5, 1, 2] as const;
