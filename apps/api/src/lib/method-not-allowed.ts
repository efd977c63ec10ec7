/**
 * Hono answers "not found" when a path exists for other methods; this finds those methods so
 * the API can answer 405 with an `Allow` header instead. Paths match exactly: `/health/` is not
 * `/health` (Hono's strict routing), so it is a 404, never a 405 listing the method just used.
 */
export type RouteEntry = { method: string; path: string };

export function createAllowedMethodsLookup(routes: readonly RouteEntry[]) {
  let compiled: { method: string; pattern: RegExp }[] | undefined;
  return (path: string): string[] => {
    compiled ??= routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => ({ method: r.method, pattern: compilePath(r.path) }));
    const methods = new Set<string>();
    for (const r of compiled) if (r.pattern.test(path)) methods.add(r.method);
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
}

function compilePath(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*';
      if (segment.startsWith(':')) {
        const custom = segment.match(/^:[^{]+\{(.+)\}$/);
        return custom ? `(?:${custom[1]})` : '[^/]+';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source}$`);
}
