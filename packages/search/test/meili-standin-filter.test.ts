/**
 * Tests of the Meilisearch stand-in's filter parser and evaluator (pure). Error messages of the parser
 * are compared with the snapshots of Meilisearch's own filter-parser tests where one exists. The HTTP
 * protocol is tested in `meili-standin-protocol.test.ts` and `meili-standin-protocol-search.test.ts`.
 */
import { distanceKm } from '@vigie/geo';
import { describe, expect, it } from 'vitest';
import { evaluateFilter, validateFilter } from '../testing/meili-standin/filter-eval.ts';
import { FilterError } from '../testing/meili-standin/filter-lexer.ts';
import { parseFilterParam } from '../testing/meili-standin/filter-param.ts';
import { type FilterNode, parseFilterString } from '../testing/meili-standin/filter-parser.ts';
import { haversineMeters } from '../testing/meili-standin/geo.ts';

/** The AST with positions stripped, as nested arrays: easy to read in expectations. */
function shape(node: FilterNode | undefined): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case 'and':
    case 'or':
      return [node.kind.toUpperCase(), ...node.children.map(shape)];
    case 'not':
      return ['NOT', shape(node.child)];
    case 'compare':
      return [node.field.value, node.op, node.value.value];
    case 'between':
      return [node.field.value, 'TO', node.from.value, node.to.value];
    case 'in':
      return [node.field.value, 'IN', node.values.map((v) => v.value)];
    case 'exists':
      return [node.field.value, 'EXISTS'];
    case 'isNull':
      return [node.field.value, 'IS NULL'];
    case 'isEmpty':
      return [node.field.value, 'IS EMPTY'];
    case 'geoRadius':
      return [
        '_geoRadius',
        node.lat.value,
        node.lng.value,
        node.radius.value,
        ...(node.resolution ? [node.resolution.value] : []),
      ];
    case 'geoBoundingBox':
      return ['_geoBoundingBox', node.topRight.map((t) => t.value), node.bottomLeft.map((t) => t.value)];
  }
}

const parse = (filter: string) => shape(parseFilterString(filter));
function parseError(filter: string): string {
  try {
    parseFilterString(filter);
  } catch (e) {
    if (e instanceof FilterError) return e.message;
    throw e;
  }
  throw new Error(`"${filter}" parsed without error`);
}

describe('stand-in filter parser', () => {
  it('gives AND precedence over OR, and NOT over AND', () => {
    expect(parse('a = 1 OR b = 2 AND c = 3')).toEqual([
      'OR',
      ['a', '=', '1'],
      ['AND', ['b', '=', '2'], ['c', '=', '3']],
    ]);
    expect(parse('NOT a = 1 AND b = 2')).toEqual(['AND', ['NOT', ['a', '=', '1']], ['b', '=', '2']]);
    expect(parse('(a = 1 OR b = 2) AND c = 3')).toEqual([
      'AND',
      ['OR', ['a', '=', '1'], ['b', '=', '2']],
      ['c', '=', '3'],
    ]);
    expect(parse('NOT NOT a = 1')).toEqual(['a', '=', '1']);
    expect(parse('NOT NOT NOT a = 1')).toEqual(['NOT', ['a', '=', '1']]);
  });

  it('reads every comparison and operator', () => {
    expect(parse('a != x')).toEqual(['a', '!=', 'x']);
    expect(parse('a>1 AND b>=2 AND c<3 AND d<=4')).toEqual([
      'AND',
      ['a', '>', '1'],
      ['b', '>=', '2'],
      ['c', '<', '3'],
      ['d', '<=', '4'],
    ]);
    expect(parse('year 1990 TO 2000')).toEqual(['year', 'TO', '1990', '2000']);
    expect(parse('genre IN [horror, "sci fi", \'comedy\',]')).toEqual([
      'genre',
      'IN',
      ['horror', 'sci fi', 'comedy'],
    ]);
    expect(parse('genre NOT IN [horror]')).toEqual(['NOT', ['genre', 'IN', ['horror']]]);
    expect(parse('genre IN []')).toEqual(['genre', 'IN', []]);
    expect(parse('a EXISTS OR b NOT EXISTS')).toEqual(['OR', ['a', 'EXISTS'], ['NOT', ['b', 'EXISTS']]]);
    expect(parse('a IS NULL AND b IS NOT NULL')).toEqual([
      'AND',
      ['a', 'IS NULL'],
      ['NOT', ['b', 'IS NULL']],
    ]);
    expect(parse('a IS EMPTY OR b IS NOT EMPTY')).toEqual([
      'OR',
      ['a', 'IS EMPTY'],
      ['NOT', ['b', 'IS EMPTY']],
    ]);
  });

  it('reads quoted values, escapes, dotted and dashed words, and quoted keywords', () => {
    expect(parse("director = 'Jordan Peele'")).toEqual(['director', '=', 'Jordan Peele']);
    expect(parse(String.raw`title = 'l\'homme'`)).toEqual(['title', '=', "l'homme"]);
    expect(parse(String.raw`title = "say \"hi\""`)).toEqual(['title', '=', 'say "hi"']);
    expect(parse('rating.average >= 4.5')).toEqual(['rating.average', '>=', '4.5']);
    expect(parse('services = ransomware-recovery')).toEqual(['services', '=', 'ransomware-recovery']);
    expect(parse('"AND" = "OR"')).toEqual(['AND', '=', 'OR']);
    expect(parse('ville = Orléans')).toEqual(['ville', '=', 'Orléans']);
  });

  it('reads the geo functions', () => {
    expect(parse('_geoRadius(45.472735, 9.184019, 2000)')).toEqual([
      '_geoRadius',
      '45.472735',
      '9.184019',
      '2000',
    ]);
    expect(parse('_geoRadius( -1.5 ,2e1, 10 , 125 )')).toEqual(['_geoRadius', '-1.5', '2e1', '10', '125']);
    expect(parse('_geoBoundingBox([45.49, 9.22], [45.44, 9.14])')).toEqual([
      '_geoBoundingBox',
      ['45.49', '9.22'],
      ['45.44', '9.14'],
    ]);
    expect(parse('remote = true OR (radiusBucket = 10 AND _geoRadius(48.8, 2.3, 10000))')).toEqual([
      'OR',
      ['remote', '=', 'true'],
      ['AND', ['radiusBucket', '=', '10'], ['_geoRadius', '48.8', '2.3', '10000']],
    ]);
  });

  it('treats a blank filter as no filter', () => {
    expect(parseFilterString('   ')).toBeUndefined();
  });

  // Expected texts below are Meilisearch's (crates/filter-parser/src/lib.rs, `fn error`).
  it.each([
    [
      'channel = Ponce = 12',
      'Found unexpected characters at the end of the filter: `= 12`. You probably forgot an `OR` or an `AND` rule.\n17:21 channel = Ponce = 12',
    ],
    ['channel = 🐻', 'Was expecting a value but instead got `🐻`.\n11:12 channel = 🐻'],
    [
      'channel = 🐻 AND followers < 100',
      'Was expecting a value but instead got `🐻`.\n11:12 channel = 🐻 AND followers < 100',
    ],
    [
      'OR',
      'Was expecting a value but instead got `OR`, which is a reserved keyword. To use `OR` as a field name or a value, surround it by quotes.\n1:3 OR',
    ],
    [
      'AND = 8',
      'Was expecting a value but instead got `AND`, which is a reserved keyword. To use `AND` as a field name or a value, surround it by quotes.\n1:4 AND = 8',
    ],
    [
      'x = EXISTS',
      'Was expecting a value but instead got `EXISTS`, which is a reserved keyword. To use `EXISTS` as a field name or a value, surround it by quotes.\n5:11 x = EXISTS',
    ],
    [
      "channel = 'ponce",
      "Expression `\\'ponce` is missing the following closing delimiter: `'`.\n11:17 channel = 'ponce",
    ],
    [
      'channel = mv OR (followers >= 1000',
      'Expression `(followers >= 1000` is missing the following closing delimiter: `)`.\n17:35 channel = mv OR (followers >= 1000',
    ],
    [
      'channel = mv OR followers >= 1000)',
      'Found unexpected characters at the end of the filter: `)`. You probably forgot an `OR` or an `AND` rule.\n34:35 channel = mv OR followers >= 1000)',
    ],
    [
      "channel = ponce ORdog != 'bernese mountain'",
      "Found unexpected characters at the end of the filter: `ORdog != \\'bernese mountain\\'`. You probably forgot an `OR` or an `AND` rule.\n17:44 channel = ponce ORdog != 'bernese mountain'",
    ],
    ['colour IN blue, green]', 'Expected `[` after `IN` keyword.\n11:23 colour IN blue, green]'],
    [
      "colour IN [blue, green, 'blue' > 2]",
      "Expected only comma-separated field names inside `IN[..]` but instead found `> 2]`.\n32:36 colour IN [blue, green, 'blue' > 2]",
    ],
    [
      'colour IN [blue, green, AND]',
      'Expected only comma-separated field names inside `IN[..]` but instead found `AND]`.\n25:29 colour IN [blue, green, AND]',
    ],
    [
      'colour IN [blue, green',
      'Expected matching `]` after the list of field names given to `IN[`\n23:23 colour IN [blue, green',
    ],
    [
      '_geoRadius',
      'The `_geoRadius` filter must be in the form: `_geoRadius(latitude, longitude, radius, optionalResolution)`.\n11:11 _geoRadius',
    ],
    [
      '_geoRadius = 12',
      'The `_geoRadius` filter must be in the form: `_geoRadius(latitude, longitude, radius, optionalResolution)`.\n11:16 _geoRadius = 12',
    ],
    [
      '_geoBoundingBox = 12',
      'The `_geoBoundingBox` filter expects two pairs of arguments: `_geoBoundingBox([latitude, longitude], [latitude, longitude])`.\n16:21 _geoBoundingBox = 12',
    ],
    [
      'position <= _geoRadius(12, 13, 14)',
      "The `_geoRadius` filter is an operation and can't be used as a value.\n13:35 position <= _geoRadius(12, 13, 14)",
    ],
  ])('rejects %j as Meilisearch does', (filter, message) => {
    expect(parseError(filter)).toBe(message);
  });

  it.each([
    ['_geoPoint(12, 13, 14)', '1:22'],
    ['position <= _geoPoint(12, 13, 14)', '13:34'],
    ['_geoDistance(12, 13, 14)', '1:25'],
    ['_geo(12, 13, 14)', '1:17'],
    ['_geoPoint = Glass', '1:18'],
  ])('refuses the reserved geo name in %j', (filter, at) => {
    const message = parseError(filter);
    expect(message).toMatch(
      /^`_geo(Point|Distance)?` is a reserved keyword and thus can't be used as a filter expression\./,
    );
    expect(message.endsWith(`\n${at} ${filter}`)).toBe(true);
  });

  it('rejects malformed operations and geo functions', () => {
    const primary =
      /^Was expecting an operation `=`, `!=`, `>=`, `>`, `<=`, `<`, `IN`, `NOT IN`, `TO`, `EXISTS`/;
    expect(parseError('channel Ponce')).toMatch(primary);
    expect(parseError('channel Ponce')).toMatch(/at `channel Ponce`\.\n1:14 channel Ponce$/);
    expect(parseError('channel = Ponce OR')).toMatch(/but instead got nothing\.\n19:19 channel = Ponce OR$/);
    expect(parseError('colour NOT EXIST')).toMatch(primary);
    expect(parseError('subscribers 100 TO1000')).toMatch(primary);
    expect(parseError('a IS NOTHING')).toMatch(primary);
    expect(parseError('channel =    ')).toBe(
      'Was expecting a value but instead got nothing.\n14:14 channel =    ',
    );
    expect(parseError('_geoRadius(1, 2)')).toMatch(
      /^Was expecting 3 or 4 arguments for `_geoRadius`, but instead found 2\./,
    );
    expect(parseError('_geoRadius(a, b, c)')).toMatch(/^The `_geoRadius` filter must be in the form/);
    expect(parseError('_geoBoundingBox([1, 2, 3], [4, 5])')).toMatch(
      /^Was expecting 2 coordinates but instead found 3\./,
    );
    expect(parseError('_geoBoundingBox([1, 2])')).toMatch(
      /^The `_geoBoundingBox` filter expects two pairs of arguments/,
    );
    expect(parseError('a = _geoBoundingBox([1, 2], [3, 4])')).toMatch(
      /^The `_geoBoundingBox` filter is an operation/,
    );
  });

  it('limits the nesting depth as Meilisearch does', () => {
    const deep = `${'('.repeat(50)}x = 1${')'.repeat(50)}`;
    expect(parseError(deep)).toMatch(/^The filter exceeded the maximum depth limit\./);
    expect(parse(`${'('.repeat(40)}x = 1${')'.repeat(40)}`)).toEqual(['x', '=', '1']);
  });

  it('refuses, rather than ignores, the operators it does not implement', () => {
    expect(parseError('title CONTAINS kind')).toMatch(/^meili-standin: `CONTAINS` is not implemented/);
    expect(parseError('title NOT STARTS WITH kind')).toMatch(
      /^meili-standin: `NOT STARTS` is not implemented/,
    );
    expect(parseError('_geoPolygon([1, 2], [3, 4], [5, 6])')).toMatch(
      /^meili-standin: `_geoPolygon` is not implemented/,
    );
  });

  it('reads the array form: elements ANDed, inner arrays ORed, empty strings ignored', () => {
    const parsed = parseFilterParam(['a = 1', ['b = 2', 'c = 3'], '', ['d = 4']]);
    expect(shape(parsed?.node)).toEqual([
      'AND',
      ['a', '=', '1'],
      ['OR', ['b', '=', '2'], ['c', '=', '3']],
      ['d', '=', '4'],
    ]);
    expect(parseFilterParam([])).toBeUndefined();
    expect(parseFilterParam(null)).toBeUndefined();
    expect(() => parseFilterParam(true)).toThrow(
      'Invalid syntax for the filter parameter: `expected String, Array, found: true`.',
    );
    expect(() => parseFilterParam(['a = 1', [['b = 2']]])).toThrow(
      'Invalid type for filter subexpression: expected: String, found: ["b = 2"].',
    );
    expect(() => parseFilterParam([3])).toThrow(
      'Invalid type for filter subexpression: expected: String, [String], found: 3.',
    );
  });
});

describe('stand-in filter evaluation', () => {
  const docs = {
    a: {
      id: 1,
      genres: ['Horror', 'Comedy'],
      year: 1995,
      price: 10,
      title: 'Alpha',
      remote: true,
      note: null,
      tags: [],
    },
    b: {
      id: 2,
      genres: ['drama'],
      year: 2005,
      title: 'Beta',
      remote: false,
      _geo: { lat: 45.4777599, lng: 9.1967508 },
    },
    c: {
      id: 3,
      year: '2001',
      title: '',
      rating: { average: 4.5 },
      _geo: { lat: '45.4632046', lng: '9.1719421' },
    },
  };
  const matching = (filter: string | unknown[]) => {
    const parsed = parseFilterParam(filter)!;
    return Object.entries(docs)
      .filter(([, doc]) => evaluateFilter(parsed.node, doc))
      .map(([name]) => name);
  };

  it('compares strings without case, numbers as numbers, booleans as their words', () => {
    expect(matching('genres = horror')).toEqual(['a']);
    expect(matching('genres = HORROR')).toEqual(['a']);
    expect(matching('year = 1995.0')).toEqual(['a']);
    // "2001" is a string: compared as a string (Meilisearch ranges cover its string facets too).
    expect(matching('year > 2000')).toEqual(['b', 'c']);
    expect(matching('year > 2001')).toEqual(['b']);
    expect(matching('year 1990 TO 2005')).toEqual(['a', 'b', 'c']);
    expect(matching('remote = true')).toEqual(['a']);
    expect(matching('rating.average >= 4.5')).toEqual(['c']);
    expect(matching('genres IN [drama, comedy]')).toEqual(['a', 'b']);
  });

  it('makes != and NOT include the documents without the field', () => {
    expect(matching('genres != drama')).toEqual(['a', 'c']);
    expect(matching('NOT genres IN [drama]')).toEqual(['a', 'c']);
    expect(matching('NOT remote = true')).toEqual(['b', 'c']);
  });

  it('tells existence, null and emptiness apart', () => {
    expect(matching('note EXISTS')).toEqual(['a']);
    expect(matching('note IS NULL')).toEqual(['a']);
    expect(matching('tags IS EMPTY OR title IS EMPTY')).toEqual(['a', 'c']);
    expect(matching('genres NOT EXISTS')).toEqual(['c']);
  });

  it('filters by geo radius and bounding box (coordinates may be strings)', () => {
    // Meilisearch's documentation example: 2 km around central Milan keeps both restaurants.
    expect(matching('_geoRadius(45.472735, 9.184019, 2000)')).toEqual(['b', 'c']);
    expect(matching('_geoRadius(45.472735, 9.184019, 1200)')).toEqual(['b']);
    expect(matching('_geoBoundingBox([45.494181, 9.214024], [45.449484, 9.179175])')).toEqual(['b']);
    // A box across the antimeridian: left edge east of the right one.
    expect(matching('_geoBoundingBox([46, -170], [45, 170])')).toEqual([]);
    // ... so this one is the whole band but the strip between 9.18 and 9.19 east.
    expect(matching('_geoBoundingBox([46, 9.18], [45, 9.19])')).toEqual(['b', 'c']);
    expect(matching('_geoBoundingBox([46, 9.19], [45, 9.18])')).toEqual([]);
  });

  it('measures great-circle distances in metres, on the 6,371 km sphere of Meilisearch', () => {
    const a = { lat: 45.472735, lng: 9.184019 };
    const b = { lat: 45.4777599, lng: 9.1967508 };
    // @vigie/geo uses the mean radius 6,371.0088 km: the same formula, scaled.
    expect(haversineMeters(a, b)).toBeCloseTo((distanceKm(a, b) * 1000 * 6371) / 6371.0088, 2);
    expect(Math.round(haversineMeters(a, b))).toBe(1139);
    expect(haversineMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6371e3, 2);
  });

  it('refuses unfilterable attributes and bad coordinates with Meilisearch messages', () => {
    const validate = (filter: string, filterable: string[]) => {
      try {
        validateFilter(parseFilterString(filter)!, 'movies', filterable);
        return 'ok';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(validate('genres = horror AND year > 1', ['genres', 'year'])).toBe('ok');
    expect(validate('rating.average > 1', ['rating'])).toBe('ok');
    expect(validate('many = Glass', ['title'])).toBe(
      'Index `movies`: Attribute `many` is not filterable. Available filterable attribute patterns are: `title`.\n1:5 many = Glass',
    );
    expect(validate('many = Glass', [])).toBe(
      'Index `movies`: Attribute `many` is not filterable. This index does not have configured filterable attributes.\n1:5 many = Glass',
    );
    expect(validate('_geoRadius(10, 10, 10)', ['title'])).toMatch(
      /^Index `movies`: Attribute `_geo` is not filterable\./,
    );
    expect(validate('_geoRadius(91, 10, 10)', ['_geo'])).toMatch(
      /^Bad latitude `91`\. Latitude must be contained between -90 and 90 degrees\.\n12:14 /,
    );
    expect(validate('_geoRadius(10, 181, 10)', ['_geo'])).toMatch(
      /^Bad longitude `181`\. .* Hint: try using `-179` instead\./,
    );
    expect(validate('_geoBoundingBox([1, 2], [3, 4])', ['_geo'])).toMatch(
      /^The top latitude `1` is below the bottom latitude `3`\./,
    );
  });
});
