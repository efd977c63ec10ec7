/**
 * A recursive-descent parser for Meilisearch's filter expression grammar
 * (https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference):
 *
 *   expression = or
 *   or         = and ("OR" and)*
 *   and        = not ("AND" not)*
 *   not        = "NOT" not | primary
 *   primary    = "(" expression ")" | geoRadius | geoBoundingBox | condition
 *   condition  = value ( ("=" | "!=" | ">" | ">=" | "<" | "<=") value
 *                      | value "TO" value
 *                      | "IN" "[" value ("," value)* ","? "]" | "NOT" "IN" "[" ... "]"
 *                      | "EXISTS" | "NOT" "EXISTS"
 *                      | "IS" "NULL" | "IS" "NOT" "NULL" | "IS" "EMPTY" | "IS" "NOT" "EMPTY" )
 *   value      = word | 'single quoted' | "double quoted"     (word = [letters digits _ - .]+)
 *   geoRadius  = "_geoRadius(" float "," float "," float ("," float)? ")"
 *   geoBoundingBox = "_geoBoundingBox([" float "," float "],[" float "," float "])"
 *
 * Keywords are case-sensitive (upper case) and reserved: quote them to use them as values. Error
 * messages follow Meilisearch's: a diagnostic line, then `start:end filter` (1-based columns).
 */

import {
  type CompareOp,
  esc,
  FilterError,
  FLOAT,
  KEYWORDS,
  type Lexeme,
  lex,
  type Span,
  type Token,
} from './filter-lexer.ts';

export type FilterNode =
  | { kind: 'and'; children: FilterNode[] }
  | { kind: 'or'; children: FilterNode[] }
  | { kind: 'not'; child: FilterNode }
  | { kind: 'compare'; field: Token; op: CompareOp; value: Token }
  | { kind: 'between'; field: Token; from: Token; to: Token }
  | { kind: 'in'; field: Token; values: Token[] }
  | { kind: 'exists'; field: Token }
  | { kind: 'isNull'; field: Token }
  | { kind: 'isEmpty'; field: Token }
  | { kind: 'geoRadius'; lat: Token; lng: Token; radius: Token; resolution?: Token }
  | { kind: 'geoBoundingBox'; topRight: [Token, Token]; bottomLeft: [Token, Token] };

const MAX_DEPTH = 200;

class Parser {
  private pos = 0;
  private readonly lexemes: Lexeme[];

  constructor(private readonly input: string) {
    this.lexemes = lex(input);
  }

  parse(): FilterNode {
    const node = this.expression(0);
    const next = this.peek();
    if (next.t !== 'eof') {
      const rest = this.restFrom(next.span.start);
      throw this.error(
        `Found unexpected characters at the end of the filter: \`${esc(rest.text)}\`. You probably forgot an \`OR\` or an \`AND\` rule.`,
        rest.span,
      );
    }
    return node;
  }

  private peek(offset = 0): Lexeme {
    return this.lexemes[Math.min(this.pos + offset, this.lexemes.length - 1)]!;
  }

  private next(): Lexeme {
    const l = this.peek();
    if (l.t !== 'eof') this.pos++;
    return l;
  }

  private isKeyword(l: Lexeme, word: string): boolean {
    return l.t === 'word' && l.value === word;
  }

  private error(diagnostic: string, span: Span): FilterError {
    return new FilterError(diagnostic, span, this.input);
  }

  private restFrom(start: number): { text: string; span: Span } {
    const end = this.input.trimEnd().length;
    return {
      text: this.input.slice(start, Math.max(start, end)),
      span: { start, end: Math.max(start, end) },
    };
  }

  private checkDepth(depth: number) {
    if (depth > MAX_DEPTH) {
      throw this.error(
        'The filter exceeded the maximum depth limit. Try rewriting the filter so that it contains fewer nested conditions.',
        this.peek().span,
      );
    }
  }

  private expression(depth: number): FilterNode {
    this.checkDepth(depth);
    const first = this.and(depth + 1);
    const ors = [first];
    while (this.isKeyword(this.peek(), 'OR')) {
      this.next();
      ors.push(this.and(depth + 1));
    }
    return ors.length === 1 ? first : { kind: 'or', children: ors };
  }

  private and(depth: number): FilterNode {
    this.checkDepth(depth);
    const first = this.not(depth + 1);
    const ands = [first];
    while (this.isKeyword(this.peek(), 'AND')) {
      this.next();
      ands.push(this.not(depth + 1));
    }
    return ands.length === 1 ? first : { kind: 'and', children: ands };
  }

  private not(depth: number): FilterNode {
    this.checkDepth(depth);
    if (this.isKeyword(this.peek(), 'NOT')) {
      this.next();
      const inner = this.not(depth + 1);
      // `NOT NOT x` is `x`, as in Meilisearch.
      return inner.kind === 'not' ? inner.child : { kind: 'not', child: inner };
    }
    return this.primary(depth + 1);
  }

  private primary(depth: number): FilterNode {
    this.checkDepth(depth);
    const first = this.peek();
    if (first.t === 'punct' && first.value === '(') {
      this.next();
      const inner = this.expression(depth + 1);
      const close = this.peek();
      if (!(close.t === 'punct' && close.value === ')')) {
        const rest = this.restFrom(first.span.start);
        throw this.error(
          `Expression \`${esc(rest.text)}\` is missing the following closing delimiter: \`)\`.`,
          rest.span,
        );
      }
      this.next();
      return inner;
    }
    if (first.t === 'word') {
      if (first.value === '_geoRadius') return this.geoRadius();
      if (first.value === '_geoBoundingBox') return this.geoBoundingBox();
      if (first.value === '_geoPolygon') {
        throw this.error('meili-standin: `_geoPolygon` is not implemented by the stand-in.', first.span);
      }
    }
    if (first.t !== 'word' && first.t !== 'string') {
      throw this.invalidPrimary(first.span.start);
    }
    const field = this.value();
    const op = this.peek();
    if (op.t === 'op') {
      this.next();
      return { kind: 'compare', field, op: op.value, value: this.value() };
    }
    if (this.isKeyword(op, 'IN')) {
      this.next();
      return { kind: 'in', field, values: this.inList() };
    }
    if (this.isKeyword(op, 'NOT')) {
      const after = this.peek(1);
      if (this.isKeyword(after, 'IN')) {
        this.pos += 2;
        return { kind: 'not', child: { kind: 'in', field, values: this.inList() } };
      }
      if (this.isKeyword(after, 'EXISTS')) {
        this.pos += 2;
        return { kind: 'not', child: { kind: 'exists', field } };
      }
      if (this.isKeyword(after, 'CONTAINS') || this.isKeyword(after, 'STARTS')) {
        throw this.error(
          `meili-standin: \`NOT ${after.value}\` is not implemented by the stand-in.`,
          after.span,
        );
      }
      throw this.invalidPrimary(field.span.start);
    }
    if (this.isKeyword(op, 'EXISTS')) {
      this.next();
      return { kind: 'exists', field };
    }
    if (this.isKeyword(op, 'IS')) {
      const a = this.peek(1);
      const b = this.peek(2);
      if (this.isKeyword(a, 'NULL') || this.isKeyword(a, 'EMPTY')) {
        this.pos += 2;
        return a.value === 'NULL' ? { kind: 'isNull', field } : { kind: 'isEmpty', field };
      }
      if (this.isKeyword(a, 'NOT') && (this.isKeyword(b, 'NULL') || this.isKeyword(b, 'EMPTY'))) {
        this.pos += 3;
        const child: FilterNode = b.value === 'NULL' ? { kind: 'isNull', field } : { kind: 'isEmpty', field };
        return { kind: 'not', child };
      }
      throw this.invalidPrimary(field.span.start);
    }
    if (this.isKeyword(op, 'CONTAINS') || this.isKeyword(op, 'STARTS')) {
      throw this.error(`meili-standin: \`${op.value}\` is not implemented by the stand-in.`, op.span);
    }
    if ((op.t === 'word' && !KEYWORDS.has(op.value)) || op.t === 'string') {
      if (this.isKeyword(this.peek(1), 'TO')) {
        const from = this.value();
        this.next(); // TO
        return { kind: 'between', field, from, to: this.value() };
      }
    }
    throw this.invalidPrimary(field.span.start);
  }

  private invalidPrimary(start: number): FilterError {
    const rest = this.restFrom(start);
    const where = rest.text.trim() === '' ? 'but instead got nothing.' : `at \`${esc(rest.text)}\`.`;
    return this.error(
      'Was expecting an operation `=`, `!=`, `>=`, `>`, `<=`, `<`, `IN`, `NOT IN`, `TO`, `EXISTS`, `NOT EXISTS`, ' +
        '`IS NULL`, `IS NOT NULL`, `IS EMPTY`, `IS NOT EMPTY`, `CONTAINS`, `NOT CONTAINS`, `STARTS WITH`, ' +
        `\`NOT STARTS WITH\`, \`_geoRadius\`, \`_geoBoundingBox\` or \`_geoPolygon\` ${where}`,
      rest.span,
    );
  }

  /** A field name or a value: a word that is not a keyword, or a quoted string. */
  private value(): Token {
    const l = this.peek();
    if (l.t === 'string') {
      this.next();
      return { value: l.value, span: l.span, quoted: true, input: this.input };
    }
    if (l.t === 'word') {
      const reservedGeo = ['_geoPoint', '_geoDistance'].find((name) => l.value.startsWith(name));
      if (reservedGeo || l.value === '_geo') {
        const name = reservedGeo ?? '_geo';
        const rest = this.restFrom(l.span.start);
        throw this.error(
          `\`${name}\` is a reserved keyword and thus can't be used as a filter expression. Use the ` +
            '`_geoRadius(latitude, longitude, distance)` or `_geoBoundingBox([latitude, longitude], [latitude, longitude])` ' +
            'built-in rules to filter on `_geo` coordinates.',
          rest.span,
        );
      }
      if (l.value === '_geoRadius' || l.value === '_geoBoundingBox') {
        const rest = this.restFrom(l.span.start);
        throw this.error(
          `The \`${l.value}\` filter is an operation and can't be used as a value.`,
          rest.span,
        );
      }
      if (KEYWORDS.has(l.value)) {
        throw this.error(
          `Was expecting a value but instead got \`${l.value}\`, which is a reserved keyword. To use \`${l.value}\` as a field name or a value, surround it by quotes.`,
          l.span,
        );
      }
      this.next();
      return { value: l.value, span: l.span, quoted: false, input: this.input };
    }
    if (l.t === 'eof') {
      throw this.error('Was expecting a value but instead got nothing.', l.span);
    }
    throw this.error(`Was expecting a value but instead got \`${esc(l.value)}\`.`, l.span);
  }

  private inList(): Token[] {
    const open = this.peek();
    if (!(open.t === 'punct' && open.value === '[')) {
      throw this.error('Expected `[` after `IN` keyword.', this.restFrom(open.span.start).span);
    }
    this.next();
    const values: Token[] = [];
    for (;;) {
      const l = this.peek();
      if (l.t === 'punct' && l.value === ']') {
        this.next();
        return values;
      }
      if (l.t === 'eof') {
        throw this.error('Expected matching `]` after the list of field names given to `IN[`', l.span);
      }
      if (values.length > 0) {
        if (!(l.t === 'punct' && l.value === ',')) throw this.inExpected(l);
        this.next();
        const after = this.peek();
        if (after.t === 'punct' && after.value === ']') continue; // trailing comma
        if (after.t === 'eof') {
          throw this.error('Expected matching `]` after the list of field names given to `IN[`', after.span);
        }
      }
      const v = this.peek();
      if (!(v.t === 'string' || (v.t === 'word' && !KEYWORDS.has(v.value) && !v.value.startsWith('_geo')))) {
        throw this.inExpected(v);
      }
      values.push(this.value());
    }
  }

  private inExpected(l: Lexeme): FilterError {
    // Meilisearch means to name reserved keywords here, but its parser never takes that branch.
    const rest = this.restFrom(l.span.start);
    return this.error(
      `Expected only comma-separated field names inside \`IN[..]\` but instead found \`${esc(rest.text)}\`.`,
      rest.span,
    );
  }

  /** `(` float (`,` float)* `)`, as the geo functions take; undefined when malformed. */
  private floatArgs(open: string, close: string): Token[] | undefined {
    const o = this.peek();
    if (!(o.t === 'punct' && o.value === open)) return undefined;
    this.next();
    const args: Token[] = [];
    for (;;) {
      const l = this.peek();
      if (l.t !== 'word' || !FLOAT.test(l.value)) return undefined;
      this.next();
      args.push({ value: l.value, span: l.span, quoted: false, input: this.input });
      const sep = this.next();
      if (sep.t === 'punct' && sep.value === close) return args;
      if (!(sep.t === 'punct' && sep.value === ',')) return undefined;
    }
  }

  private geoRadius(): FilterNode {
    const head = this.next();
    const rest = this.restFrom(head.span.end);
    const args = this.floatArgs('(', ')');
    if (!args) {
      throw this.error(
        'The `_geoRadius` filter must be in the form: `_geoRadius(latitude, longitude, radius, optionalResolution)`.',
        rest.span,
      );
    }
    if (args.length < 3 || args.length > 4) {
      throw this.error(
        `Was expecting 3 or 4 arguments for \`_geoRadius\`, but instead found ${args.length}.`,
        rest.span,
      );
    }
    const [lat, lng, radius, resolution] = args as [Token, Token, Token, Token | undefined];
    return resolution
      ? { kind: 'geoRadius', lat, lng, radius, resolution }
      : { kind: 'geoRadius', lat, lng, radius };
  }

  private geoBoundingBox(): FilterNode {
    const head = this.next();
    const rest = this.restFrom(head.span.end);
    const malformed = () =>
      this.error(
        'The `_geoBoundingBox` filter expects two pairs of arguments: `_geoBoundingBox([latitude, longitude], [latitude, longitude])`.',
        rest.span,
      );
    const o = this.next();
    if (!(o.t === 'punct' && o.value === '(')) throw malformed();
    const pairs: Token[][] = [];
    for (;;) {
      const pair = this.floatArgs('[', ']');
      if (!pair) throw malformed();
      pairs.push(pair);
      const sep = this.next();
      if (sep.t === 'punct' && sep.value === ')') break;
      if (!(sep.t === 'punct' && sep.value === ',')) throw malformed();
    }
    if (pairs.length !== 2) throw malformed();
    const odd = pairs.find((p) => p.length !== 2);
    if (odd) {
      throw this.error(`Was expecting 2 coordinates but instead found ${odd.length}.`, odd[0]!.span);
    }
    const [a, b] = pairs as [Token[], Token[]];
    return { kind: 'geoBoundingBox', topRight: [a[0]!, a[1]!], bottomLeft: [b[0]!, b[1]!] };
  }
}

/** Parses one filter string; undefined for an empty (or blank) filter, which filters nothing. */
export function parseFilterString(input: string): FilterNode | undefined {
  if (input.trim() === '') return undefined;
  return new Parser(input).parse();
}
