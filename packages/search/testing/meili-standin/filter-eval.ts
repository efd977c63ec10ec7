import { FilterError, type Token } from './filter-lexer.ts';
import type { FilterNode } from './filter-parser.ts';
import { docGeoPoint, haversineMeters } from './geo.ts';

export type Doc = Record<string, unknown>;

/** Whether `field` is covered by one of the filterable (or sortable) attribute patterns. */
export function matchesAttributePattern(field: string, patterns: readonly string[]): boolean {
  return patterns.some(
    (p) =>
      p === field ||
      p === '*' ||
      (p.endsWith('*') && field.startsWith(p.slice(0, -1))) ||
      field.startsWith(`${p}.`),
  );
}

/** The values found at a dotted path, arrays flattened; `exists` when the key is present at all. */
export function valuesAt(doc: unknown, path: string): { exists: boolean; values: unknown[] } {
  const out: unknown[] = [];
  let exists = false;
  const walk = (node: unknown, parts: string[]) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, parts);
      return;
    }
    if (parts.length === 0) {
      exists = true;
      out.push(node);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    // Meilisearch flattens nested objects: `a.b` may be a key of its own or a path.
    for (let i = parts.length; i >= 1; i--) {
      const key = parts.slice(0, i).join('.');
      if (Object.hasOwn(obj, key)) walk(obj[key], parts.slice(i));
    }
  };
  walk(doc, path.split('.'));
  const leaves: unknown[] = [];
  const flatten = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(flatten);
    else leaves.push(v);
  };
  out.forEach(flatten);
  return { exists, values: leaves };
}

const FLOAT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const asNumber = (text: string): number | undefined => (FLOAT.test(text.trim()) ? Number(text) : undefined);
/** Facet strings are compared trimmed and lower-cased, as Meilisearch normalizes them. */
export const normalizeFacet = (s: string) => s.trim().toLowerCase();
/** A scalar as its facet string (booleans are faceted as `"true"` / `"false"`); undefined if none. */
export function facetString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  return undefined;
}

function equals(leaf: unknown, value: string): boolean {
  if (typeof leaf === 'number') {
    const n = asNumber(value);
    return n !== undefined && n === leaf;
  }
  const s = facetString(leaf);
  return s !== undefined && normalizeFacet(s) === normalizeFacet(value);
}

function inRange(
  leaf: unknown,
  lower: [string, boolean] | undefined,
  upper: [string, boolean] | undefined,
): boolean {
  const ok = (cmp: number, inclusive: boolean) => (inclusive ? cmp >= 0 : cmp > 0);
  if (typeof leaf === 'number') {
    const lo = lower && asNumber(lower[0]);
    const hi = upper && asNumber(upper[0]);
    if (lower && lo === undefined) return false;
    if (upper && hi === undefined) return false;
    return (
      (lower === undefined || ok(leaf - (lo as number), lower[1])) &&
      (upper === undefined || ok((hi as number) - leaf, upper[1]))
    );
  }
  const s = facetString(leaf);
  if (s === undefined) return false;
  const v = normalizeFacet(s);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return (
    (lower === undefined || ok(cmp(v, normalizeFacet(lower[0])), lower[1])) &&
    (upper === undefined || ok(cmp(normalizeFacet(upper[0]), v), upper[1]))
  );
}

/** Evaluates a parsed (and validated) filter against one document. */
export function evaluateFilter(node: FilterNode, doc: Doc): boolean {
  switch (node.kind) {
    case 'and':
      return node.children.every((c) => evaluateFilter(c, doc));
    case 'or':
      return node.children.some((c) => evaluateFilter(c, doc));
    case 'not':
      return !evaluateFilter(node.child, doc);
    case 'compare': {
      const { values } = valuesAt(doc, node.field.value);
      const v = node.value.value;
      switch (node.op) {
        case '=':
          return values.some((l) => equals(l, v));
        case '!=':
          return !values.some((l) => equals(l, v));
        case '>':
          return values.some((l) => inRange(l, [v, false], undefined));
        case '>=':
          return values.some((l) => inRange(l, [v, true], undefined));
        case '<':
          return values.some((l) => inRange(l, undefined, [v, false]));
        case '<=':
          return values.some((l) => inRange(l, undefined, [v, true]));
      }
      return false;
    }
    case 'between': {
      const { values } = valuesAt(doc, node.field.value);
      return values.some((l) => inRange(l, [node.from.value, true], [node.to.value, true]));
    }
    case 'in': {
      const { values } = valuesAt(doc, node.field.value);
      return node.values.some((t) => values.some((l) => equals(l, t.value)));
    }
    case 'exists':
      return valuesAt(doc, node.field.value).exists;
    case 'isNull': {
      const { exists, values } = valuesAt(doc, node.field.value);
      return exists && values.length === 1 && values[0] === null;
    }
    case 'isEmpty': {
      const top = doc[node.field.value];
      return (
        top === '' ||
        (Array.isArray(top) && top.length === 0) ||
        (top !== null && typeof top === 'object' && !Array.isArray(top) && Object.keys(top).length === 0)
      );
    }
    case 'geoRadius': {
      const p = docGeoPoint(doc);
      if (!p) return false;
      const center = { lat: Number(node.lat.value), lng: Number(node.lng.value) };
      return haversineMeters(center, p) <= Number(node.radius.value) + Number.EPSILON;
    }
    case 'geoBoundingBox': {
      const p = docGeoPoint(doc);
      if (!p) return false;
      const [top, right] = node.topRight.map((t) => Number(t.value)) as [number, number];
      const [bottom, left] = node.bottomLeft.map((t) => Number(t.value)) as [number, number];
      if (p.lat < bottom || p.lat > top) return false;
      // A box whose left edge is east of its right edge crosses the antimeridian.
      return left <= right ? p.lng >= left && p.lng <= right : p.lng >= left || p.lng <= right;
    }
  }
}

function fieldsOf(node: FilterNode, out: Token[] = []): Token[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      for (const c of node.children) fieldsOf(c, out);
      break;
    case 'not':
      fieldsOf(node.child, out);
      break;
    case 'geoRadius':
    case 'geoBoundingBox':
      break;
    default:
      out.push(node.field);
  }
  return out;
}

function geoNodes(node: FilterNode, out: FilterNode[] = []): FilterNode[] {
  if (node.kind === 'and' || node.kind === 'or') for (const c of node.children) geoNodes(c, out);
  else if (node.kind === 'not') geoNodes(node.child, out);
  else if (node.kind === 'geoRadius' || node.kind === 'geoBoundingBox') out.push(node);
  return out;
}

const tokenError = (t: Token, diagnostic: string) => new FilterError(diagnostic, t.span, t.input);

function notFilterable(indexUid: string, attribute: string, patterns: readonly string[]): string {
  const sorted = [...patterns].sort();
  const tail =
    sorted.length === 0
      ? ' This index does not have configured filterable attributes.'
      : ` Available filterable attribute patterns are: ${sorted.map((p) => `\`${p}\``).join(', ')}.`;
  return `Index \`${indexUid}\`: Attribute \`${attribute}\` is not filterable.${tail}`;
}

/**
 * Checks what Meilisearch checks before evaluating: every field filterable, `_geo` filterable for
 * the geo functions, coordinates in range. Throws a FilterError (→ 400 `invalid_search_filter`).
 */
export function validateFilter(node: FilterNode, indexUid: string, filterable: readonly string[]): void {
  for (const field of fieldsOf(node)) {
    if (!matchesAttributePattern(field.value, filterable)) {
      throw tokenError(field, notFilterable(indexUid, field.value, filterable));
    }
  }
  for (const g of geoNodes(node)) {
    const points: [Token, Token][] =
      g.kind === 'geoRadius'
        ? [[g.lat, g.lng]]
        : g.kind === 'geoBoundingBox'
          ? [g.topRight, g.bottomLeft]
          : [];
    for (const [latT, lngT] of points) {
      const lat = Number(latT.value);
      const lng = Number(lngT.value);
      if (!Number.isFinite(lat)) throw tokenError(latT, 'Non finite floats are not supported');
      if (!Number.isFinite(lng)) throw tokenError(lngT, 'Non finite floats are not supported');
      if (lat < -90 || lat > 90) {
        throw tokenError(
          latT,
          `Bad latitude \`${lat}\`. Latitude must be contained between -90 and 90 degrees.`,
        );
      }
      if (lng < -180 || lng > 180) {
        const normalized = ((((lng + 180) % 360) + 360) % 360) - 180;
        throw tokenError(
          lngT,
          `Bad longitude \`${lng}\`. Longitude must be contained between -180 and 180 degrees. Hint: try using \`${normalized}\` instead.`,
        );
      }
    }
    if (g.kind === 'geoRadius') {
      if (!Number.isFinite(Number(g.radius.value)))
        throw tokenError(g.radius, 'Non finite floats are not supported');
      if (g.resolution) {
        const r = Math.trunc(Number(g.resolution.value));
        if (!(r >= 3 && r <= 1000)) {
          throw tokenError(
            g.resolution,
            `Invalid resolution \`${r}\`. Resolution must be between 3 and 1000.`,
          );
        }
      }
    }
    if (g.kind === 'geoBoundingBox') {
      const top = Number(g.topRight[0].value);
      const bottom = Number(g.bottomLeft[0].value);
      if (top < bottom) {
        throw tokenError(
          g.topRight[0],
          `The top latitude \`${top}\` is below the bottom latitude \`${bottom}\`.`,
        );
      }
    }
    if (!matchesAttributePattern('_geo', filterable)) {
      const at = g.kind === 'geoRadius' ? g.lat : g.kind === 'geoBoundingBox' ? g.topRight[0] : undefined;
      if (at) throw tokenError(at, notFilterable(indexUid, '_geo', filterable));
    }
  }
}
