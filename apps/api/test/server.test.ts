import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exited, runTsx, startServer } from './support/spawn.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vigie-server-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the API process', () => {
  it('refuses to start with bad settings and prints every problem at once', { timeout: 180_000 }, () => {
    const r = runTsx('src/server.ts', [], {
      API_PORT: 'eighty',
      MEILI_HOST: 'not a url',
      DATABASE_PATH: path.join(dir, 'never.db'),
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('vigie-api: invalid configuration');
    expect(r.stderr).toMatch(/API_PORT: must be a number/);
    expect(r.stderr).toMatch(/MEILI_HOST: must be an http\(s\) URL/);
  });

  it('serves real HTTP, migrates its database, and shuts down cleanly on SIGTERM', {
    timeout: 180_000,
  }, async () => {
    const dbPath = path.join(dir, 'live.db');
    const server = await startServer({
      DATABASE_PATH: dbPath,
      HTTP_HEADERS_TIMEOUT_MS: '2000',
      HTTP_REQUEST_TIMEOUT_MS: '3000',
    });
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe('ok');

    const malformed = await fetch(`${server.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toBe('application/problem+json');

    const huge = await fetch(`${server.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.fr', password: 'x'.repeat(200 * 1024) }),
    });
    expect(huge.status).toBe(413);

    const form = await fetch(`${server.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a@b.fr&password=x',
    });
    expect(form.status).toBe(415);

    // A body that never arrives in full: the configured request deadline (generous, so the other
    // requests above never meet it on a loaded machine) closes the connection.
    const { port } = new URL(server.url);
    const slow = connect(Number(port), '127.0.0.1');
    let received = '';
    slow.on('data', (chunk) => {
      received += chunk;
    });
    slow.on('error', () => {});
    slow.write(
      'POST /v1/auth/login HTTP/1.1\r\nHost: api\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{',
    );
    await new Promise((resolve) => slow.once('close', resolve));
    expect(received).toMatch(/^$|^HTTP\/1\.1 408 /);

    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
    expect(server.output()).toContain('database closed');
    expect(server.output()).toContain('"msg":"client error"');
    expect(server.output()).not.toContain('unhandled error');
  });
});

describe('the CLI', () => {
  // Five real CLI processes, each compiling TypeScript on start: slow on a loaded machine.
  it('migrates, seeds once, and backs up a live database', { timeout: 240_000 }, () => {
    const env = { DATABASE_PATH: path.join(dir, 'cli.db'), INIT_CWD: dir };
    expect(runTsx('src/cli.ts', ['migrate'], env).status).toBe(0);
    const first = runTsx('src/cli.ts', ['seed', '--if-empty'], env);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('admin@vigie.test');
    // The demo holds providers the public directory does not show: the last line says how many.
    const demoLine =
      /^Demo: 1,200 providers, [\d,]+ listed; [\d,]+ pending and [\d,]+ suspended are not shown publicly: only referenced providers are listed\.$/m;
    expect(first.stdout.trim().split('\n').at(-1)).toMatch(demoLine);
    const second = runTsx('src/cli.ts', ['seed', '--if-empty'], env);
    expect(second.stdout).toContain('already has demo data');
    expect(second.stdout.trim().split('\n').at(-1)).toBe(first.stdout.trim().split('\n').at(-1));
    const backup = runTsx('src/cli.ts', ['backup', 'copy.db'], env);
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain(path.join(dir, 'copy.db'));
    expect(runTsx('src/cli.ts', ['backup'], env).status).toBe(2);
  });
});
