/**
 * The lexer of the stand-in's filter parser: the token and span types, the located `FilterError`,
 * the reserved keywords, and `lex`, which cuts a filter string into words, quoted strings,
 * punctuation and comparison operators (see `filter-parser.ts` for the grammar).
 */

export type Span = { start: number; end: number };

/** A field name or a value, with where it was written. */
export type Token = { value: string; span: Span; quoted: boolean; input: string };

export type CompareOp = '=' | '!=' | '>' | '>=' | '<' | '<=';

/** A syntax (or evaluation) error located in the filter text. */
export class FilterError extends Error {
  constructor(
    readonly diagnostic: string,
    readonly span: Span,
    readonly input: string,
  ) {
    const col = (i: number) => [...input.slice(0, i)].length + 1;
    super(`${diagnostic}\n${col(span.start)}:${col(span.end)} ${input}`);
  }
}

export const KEYWORDS = new Set([
  'AND',
  'OR',
  'IN',
  'NOT',
  'TO',
  'EXISTS',
  'IS',
  'NULL',
  'EMPTY',
  'CONTAINS',
  'STARTS',
  'WITH',
  '_geoRadius',
  '_geoBoundingBox',
]);

/** Rust's `str::escape_debug`, which Meilisearch applies to the filter text it quotes in messages. */
export const esc = (s: string) =>
  s.replace(/[\\'"\n\r\t]/g, (c) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? `\\${c}`);
export const FLOAT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export type Lexeme =
  | { t: 'word'; value: string; span: Span }
  | { t: 'string'; value: string; span: Span; quote: string }
  | { t: 'punct'; value: '(' | ')' | '[' | ']' | ','; span: Span }
  | { t: 'op'; value: CompareOp; span: Span }
  | { t: 'bad'; value: string; span: Span }
  | { t: 'eof'; value: ''; span: Span };

const isWordChar = (c: string) => /[\p{L}\p{N}_.-]/u.test(c);
const isSpace = (c: string) => /\s/u.test(c);

function unescapeQuoted(raw: string, quote: string): string {
  return raw.replace(/\\(.)/gsu, (whole, c: string) => {
    if (c === quote || c === '\\') return c;
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    if (c === 'r') return '\r';
    return whole;
  });
}

export function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '(' || c === ')' || c === '[' || c === ']' || c === ',') {
      out.push({ t: 'punct', value: c, span: { start, end: i + 1 } });
      i++;
    } else if (c === '<' || c === '>' || c === '=' || c === '!') {
      const two = input.slice(i, i + 2);
      if (two === '<=' || two === '>=' || two === '!=') {
        out.push({ t: 'op', value: two, span: { start, end: i + 2 } });
        i += 2;
      } else if (c === '!') {
        out.push({ t: 'bad', value: '!', span: { start, end: i + 1 } });
        i++;
      } else {
        out.push({ t: 'op', value: c as CompareOp, span: { start, end: i + 1 } });
        i++;
      }
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < input.length && input[j] !== c) j += input[j] === '\\' ? 2 : 1;
      if (j >= input.length) {
        throw new FilterError(
          `Expression \`${esc(input.slice(start))}\` is missing the following closing delimiter: \`${c}\`.`,
          { start, end: input.length },
          input,
        );
      }
      out.push({
        t: 'string',
        value: unescapeQuoted(input.slice(i + 1, j), c),
        quote: c,
        span: { start, end: j + 1 },
      });
      i = j + 1;
    } else if (isWordChar(c)) {
      let j = i;
      while (j < input.length && isWordChar(input[j]!)) j++;
      out.push({ t: 'word', value: input.slice(i, j), span: { start, end: j } });
      i = j;
    } else {
      let j = i;
      while (
        j < input.length &&
        !isSpace(input[j]!) &&
        !'()[],=<>!\'"'.includes(input[j]!) &&
        !isWordChar(input[j]!)
      )
        j++;
      out.push({ t: 'bad', value: input.slice(i, j), span: { start, end: j } });
      i = j;
    }
  }
  out.push({ t: 'eof', value: '', span: { start: input.length, end: input.length } });
  return out;
}
