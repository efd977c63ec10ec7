import { MAX_PAGE } from './providers-query.ts';

export type PageItem = { kind: 'page'; page: number } | { kind: 'gap'; key: string };

/** How many pages a result set fills, within what the API serves. */
export function pageCount(total: number, pageSize: number): number {
  if (total <= 0 || pageSize <= 0) return 1;
  return Math.min(MAX_PAGE, Math.ceil(total / pageSize));
}

/**
 * The page numbers a pagination shows: always the first and last, the current one with `around`
 * neighbours on each side, and a gap (…) wherever pages are skipped. A gap never stands for a
 * single page: that page is shown instead.
 */
export function paginationItems(current: number, pages: number, around = 1): PageItem[] {
  const last = Math.max(1, pages);
  const page = Math.min(Math.max(1, current), last);
  const shown = new Set<number>([1, last]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= last) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const items: PageItem[] = [];
  let previous = 0;
  for (const p of sorted) {
    if (p - previous === 2) items.push({ kind: 'page', page: p - 1 });
    else if (p - previous > 2) items.push({ kind: 'gap', key: `gap-${previous}-${p}` });
    items.push({ kind: 'page', page: p });
    previous = p;
  }
  return items;
}
