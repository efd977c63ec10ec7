/**
 * The embedded index's tables, created in the caller's database when absent. `search_docs` is the
 * source of truth the in-memory state is rebuilt from; `search_fts` answers text queries;
 * `search_geo` holds each provider's location as a degenerate box (min = max) for SQL-side
 * proximity queries; `search_meta.version` changes on every write so any connection can tell
 * whether its in-memory state still matches the tables.
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
CREATE VIRTUAL TABLE IF NOT EXISTS search_geo USING rtree(id, min_lat, max_lat, min_lng, max_lng);
`;

/** bm25 column weights: a word in the name counts five times one in the description, the city twice. */
export const BM25_WEIGHTS = [5, 1, 2] as const;
