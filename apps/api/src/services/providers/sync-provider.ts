import { type DbHandle, type Provider, providers, searchOutbox } from '@vigie/db';
import { inArray } from 'drizzle-orm';
import type { SearchService } from '../search/search-service.ts';
import { isPublic, toProviderDoc } from './to-doc.ts';

/**
 * Brings the search side in step with provider rows, inside the caller's transaction: the embedded
 * index is updated directly, and an outbox row is written for the external engine when there is one.
 */
export function syncProvidersInIndex(deps: { db: DbHandle; search: SearchService }, ids: number[]): void {
  const rows = new Map<number, Provider>(
    ids.length === 0
      ? []
      : deps.db.db
          .select()
          .from(providers)
          .where(inArray(providers.id, ids))
          .all()
          .map((p) => [p.id, p]),
  );
  const upserts = [...rows.values()].filter(isPublic).map(toProviderDoc);
  const removals = ids.filter((id) => !rows.has(id) || !isPublic(rows.get(id)!));
  if (upserts.length > 0) deps.search.embedded.upsertSync(upserts);
  if (removals.length > 0) deps.search.embedded.removeSync(removals);
  if (deps.search.external) {
    for (const id of ids) {
      deps.db.db
        .insert(searchOutbox)
        .values({ providerId: id, op: rows.has(id) ? 'upsert' : 'remove' })
        .run();
    }
  }
}

/**
 * Rebuilds the indexes from the database: the embedded one in one transaction, then the external
 * one (replaced whole), after which the outbox rows that existed before are settled.
 */
export async function reindexAll(deps: {
  db: DbHandle;
  search: SearchService;
}): Promise<{ indexed: number }> {
  const lastOutboxId = deps.db.sqlite
    .prepare('SELECT coalesce(max(id), 0) AS id FROM search_outbox')
    .get() as { id: number };
  const docs = deps.db.db.select().from(providers).all().filter(isPublic).map(toProviderDoc);
  deps.search.embedded.reindexSync(docs);
  if (deps.search.external) {
    await deps.search.external.reindex(docs);
    deps.db.sqlite.prepare('DELETE FROM search_outbox WHERE id <= ?').run(lastOutboxId.id);
  }
  return { indexed: docs.length };
}
