import type Database from 'better-sqlite3';
import type { ProviderDoc } from '../types.ts';
import type { IndexTables } from './index-tables.ts';
import type { ProviderStore } from './provider-store.ts';
import { toStoredDoc } from './stored-docs.ts';

/** The document before a write, by id; undefined when it was absent. */
export type Change = [number, ProviderDoc | undefined];

/**
 * What to do to the in-memory state to return to the tables' state if the enclosing transaction
 * rolls back: restore `changes` (id, document before; undefined when it was absent) in reverse, or
 * reload a whole `snapshot` after a reindex.
 */
export type UndoEntry = { before: string | null } & ({ changes: Change[] } | { snapshot: ProviderDoc[] });

/**
 * Keeps the in-memory store in line with the tables, which are the truth. The tables carry a version
 * stamp, bumped by every write; the memory remembers the stamp it corresponds to. A write made inside
 * the caller's transaction is recorded in an undo log, because the caller may still roll it back:
 * the tables then return to an earlier stamp, and the memory is undone to match rather than reloaded.
 */
export class TableSync {
  /**
   * Bumped on every change to the in-memory state: caches tag their entries with it, so that a write
   * invalidates everything without walking them.
   */
  generation = 0;
  /** The `search_meta.version` the in-memory state corresponds to. */
  version: string | null = null;
  private undoLog: UndoEntry[] = [];

  constructor(
    private readonly sqlite: Database.Database,
    private readonly store: ProviderStore,
    private readonly tables: Pick<IndexTables, 'readAll'> & {
      stmt: Pick<IndexTables['stmt'], 'readVersion'>;
    },
  ) {}

  /** Rebuilds the in-memory state from the tables. */
  load(): void {
    const rows = this.tables.readAll();
    const store = this.store;
    store.clear();
    for (const json of rows.docs) store.put(toStoredDoc(JSON.parse(json) as ProviderDoc));
    this.version = rows.version;
    this.undoLog = [];
    this.generation++;
  }

  /**
   * Brings the in-memory state in line with the tables before any use. They differ when a write
   * made inside the caller's transaction was rolled back (undone from the undo log), or when
   * another connection wrote (reloaded in full). One indexed read per call.
   */
  sync(): void {
    const current = this.tables.stmt.readVersion.get() ?? null;
    const undoLog = this.undoLog;
    if (current === this.version) {
      // Outside any transaction nothing can roll back any more: the log is of no further use.
      if (!this.sqlite.inTransaction) this.undoLog = [];
      return;
    }
    for (let i = undoLog.length - 1; i >= 0; i--) {
      if (undoLog[i]!.before !== current) continue;
      for (let j = undoLog.length - 1; j >= i; j--) this.undo(undoLog[j]!);
      undoLog.length = i;
      this.version = current;
      this.generation++;
      return;
    }
    this.load();
  }

  /**
   * Records a write already applied to the tables and to memory. `entry` says how to undo it, and is
   * only needed (and only built by the caller) when the write is inside the caller's transaction.
   */
  wrote(nextVersion: string, entry: UndoEntry | undefined): void {
    if (entry) this.undoLog.push(entry);
    this.version = nextVersion;
    this.generation++;
  }

  private undo(entry: UndoEntry): void {
    const store = this.store;
    if ('snapshot' in entry) {
      store.clear();
      for (const doc of entry.snapshot) store.put(doc);
      return;
    }
    for (let k = entry.changes.length - 1; k >= 0; k--) {
      const [id, before] = entry.changes[k]!;
      if (before) store.put(before);
      else store.delete(id);
    }
  }
}
