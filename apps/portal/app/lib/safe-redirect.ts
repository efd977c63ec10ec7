/**
 * Returns `target` when it is a path on this site, `fallback` otherwise, so a crafted
 * `redirectTo` cannot send the visitor to another origin (`//evil.example`, `/\evil.example`,
 * `https://…`, `javascript:`).
 */
export function safeRedirect(target: unknown, fallback = '/'): string {
  if (typeof target !== 'string' || target === '') return fallback;
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  // Control characters (tabs, new lines) are stripped by URL parsers and could turn the path into `//host`.
  for (let i = 0; i < target.length; i++) {
    const code = target.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return fallback;
  }
  return target;
}
