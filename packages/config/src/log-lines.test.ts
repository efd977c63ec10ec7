import { describe, expect, it } from 'vitest';
import { chooseLogFormat, createLineLogger, createPrettySink, formatLogLine } from './log-lines.ts';

// Local time, as the terminal shows it, whatever the machine's time zone.
const at = new Date(2026, 0, 2, 12, 1, 2).getTime();

describe('chooseLogFormat', () => {
  it('writes short lines for a person at a terminal in development', () => {
    expect(chooseLogFormat({ isTTY: true, nodeEnv: 'development' })).toBe('pretty');
    expect(chooseLogFormat({ isTTY: true, nodeEnv: undefined })).toBe('pretty');
  });

  it('writes JSON when the output is a pipe or a file', () => {
    expect(chooseLogFormat({ isTTY: false, nodeEnv: 'development' })).toBe('json');
    expect(chooseLogFormat({ isTTY: undefined, nodeEnv: 'development' })).toBe('json');
  });

  it('writes JSON in production and in tests, even at a terminal', () => {
    expect(chooseLogFormat({ isTTY: true, nodeEnv: 'production' })).toBe('json');
    expect(chooseLogFormat({ isTTY: true, nodeEnv: 'test' })).toBe('json');
  });
});

describe('formatLogLine', () => {
  it('reads a request as time, service, method, path, status and whole milliseconds', () => {
    const line = formatLogLine({
      level: 30,
      time: at,
      service: 'vigie-api',
      requestId: 'abc',
      method: 'GET',
      path: '/v1/providers',
      status: 200,
      ms: 12.4,
      msg: 'request',
    });
    expect(line).toBe('12:01:02 api    GET /v1/providers 200 12ms');
  });

  it('marks warnings and shows the fields of an event, quoting values with spaces', () => {
    const line = formatLogLine({
      level: 40,
      time: at,
      service: 'vigie-api',
      reason: 'timed out',
      msg: 'address API unavailable',
    });
    expect(line).toBe('12:01:02 api    WARN address API unavailable reason="timed out"');
  });

  it('does not repeat a field the message already reads out', () => {
    const line = formatLogLine({
      level: 30,
      time: at,
      service: 'vigie-api',
      url: 'http://127.0.0.1:8787',
      msg: 'listening on http://127.0.0.1:8787',
    });
    expect(line).toBe('12:01:02 api    listening on http://127.0.0.1:8787');
  });

  it("puts an error's stack under the line, indented", () => {
    const line = formatLogLine({
      level: 50,
      time: at,
      service: 'vigie-portal',
      err: { message: 'boom', stack: 'Error: boom\n    at here' },
      msg: 'unhandled error',
    });
    expect(line.split('\n')).toEqual([
      '12:01:02 portal ERROR unhandled error',
      '    Error: boom',
      '        at here',
    ]);
  });
});

describe('createPrettySink', () => {
  it("rewrites pino's JSON lines and passes anything else through", () => {
    const out: string[] = [];
    const sink = createPrettySink((text) => out.push(text));
    sink.write(`${JSON.stringify({ level: 30, time: at, service: 'vigie-api', msg: 'listening' })}\n`);
    sink.write('not json\n');
    expect(out).toEqual(['12:01:02 api    listening\n', 'not json\n']);
  });
});

describe('createLineLogger', () => {
  it('writes JSON records in the shape pino uses, below the level nothing', () => {
    const out: string[] = [];
    const logger = createLineLogger({
      service: 'vigie-portal',
      format: 'json',
      level: 'warn',
      write: (text) => out.push(text),
      now: () => at,
    });
    logger.info({ path: '/' }, 'request');
    logger.warn({ path: '/x' }, 'slow');
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0] ?? '')).toEqual({
      level: 40,
      time: at,
      service: 'vigie-portal',
      path: '/x',
      msg: 'slow',
    });
  });

  it('writes short lines in the pretty format', () => {
    const out: string[] = [];
    const logger = createLineLogger({
      service: 'vigie-portal',
      format: 'pretty',
      write: (text) => out.push(text),
      now: () => at,
    });
    logger.info({ method: 'GET', path: '/prestataires', status: 200, ms: 45 }, 'request');
    expect(out).toEqual(['12:01:02 portal GET /prestataires 200 45ms\n']);
  });
});
