/**
 * Tests of the Meilisearch stand-in itself: its filter parser and evaluator (pure), then its HTTP
 * protocol. Error messages of the parser are compared with the snapshots of Meilisearch's own
 * filter-parser tests where one exists. With MEILI_HOST set, the protocol tests also run against that
 * server, which checks that the stand-in says what Meilisearch says (knob tests stay stand-in only).
 */
import { randomBytes } from 'node:crypto';
import { distanceKm } from '@vigie/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateFilter, validateFilter } from './meili-standin/filter-eval.ts';
import {
  FilterError,
  type FilterNode,
  parseFilterParam,
  parseFilterString,
} from './meili-standin/filter-parser.ts';
import { haversineMeters } from './meili-standin/geo.ts';
import { type MeiliStandin, startMeiliStandin } from './meili-standin/server.ts';

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

// ---------------------------------------------------------------------------------------------
// HTTP protocol.

type Target = { name: string; kind: 'stand-in' | 'real'; url: string; key?: string; standin?: MeiliStandin };
const REAL_HOST = process.env.MEILI_HOST;
const MASTER_KEY = 'protocol-master-key';

const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
let uidCounter = 0;
const freshUid = () => `standin_protocol_${runId}_${uidCounter++}`;

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of many shapes, only read by expectations.
type Answer = { status: number; body: any };

function client(target: Target) {
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (target.key && !('authorization' in headers)) {
      (init.headers as Record<string, string>).authorization = `Bearer ${target.key}`;
    }
    if (body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const res = await fetch(`${target.url}${path}`, init);
    const text = await res.text();
    return { status: res.status, body: text === '' ? undefined : JSON.parse(text) };
  };
  // biome-ignore lint/suspicious/noExplicitAny: a task object, only read by expectations.
  const task = async (answer: Answer): Promise<any> => {
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    for (;;) {
      const { body } = await call('GET', `/tasks/${answer.body.taskUid}`);
      if (body.status !== 'enqueued' && body.status !== 'processing') return body;
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  /** A fresh index with settings and documents, all tasks awaited. */
  const index = async (settings: Record<string, unknown>, docs: Record<string, unknown>[]) => {
    const uid = freshUid();
    expect((await task(await call('POST', '/indexes', { uid, primaryKey: 'id' }))).status).toBe('succeeded');
    expect((await task(await call('PATCH', `/indexes/${uid}/settings`, settings))).status).toBe('succeeded');
    if (docs.length > 0)
      expect((await task(await call('POST', `/indexes/${uid}/documents`, docs))).status).toBe('succeeded');
    created.push(uid);
    return uid;
  };
  const created: string[] = [];
  const cleanup = async () => {
    for (const uid of created) await call('DELETE', `/indexes/${uid}`);
  };
  return { call, task, index, cleanup };
}

const expectError = (answer: Answer, status: number, code: string, type = 'invalid_request') => {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.body).toEqual({
    message: expect.any(String),
    code,
    type,
    link: `https://docs.meilisearch.com/errors#${code}`,
  });
};

const targets: Target[] = [{ name: 'stand-in', kind: 'stand-in', url: '', key: MASTER_KEY }];
if (REAL_HOST) {
  targets.push({
    name: `Meilisearch at ${REAL_HOST}`,
    kind: 'real',
    url: REAL_HOST,
    key: process.env.MEILI_API_KEY,
  });
}

describe.each(targets)('Meilisearch HTTP protocol ($name)', (target) => {
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    if (target.kind === 'stand-in') {
      target.standin = await startMeiliStandin({ masterKey: MASTER_KEY });
      target.url = target.standin.url;
    }
    api = client(target);
  });
  afterAll(async () => {
    await api.cleanup();
    await target.standin?.close();
  });

  const MILAN = [
    { id: 1, name: "Nàpiz' Milano", type: 'pizza', rating: 9, _geo: { lat: 45.4777599, lng: 9.1967508 } },
    { id: 2, name: 'Bouillon Pigalle', type: 'french', rating: 8, _geo: { lat: 48.8826517, lng: 2.3352748 } },
    {
      id: 3,
      name: 'Artico Gelateria Tradizionale',
      type: 'ice cream',
      rating: 10,
      _geo: { lat: 45.4632046, lng: 9.1719421 },
    },
    { id: 4, name: 'Pizzeria Da Michele', type: 'pizza', rating: 10, _geo: { lat: 40.8498, lng: 14.2635 } },
    { id: 5, name: 'Café sans géolocalisation', type: 'café', rating: 7 },
  ];
  const MILAN_SETTINGS = {
    filterableAttributes: ['type', 'rating', '_geo'],
    sortableAttributes: ['_geo', 'rating', 'name'],
    searchableAttributes: ['name', 'type'],
  };

  describe('health, version and authorization', () => {
    it('answers /health without a key', async () => {
      const res = await fetch(`${target.url}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'available' });
    });

    it.runIf(target.key)('requires the bearer key everywhere else', async () => {
      expectError(
        await api.call('GET', '/version', undefined, { authorization: '' }),
        401,
        'missing_authorization_header',
        'auth',
      );
      expectError(
        await api.call('GET', '/version', undefined, { authorization: `Basic ${target.key}` }),
        401,
        'missing_authorization_header',
        'auth',
      );
      const wrong = await api.call('GET', '/indexes/whatever', undefined, { authorization: 'Bearer nope' });
      expectError(wrong, 403, 'invalid_api_key', 'auth');
      expect(wrong.body.message).toBe('The provided API key is invalid.');
      const version = await api.call('GET', '/version');
      expect(version.status).toBe(200);
      expect(version.body.pkgVersion).toEqual(expect.any(String));
    });

    it('answers an unknown route with 404', async () => {
      expect((await api.call('GET', '/no-such-route')).status).toBe(404);
    });
  });

  describe('indexes and tasks', () => {
    it('creates an index through an enqueued task, and refuses to create it twice', async () => {
      const uid = freshUid();
      expectError(await api.call('GET', `/indexes/${uid}`), 404, 'index_not_found');
      expect((await api.call('GET', `/indexes/${uid}`)).body.message).toBe(`Index \`${uid}\` not found.`);
      const enqueued = await api.call('POST', '/indexes', { uid, primaryKey: 'id' });
      expect(enqueued.status).toBe(202);
      expect(enqueued.body).toMatchObject({
        taskUid: expect.any(Number),
        indexUid: uid,
        status: 'enqueued',
        type: 'indexCreation',
      });
      const done = await api.task(enqueued);
      expect(done).toMatchObject({
        uid: enqueued.body.taskUid,
        status: 'succeeded',
        error: null,
        details: { primaryKey: 'id' },
      });
      expect(Date.parse(done.finishedAt)).toBeGreaterThanOrEqual(Date.parse(done.startedAt));
      expect((await api.call('GET', `/indexes/${uid}`)).body).toMatchObject({ uid, primaryKey: 'id' });
      const again = await api.task(await api.call('POST', '/indexes', { uid }));
      expect(again).toMatchObject({
        status: 'failed',
        error: { code: 'index_already_exists', type: 'invalid_request' },
      });
      expect((await api.task(await api.call('DELETE', `/indexes/${uid}`))).status).toBe('succeeded');
      expectError(await api.call('GET', `/indexes/${uid}`), 404, 'index_not_found');
      const gone = await api.task(await api.call('DELETE', `/indexes/${uid}`));
      expect(gone).toMatchObject({ status: 'failed', error: { code: 'index_not_found' } });
    });

    it('validates index uids and task uids', async () => {
      expectError(await api.call('POST', '/indexes', { uid: 'bad uid!' }), 400, 'invalid_index_uid');
      expectError(await api.call('POST', '/indexes', { primaryKey: 'id' }), 400, 'missing_index_uid');
      expectError(await api.call('GET', '/tasks/99999999'), 404, 'task_not_found');
    });

    it.runIf(target.kind === 'stand-in')('processes tasks in order, asynchronously', async () => {
      const state = target.standin!.state;
      const uid = freshUid();
      state.pauseTasks();
      const answers = [
        await api.call('POST', '/indexes', { uid, primaryKey: 'id' }),
        await api.call('PATCH', `/indexes/${uid}/settings`, { filterableAttributes: ['type'] }),
        await api.call('POST', `/indexes/${uid}/documents`, [{ id: 1, type: 'a' }]),
      ];
      expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
      await new Promise((r) => setTimeout(r, 20));
      expect((await api.call('GET', `/tasks/${answers[0]!.body.taskUid}`)).body.status).toBe('enqueued');
      expectError(await api.call('GET', `/indexes/${uid}`), 404, 'index_not_found');
      state.resumeTasks();
      const tasks = [];
      for (const a of answers) tasks.push(await api.task(a));
      expect(tasks.map((t) => t.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
      const starts = tasks.map((t) => Date.parse(t.startedAt));
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      await api.call('DELETE', `/indexes/${uid}`);
    });
  });

  describe('settings', () => {
    it('applies a partial update over the defaults and resets with null', async () => {
      const uid = await api.index({}, []);
      const before = (await api.call('GET', `/indexes/${uid}/settings`)).body;
      expect(before).toMatchObject({
        displayedAttributes: ['*'],
        searchableAttributes: ['*'],
        filterableAttributes: [],
        sortableAttributes: [],
        rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
        pagination: { maxTotalHits: 1000 },
        faceting: { maxValuesPerFacet: 100 },
      });
      const patch = {
        searchableAttributes: ['name', 'city'],
        filterableAttributes: ['services', '_geo'],
        sortableAttributes: ['_geo'],
        rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort', 'rating:desc'],
        pagination: { maxTotalHits: 2000 },
      };
      const done = await api.task(await api.call('PATCH', `/indexes/${uid}/settings`, patch));
      expect(done).toMatchObject({ status: 'succeeded', type: 'settingsUpdate' });
      const after = (await api.call('GET', `/indexes/${uid}/settings`)).body;
      expect(after).toMatchObject({
        ...patch,
        filterableAttributes: expect.arrayContaining(['services', '_geo']),
      });
      expect(after.displayedAttributes).toEqual(['*']);
      await api.task(
        await api.call('PATCH', `/indexes/${uid}/settings`, {
          rankingRules: null,
          pagination: { maxTotalHits: null },
        }),
      );
      const reset = (await api.call('GET', `/indexes/${uid}/settings`)).body;
      expect(reset.rankingRules).toEqual(before.rankingRules);
      expect(reset.searchableAttributes).toEqual(['name', 'city']);
    });

    it('rejects unknown settings and bad values before enqueueing anything', async () => {
      const uid = await api.index({}, []);
      expectError(await api.call('PATCH', `/indexes/${uid}/settings`, { doggo: true }), 400, 'bad_request');
      expectError(
        await api.call('PATCH', `/indexes/${uid}/settings`, { rankingRules: 'words' }),
        400,
        'invalid_settings_ranking_rules',
      );
      expectError(
        await api.call('PATCH', `/indexes/${uid}/settings`, { rankingRules: ['wordz'] }),
        400,
        'invalid_settings_ranking_rules',
      );
      expectError(
        await api.call('PATCH', `/indexes/${uid}/settings`, { pagination: { maxTotalHits: 'many' } }),
        400,
        'invalid_settings_pagination',
      );
    });

    it('wants a JSON body', async () => {
      const uid = await api.index({}, []);
      const noType = await fetch(`${target.url}/indexes/${uid}/settings`, {
        method: 'PATCH',
        headers: target.key ? { authorization: `Bearer ${target.key}` } : {},
        body: new TextEncoder().encode('{}'), // bytes: fetch adds no Content-Type
      });
      expect(noType.status).toBe(415);
      expect(((await noType.json()) as { code: string }).code).toBe('missing_content_type');
      expectError(
        await api.call('PATCH', `/indexes/${uid}/settings`, '{"rankingRules": ['),
        400,
        'malformed_payload',
      );
      expectError(
        await api.call('PATCH', `/indexes/${uid}/settings`, '{}', { 'content-type': 'text/plain' }),
        415,
        'invalid_content_type',
      );
    });
  });

  describe('documents', () => {
    it('adds, replaces, updates and deletes documents', async () => {
      const uid = await api.index({}, [
        { id: 1, a: 1, b: 1 },
        { id: 2, a: 2 },
        { id: 'x-3', a: 3 },
      ]);
      const added = await api.task(await api.call('POST', `/indexes/${uid}/documents`, [{ id: 1, a: 10 }]));
      expect(added).toMatchObject({
        type: 'documentAdditionOrUpdate',
        details: { receivedDocuments: 1, indexedDocuments: 1 },
      });
      expect((await api.call('GET', `/indexes/${uid}/documents/1`)).body).toEqual({ id: 1, a: 10 });
      await api.task(await api.call('PUT', `/indexes/${uid}/documents`, [{ id: 1, b: 20 }]));
      expect((await api.call('GET', `/indexes/${uid}/documents/1`)).body).toEqual({ id: 1, a: 10, b: 20 });
      const batch = await api.task(
        await api.call('POST', `/indexes/${uid}/documents/delete-batch`, [2, 'x-3', 999]),
      );
      expect(batch).toMatchObject({
        type: 'documentDeletion',
        details: { providedIds: 3, deletedDocuments: 2 },
      });
      expectError(await api.call('GET', `/indexes/${uid}/documents/2`), 404, 'document_not_found');
      await api.task(await api.call('DELETE', `/indexes/${uid}/documents/1`));
      expect((await api.call('GET', `/indexes/${uid}/documents`)).body.total).toBe(0);
      await api.task(await api.call('POST', `/indexes/${uid}/documents`, [{ id: 4 }, { id: 5 }]));
      const cleared = await api.task(await api.call('DELETE', `/indexes/${uid}/documents`));
      expect(cleared.details.deletedDocuments).toBe(2);
    });

    it('creates the index on first documents and infers or takes the primary key', async () => {
      const uid = freshUid();
      const t = await api.task(
        await api.call('POST', `/indexes/${uid}/documents?primaryKey=ref`, [{ ref: 'a', providerId: 1 }]),
      );
      expect(t.status).toBe('succeeded');
      expect((await api.call('GET', `/indexes/${uid}`)).body.primaryKey).toBe('ref');
      await api.call('DELETE', `/indexes/${uid}`);
      const ambiguous = freshUid();
      const failed = await api.task(
        await api.call('POST', `/indexes/${ambiguous}/documents`, [{ id: 1, providerId: 2 }]),
      );
      expect(failed).toMatchObject({
        status: 'failed',
        error: { code: 'index_primary_key_multiple_candidates_found' },
      });
    });

    it('fails the whole task on a malformed _geo or id, changing nothing', async () => {
      const uid = await api.index({ filterableAttributes: ['_geo'] }, [{ id: 1, _geo: { lat: 1, lng: 2 } }]);
      for (const [bad, code] of [
        [{ id: 2, _geo: { lat: 'north', lng: 2 } }, 'invalid_document_geo_field'],
        [{ id: 2, _geo: { lat: 1 } }, 'invalid_document_geo_field'],
        [{ id: 2, _geo: { lat: 1, lng: 2, alt: 3 } }, 'invalid_document_geo_field'],
        [{ id: 2, _geo: [1, 2] }, 'invalid_document_geo_field'],
        [{ id: 'not valid!' }, 'invalid_document_id'],
        [{ name: 'no id' }, 'missing_document_id'],
      ] as const) {
        const t = await api.task(await api.call('POST', `/indexes/${uid}/documents`, [{ id: 3 }, bad]));
        expect(t, JSON.stringify(bad)).toMatchObject({
          status: 'failed',
          error: { code, type: 'invalid_request' },
        });
      }
      expect((await api.call('GET', `/indexes/${uid}/documents`)).body.total).toBe(1);
    });

    it('refuses a body that is not JSON documents', async () => {
      const uid = await api.index({}, []);
      expectError(await api.call('POST', `/indexes/${uid}/documents`, '[{"id": 1'), 400, 'malformed_payload');
      expectError(await api.call('POST', `/indexes/${uid}/documents`, ''), 400, 'missing_payload');
      expectError(
        await api.call('POST', `/indexes/${uid}/documents?primary=id`, [{ id: 1 }]),
        400,
        'bad_request',
      );
    });
  });

  describe('search', () => {
    let uid: string;
    beforeAll(async () => {
      uid = await api.index(MILAN_SETTINGS, MILAN);
    });
    const search = (body: unknown) => api.call('POST', `/indexes/${uid}/search`, body);
    const names = (answer: Answer) => answer.body.hits.map((h: { id: number }) => h.id);

    it('answers a placeholder search with every document and the offset/limit fields', async () => {
      const res = await search({});
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        query: '',
        limit: 20,
        offset: 0,
        estimatedTotalHits: 5,
        processingTimeMs: expect.any(Number),
      });
      expect(names(res).sort()).toEqual([1, 2, 3, 4, 5]);
    });

    it('matches words by prefix, ignoring case and diacritics', async () => {
      expect(names(await search({ q: 'napiz' }))).toEqual([1]);
      expect(names(await search({ q: 'GELAT' }))).toEqual([3]);
      expect(names(await search({ q: 'geolocalisation' }))).toEqual([5]);
      expect(names(await search({ q: 'pizza', filter: 'rating = 10' }))).toEqual([4]);
      expect(names(await search({ q: 'zzz' }))).toEqual([]);
    });

    it('filters with strings and arrays', async () => {
      const ids = async (filter: unknown) =>
        names(await search({ filter, sort: ['rating:desc', 'name:asc'] }));
      expect(await ids('type = pizza')).toEqual([4, 1]);
      expect(await ids(['type = pizza', ['rating = 9', 'rating = 8']])).toEqual([1]);
      expect(await ids('rating 8 TO 9')).toEqual([1, 2]);
      expect(await ids("type IN [pizza, 'ice cream']")).toEqual([3, 4, 1]);
      expect(await ids('NOT type = pizza AND rating >= 8')).toEqual([3, 2]);
      expect(await ids('_geoRadius(45.472735, 9.184019, 2000)')).toEqual([3, 1]);
      expect(await ids('_geoBoundingBox([45.494181, 9.214024], [45.449484, 9.179175])')).toEqual([1]);
    });

    it('refuses a filter on an attribute that is not filterable, and malformed filters', async () => {
      expectError(await search({ filter: '_geo EXISTS' }), 400, 'invalid_search_filter');
      const res = await search({ filter: 'name = Bouillon' });
      expectError(res, 400, 'invalid_search_filter');
      expect(res.body.message).toContain('Attribute `name` is not filterable.');
      expectError(await search({ filter: 'type = pizza XOR rating = 2' }), 400, 'invalid_search_filter');
      expectError(await search({ filter: true }), 400, 'invalid_search_filter');
      expectError(await search({ filter: '_geoRadius(100, 9, 2000)' }), 400, 'invalid_search_filter');
    });

    it('sorts by distance with _geoPoint and reports _geoDistance in metres', async () => {
      const res = await search({ sort: ['_geoPoint(45.472735, 9.184019):asc'], limit: 3 });
      expect(names(res)).toEqual([1, 3, 2]);
      const distances = res.body.hits.map((h: { _geoDistance: number }) => h._geoDistance);
      expect(distances.every(Number.isInteger)).toBe(true);
      expect(distances[0]).toBeGreaterThanOrEqual(1138);
      expect(distances[0]).toBeLessThanOrEqual(1140);
      const desc = await search({ sort: ['_geoPoint(45.472735, 9.184019):desc'] });
      expect(names(desc)).toEqual([4, 2, 3, 1, 5]); // documents without _geo come last
      expect((await search({})).body.hits[0]._geoDistance).toBeUndefined();
    });

    it('refuses sorting on what is not sortable', async () => {
      const res = await search({ sort: ['type:asc'] });
      expectError(res, 400, 'invalid_search_sort');
      expect(res.body.message).toContain('Attribute `type` is not sortable.');
      expectError(await search({ sort: ['_geo:asc'] }), 400, 'invalid_search_sort');
      expectError(await search({ sort: ['rating'] }), 400, 'invalid_search_sort');
      expectError(await search({ sort: 'rating:asc' }), 400, 'invalid_search_sort');
      const plain = await api.index({ rankingRules: ['words'], sortableAttributes: ['rating'] }, []);
      expectError(
        await api.call('POST', `/indexes/${plain}/search`, { sort: ['rating:asc'] }),
        400,
        'invalid_search_sort',
      );
    });

    it('pages with limit/offset or with page/hitsPerPage', async () => {
      const sort = ['rating:desc', 'name:asc'];
      const window = await search({ sort, offset: 1, limit: 2 });
      expect(window.body).toMatchObject({ offset: 1, limit: 2, estimatedTotalHits: 5 });
      expect(names(window)).toEqual([4, 1]);
      const page = await search({ sort, page: 2, hitsPerPage: 2 });
      expect(page.body).toMatchObject({ page: 2, hitsPerPage: 2, totalHits: 5, totalPages: 3 });
      expect(page.body.estimatedTotalHits).toBeUndefined();
      expect(names(page)).toEqual([1, 2]);
    });

    it('returns no more than pagination.maxTotalHits', async () => {
      const small = await api.index({ pagination: { maxTotalHits: 2 } }, MILAN);
      const res = await api.call('POST', `/indexes/${small}/search`, { limit: 10 });
      expect(res.body.hits).toHaveLength(2);
      expect(res.body.estimatedTotalHits).toBe(2);
    });

    it('counts facet values over every match', async () => {
      const res = await search({ facets: ['type', 'rating'], limit: 1 });
      expect(res.body.facetDistribution).toEqual({
        type: { café: 1, french: 1, 'ice cream': 1, pizza: 2 },
        rating: { '7': 1, '8': 1, '9': 1, '10': 2 },
      });
      expect(res.body.facetStats).toEqual({ rating: { min: 7, max: 10 } });
      expectError(await search({ facets: ['name'] }), 400, 'invalid_search_facets');
    });

    it('returns only the attributes asked for, and the ranking score when asked', async () => {
      const res = await search({ q: 'pizza', attributesToRetrieve: ['name'], showRankingScore: true });
      for (const hit of res.body.hits) {
        expect(Object.keys(hit).sort()).toEqual(['_rankingScore', 'name']);
        expect(hit._rankingScore).toBeGreaterThan(0);
        expect(hit._rankingScore).toBeLessThanOrEqual(1);
      }
    });

    it('ranks by the searchable attributes order, then by the sort', async () => {
      const ranked = await api.index(
        { searchableAttributes: ['name', 'description'], sortableAttributes: ['_geo'] },
        [
          {
            id: 1,
            name: 'Info Services',
            description: 'Partenaire de Rempart.',
            _geo: { lat: 48.86, lng: 2.35 },
          },
          { id: 2, name: 'Rempart Informatique', description: 'Conseil.', _geo: { lat: 48.9, lng: 2.35 } },
          { id: 3, name: 'Rempart Ouest', description: 'Conseil.', _geo: { lat: 48.87, lng: 2.35 } },
        ],
      );
      const res = await api.call('POST', `/indexes/${ranked}/search`, {
        q: 'rempart',
        sort: ['_geoPoint(48.8566, 2.3522):asc'],
      });
      expect(names(res)).toEqual([3, 2, 1]);
    });

    it('validates its parameters', async () => {
      expectError(await search({ marin: 'hello' }), 400, 'bad_request');
      expectError(await search({ limit: 'doggo' }), 400, 'invalid_search_limit');
      expectError(await search({ offset: -1 }), 400, 'invalid_search_offset');
      expectError(await search({ q: ['doggo'] }), 400, 'invalid_search_q');
      expectError(await search({ matchingStrategy: 'most' }), 400, 'invalid_search_matching_strategy');
      expectError(
        await api.call('POST', `/indexes/${freshUid()}/search`, { q: 'hello' }),
        404,
        'index_not_found',
      );
    });

    it('runs several searches in one multi-search request', async () => {
      const res = await api.call('POST', '/multi-search', {
        queries: [
          { indexUid: uid, q: 'pizza', attributesToRetrieve: ['id'] },
          { indexUid: uid, filter: 'rating = 10', attributesToRetrieve: ['id'] },
        ],
      });
      expect(res.status).toBe(200);
      expect(res.body.results.map((r: { indexUid: string }) => r.indexUid)).toEqual([uid, uid]);
      expect(res.body.results[0].hits.map((h: { id: number }) => h.id).sort()).toEqual([1, 4]);
      expect(res.body.results[1].hits.map((h: { id: number }) => h.id).sort()).toEqual([3, 4]);
      const failing = await api.call('POST', '/multi-search', {
        queries: [{ indexUid: uid }, { indexUid: uid, filter: 'name = x' }],
      });
      expectError(failing, 400, 'invalid_search_filter');
      expect(failing.body.message).toMatch(/^Inside `\.queries\[1\]`: /);
    });
  });

  describe('swap-indexes', () => {
    it('swaps two indexes, and fails the task when one is missing', async () => {
      const a = await api.index({}, [{ id: 1, v: 'a' }]);
      const b = await api.index({}, [{ id: 1, v: 'b' }]);
      const swapped = await api.task(await api.call('POST', '/swap-indexes', [{ indexes: [a, b] }]));
      expect(swapped).toMatchObject({ status: 'succeeded', type: 'indexSwap' });
      expect((await api.call('GET', `/indexes/${a}/documents/1`)).body.v).toBe('b');
      expect((await api.call('GET', `/indexes/${b}/documents/1`)).body.v).toBe('a');
      const missing = await api.task(await api.call('POST', '/swap-indexes', [{ indexes: [a, freshUid()] }]));
      expect(missing).toMatchObject({ status: 'failed', error: { code: 'index_not_found' } });
    });
  });
});
