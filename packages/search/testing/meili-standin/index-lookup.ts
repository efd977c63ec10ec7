import { MeiliError } from './errors.ts';
import { defaultSettings } from './settings.ts';
import type { StandinIndex, StandinState } from './state.ts';

const INDEX_UID = /^[a-zA-Z0-9_-]{1,400}$/;

/** Timestamps as Meilisearch writes them (RFC 3339, UTC). */
export const now = () => new Date().toISOString();

export const indexNotFound = (uid: string) =>
  new MeiliError(404, 'index_not_found', `Index \`${uid}\` not found.`);

/**
 * Refuses a malformed uid with Meilisearch's message. Write routes call it before enqueuing, because
 * Meilisearch refuses such a uid at once (400) rather than in a failed task.
 */
export function checkIndexUid(uid: string) {
  if (!INDEX_UID.test(uid)) {
    throw new MeiliError(
      400,
      'invalid_index_uid',
      `\`${uid}\` is not a valid index uid. Index uid can be an integer or a string containing only alphanumeric characters, hyphens (-) and underscores (_), and can not be more than 512 bytes.`,
    );
  }
}

/** The index a read route is about: a bad uid is a 400, a missing index a 404. */
export function getIndex(state: StandinState, uid: string): StandinIndex {
  checkIndexUid(uid);
  const index = state.indexes.get(uid);
  if (!index) throw indexNotFound(uid);
  return index;
}

/** Creates an empty index; also used by writes to a missing index, which Meilisearch creates implicitly. */
export function createIndex(state: StandinState, uid: string, primaryKey: string | null): StandinIndex {
  const at = now();
  const index: StandinIndex = {
    uid,
    primaryKey,
    createdAt: at,
    updatedAt: at,
    settings: defaultSettings(),
    documents: new Map(),
  };
  state.indexes.set(uid, index);
  return index;
}

/** Documents in the order first added (an update keeps its place), as they are listed and searched. */
export function documentsInOrder(index: StandinIndex) {
  return [...index.documents.values()].sort((a, b) => a.seq - b.seq);
}
