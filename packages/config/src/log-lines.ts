/**
 * How the API and the portal write their logs: one JSON object per line (pino's shape) for
 * machines, or one short line per event for a person watching a terminal.
 */
export type LogFormat = 'json' | 'pretty';

/** A log event as pino writes it: numeric level, epoch milliseconds, message, any other fields. */
export type LogRecord = { level: number; time: number; msg?: string; service?: string } & Record<
  string,
  unknown
>;

export type LogLevelName = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

const LEVELS: Record<LogLevelName, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: Number.POSITIVE_INFINITY,
};

/**
 * Short lines only for a person at a terminal; JSON whenever the output goes to a pipe or a file,
 * in production and in tests, so log collectors and CI always get the machine format.
 */
export function chooseLogFormat(options: {
  isTTY: boolean | undefined;
  nodeEnv: string | undefined;
}): LogFormat {
  if (options.nodeEnv === 'production' || options.nodeEnv === 'test') return 'json';
  return options.isTTY === true ? 'pretty' : 'json';
}

// Fields every record carries, or that mean nothing to a person reading along.
const HIDDEN = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname', 'requestId', 'err']);

function clock(time: number): string {
  const d = new Date(time);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

function showValue(value: unknown): string {
  if (typeof value === 'string') return /\s/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value);
}

/**
 * One line for a person: `12:01:02 api    GET /v1/providers 200 12ms` for a request,
 * `12:01:05 api    WARN meilisearch unavailable…` for an event; an error's stack follows, indented.
 */
export function formatLogLine(record: LogRecord): string {
  const service = (record.service ?? '').replace(/^vigie-/, '').padEnd(6);
  const level = record.level >= 50 ? 'ERROR ' : record.level >= 40 ? 'WARN ' : '';
  const isRequest =
    record.msg === 'request' && typeof record.method === 'string' && typeof record.path === 'string';
  let text: string;
  if (isRequest) {
    const ms = typeof record.ms === 'number' ? ` ${Math.round(record.ms)}ms` : '';
    text = `${record.method} ${record.path} ${record.status}${ms}`;
  } else {
    const msg = record.msg ?? '';
    // A value the message already reads out (`listening on http://…` with its `url`) is not repeated.
    const fields = Object.entries(record)
      .filter(([key, value]) => !HIDDEN.has(key) && value !== undefined)
      .filter(([, value]) => !(typeof value === 'string' && value !== '' && msg.includes(value)))
      .map(([key, value]) => `${key}=${showValue(value)}`);
    text = [msg, ...fields].filter(Boolean).join(' ');
  }
  let line = `${clock(record.time)} ${service} ${level}${text}`;
  const err = record.err as { message?: unknown; stack?: unknown } | undefined;
  if (err && typeof err === 'object') {
    const detail = typeof err.stack === 'string' ? err.stack : String(err.message ?? '');
    line += `\n${detail.replace(/^/gm, '    ')}`;
  }
  return line;
}

/**
 * A destination for pino that rewrites its JSON lines with `formatLogLine`; a line that is not
 * JSON goes through unchanged rather than being lost.
 */
export function createPrettySink(write: (text: string) => void): { write: (chunk: string) => void } {
  return {
    write(chunk) {
      for (const raw of chunk.split('\n')) {
        if (!raw) continue;
        try {
          write(`${formatLogLine(JSON.parse(raw) as LogRecord)}\n`);
        } catch {
          write(`${raw}\n`);
        }
      }
    },
  };
}

export type LineLogger = {
  info: (fields: Record<string, unknown>, msg: string) => void;
  warn: (fields: Record<string, unknown>, msg: string) => void;
  error: (fields: Record<string, unknown>, msg: string) => void;
};

/** A small logger writing the same records as pino, for a process that does not need pino itself. */
export function createLineLogger(options: {
  service: string;
  format: LogFormat;
  level?: LogLevelName;
  write: (text: string) => void;
  now?: () => number;
}): LineLogger {
  const threshold = LEVELS[options.level ?? 'info'];
  const now = options.now ?? Date.now;
  const emit = (level: number) => (fields: Record<string, unknown>, msg: string) => {
    if (level < threshold) return;
    const record: LogRecord = { level, time: now(), service: options.service, ...fields, msg };
    if (record.err instanceof Error) {
      const { message, stack, name } = record.err;
      record.err = { type: name, message, stack };
    }
    options.write(`${options.format === 'pretty' ? formatLogLine(record) : JSON.stringify(record)}\n`);
  };
  return { info: emit(LEVELS.info), warn: emit(LEVELS.warn), error: emit(LEVELS.error) };
}
