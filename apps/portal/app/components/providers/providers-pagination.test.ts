import { describe, expect, it } from 'vitest';
import { type PageItem, pageCount, paginationItems } from './providers-pagination.ts';

/** `[1, '…', 4, 5, 6, '…', 9]`: what a reader sees. */
const shown = (items: PageItem[]) => items.map((item) => (item.kind === 'gap' ? '…' : item.page));

describe('pageCount', () => {
  it('fills pages of pageSize, at least one, at most what the API serves', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(1_000_000, 1)).toBe(500);
  });
});

describe('paginationItems', () => {
  it('shows every page when there are few', () => {
    expect(shown(paginationItems(1, 1))).toEqual([1]);
    expect(shown(paginationItems(2, 4))).toEqual([1, 2, 3, 4]);
  });

  it('keeps first, last and the current page’s neighbours, with gaps between', () => {
    expect(shown(paginationItems(5, 9))).toEqual([1, '…', 4, 5, 6, '…', 9]);
    expect(shown(paginationItems(1, 60))).toEqual([1, 2, '…', 60]);
    expect(shown(paginationItems(60, 60))).toEqual([1, '…', 59, 60]);
  });

  it('never hides a single page behind a gap', () => {
    expect(shown(paginationItems(4, 9))).toEqual([1, 2, 3, 4, 5, '…', 9]);
    expect(shown(paginationItems(6, 9))).toEqual([1, '…', 5, 6, 7, 8, 9]);
  });

  it('keeps the current page within range', () => {
    expect(shown(paginationItems(99, 3))).toEqual([1, 2, 3]);
    expect(shown(paginationItems(0, 3))).toEqual([1, 2, 3]);
  });

  it('gives gaps distinct keys', () => {
    const keys = paginationItems(10, 30)
      .filter((item) => item.kind === 'gap')
      .map((item) => (item.kind === 'gap' ? item.key : ''));
    expect(new Set(keys).size).toBe(2);
  });
});
