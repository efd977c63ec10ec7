import type { DbHandle, ProviderStatus } from '@vigie/db';

export type ProviderCounts = Partial<Record<ProviderStatus, number>>;

/** How many providers the database holds in each status. */
export function countProvidersByStatus(db: DbHandle): ProviderCounts {
  const rows = db.sqlite.prepare('SELECT status, count(*) AS n FROM providers GROUP BY status').all() as {
    status: ProviderStatus;
    n: number;
  }[];
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

const number = new Intl.NumberFormat('en-GB');

function list(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * One line saying why the directory shows fewer providers than the demo holds: only referenced
 * providers are listed publicly; the others await approval, or lost it.
 */
export function describeDemoProviders(counts: ProviderCounts): string {
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const listed = counts.referenced ?? 0;
  const hidden = (['pending', 'suspended', 'rejected', 'draft'] as const)
    .filter((status) => (counts[status] ?? 0) > 0)
    .map((status) => `${number.format(counts[status] ?? 0)} ${status}`);
  const head = `Demo: ${number.format(total)} providers, ${number.format(listed)} listed`;
  if (hidden.length === 0) return `${head}.`;
  const verb = total - listed === 1 ? 'is' : 'are';
  return `${head}; ${list(hidden)} ${verb} not shown publicly: only referenced providers are listed.`;
}
