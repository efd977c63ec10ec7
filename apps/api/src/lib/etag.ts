/** Entity tags for the responses the API serves from memory (the catalogue, the widget's files). */
import { createHash } from 'node:crypto';

/**
 * A strong entity tag for `body`: `prefix` followed by the first `length` characters of its SHA-256
 * in base64url, quoted.
 */
export function entityTag(body: string | Uint8Array, length: number, prefix = ''): string {
  return `"${prefix}${createHash('sha256').update(body).digest('base64url').slice(0, length)}"`;
}

/** RFC 9110 weak comparison, as If-None-Match requires; `*` matches any current representation. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
