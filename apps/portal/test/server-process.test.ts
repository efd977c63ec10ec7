import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const portalDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started: ChildProcess[] = [];

/** Runs `tsx server.ts` (what `pnpm start` does) with the given environment. */
function startServerProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: portalDir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORTAL_HOST: '127.0.0.1',
      API_INTERNAL_URL: 'http://127.0.0.1:9',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit, output: () => output };
}

afterEach(() => {
  for (const child of started.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('server.ts', () => {
  it('exits with code 1 and names the bad variable when the environment is invalid', async () => {
    const server = startServerProcess({ PORTAL_PORT: 'not-a-port' });
    expect(await server.exit).toBe(1);
    expect(server.output()).toContain('portal: invalid configuration');
    expect(server.output()).toContain('PORTAL_PORT: must be a number');
  });

  it('listens where it is told, serves pages, logs JSON lines off a terminal, and stops cleanly on SIGTERM', async () => {
    const server = startServerProcess({ PORTAL_PORT: '0' });
    const records = () =>
      server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening" line:\n${server.output()}`)), 120_000);
      server.child.stdout?.on('data', () => {
        const listening = records()
          .map((r) => String(r.msg).match(/^listening on (http:\/\/\S+)$/))
          .find(Boolean);
        if (listening?.[1]) {
          clearTimeout(timer);
          resolve(listening[1]);
        }
      });
      server.exit.then((code) => reject(new Error(`exited with ${code}:\n${server.output()}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const home = await fetch(`${url}/`);
    expect(home.status).toBe(200);
    // The status page asks the API it was pointed at, which is down: it says so.
    const status = await fetch(`${url}/health`);
    expect(status.status).toBe(503);
    expect(await status.text()).toContain('API indisponible');

    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    // One access line per page, in pino's shape; static files are not logged.
    const requests = records().filter((r) => r.msg === 'request');
    expect(requests.map((r) => [r.service, r.method, r.path, r.status])).toEqual([
      ['vigie-portal', 'GET', '/', 200],
      ['vigie-portal', 'GET', '/health', 503],
    ]);
    expect(records().some((r) => r.signal === 'SIGTERM' && r.level === 30)).toBe(true);
  });
});
