/**
 * The `filter` search parameter: a string, or an array of (arrays of) strings, each parsed on its own
 * by `filter-parser.ts` and combined into one filter tree.
 */
import { type FilterNode, parseFilterString } from './filter-parser.ts';

/** Thrown for a `filter` parameter that is neither a string nor an array of (arrays of) strings. */
export class FilterShapeError extends Error {}

/**
 * Parses the `filter` search parameter: a string, or an array whose elements are ANDed, each being a
 * string or an array of strings that are ORed. Each string is parsed on its own, so error positions
 * refer to that string.
 */
export function parseFilterParam(filter: unknown): { node: FilterNode; sources: string[] } | undefined {
  if (filter === null || filter === undefined) return undefined;
  if (typeof filter === 'string') {
    const node = parseFilterString(filter);
    return node && { node, sources: [filter] };
  }
  if (!Array.isArray(filter)) {
    throw new FilterShapeError(
      `Invalid syntax for the filter parameter: \`expected String, Array, found: ${JSON.stringify(filter)}\`.`,
    );
  }
  const ands: FilterNode[] = [];
  const sources: string[] = [];
  for (const element of filter) {
    if (typeof element === 'string') {
      const node = parseFilterString(element);
      if (node) ands.push(node);
      sources.push(element);
    } else if (Array.isArray(element)) {
      const ors: FilterNode[] = [];
      for (const inner of element) {
        if (typeof inner !== 'string') {
          throw new FilterShapeError(
            `Invalid type for filter subexpression: expected: String, found: ${JSON.stringify(inner)}.`,
          );
        }
        const node = parseFilterString(inner);
        if (node) ors.push(node);
        sources.push(inner);
      }
      if (ors.length === 1) ands.push(ors[0]!);
      else if (ors.length > 1) ands.push({ kind: 'or', children: ors });
    } else {
      throw new FilterShapeError(
        `Invalid type for filter subexpression: expected: String, [String], found: ${JSON.stringify(element)}.`,
      );
    }
  }
  if (ands.length === 0) return undefined;
  return { node: ands.length === 1 ? ands[0]! : { kind: 'and', children: ands }, sources };
}
