import { type DbHandle, providers, searchOutbox } from '@vigie/db';
import type { ProviderIndex } from '@vigie/search';
import { inArray } from 'drizzle-orm';
import type { Logger } from 'pino';
import { isPublic, toProviderDoc } from '../providers/to-doc.ts';

export type OutboxWorker = {
  /** Pushes one batch of pending changes; returns how many outbox rows were settled. */
  drainOnce(): Promise<number>;
  start(intervalMs?: number): void;
  stop(): Promise<void>;
};

const MAX_BACKOFF_MS = 5 * 60_000;

/** Delay before the n-th retry: 1 s, 2 s, 4 s … capped at five minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Drains the search outbox to an external index. Rows are taken in id order; a provider with a
 * row waiting for a retry is held back entirely, so one provider's changes never overtake each
 * other. Each provider's latest row decides: its current database row is pushed (or removed when
 * it is no longer public), so replaying is idempotent.
 */
export function createOutboxWorker(options: {
  db: DbHandle;
  target: ProviderIndex;
  logger: Logger;
  now?: () => Date;
  batchSize?: number;
}): OutboxWorker {
  const { db, target, logger } = options;
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 200;
  const blocked = db.sqlite.prepare<[string], { provider_id: number }>(
    'SELECT DISTINCT provider_id FROM search_outbox WHERE next_attempt_at > ?',
  );
  const due = db.sqlite.prepare<
    [string, number],
    { id: number; provider_id: number; op: string; attempts: number }
  >('SELECT id, provider_id, op, attempts FROM search_outbox WHERE next_attempt_at <= ? ORDER BY id LIMIT ?');
  const retryLater = db.sqlite.prepare<[number, string, string, number]>(
    'UPDATE search_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?',
  );
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function drain(): Promise<number> {
    const at = now().toISOString();
    const held = new Set(blocked.all(at).map((r) => r.provider_id));
    const rows = due.all(at, batchSize).filter((r) => !held.has(r.provider_id));
    if (rows.length === 0) return 0;
    const latest = new Map<number, { maxId: number; op: string }>();
    for (const r of rows) latest.set(r.provider_id, { maxId: r.id, op: r.op });
    const ids = [...latest.keys()];
    const current = db.db.select().from(providers).where(inArray(providers.id, ids)).all();
    const byId = new Map(current.map((p) => [p.id, p]));
    const upserts = ids
      .map((id) => byId.get(id))
      .filter((p) => p && isPublic(p))
      .map((p) => toProviderDoc(p!));
    const removals = ids.filter((id) => {
      const p = byId.get(id);
      return !p || !isPublic(p);
    });
    const rowIds = rows.map((r) => r.id);
    try {
      if (upserts.length > 0) await target.upsert(upserts);
      if (removals.length > 0) await target.remove(removals);
    } catch (error) {
      db.sqlite.transaction(() => {
        for (const r of rows) {
          const next = new Date(now().getTime() + backoffMs(r.attempts + 1)).toISOString();
          retryLater.run(r.attempts + 1, next, String(error).slice(0, 500), r.id);
        }
      })();
      logger.warn({ err: error, rows: rows.length }, 'search outbox: push failed, will retry');
      return 0;
    }
    db.db.delete(searchOutbox).where(inArray(searchOutbox.id, rowIds)).run();
    return rows.length;
  }

  return {
    drainOnce() {
      running ??= drain().finally(() => {
        running = undefined;
      });
      return running;
    },
    start(intervalMs = 1000) {
      if (timer) return;
      const tick = async () => {
        try {
          while ((await this.drainOnce()) > 0) {}
        } catch (error) {
          logger.error({ err: error }, 'search outbox worker failed');
        }
        timer = setTimeout(tick, intervalMs);
        timer.unref();
      };
      timer = setTimeout(tick, 0);
      timer.unref();
    },
    async stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
