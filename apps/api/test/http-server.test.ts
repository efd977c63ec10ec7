import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type HttpServerOptions, listen } from '../src/http-server.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// A generous bound for "eventually": far above the small test deadlines, far below the test timeout.
const EVENTUALLY_MS = 60_000;

const running: { server: Server; t: TestApp }[] = [];
afterEach(async () => {
  for (const { server, t } of running.splice(0)) {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    t.close();
  }
});

async function start(options: Partial<HttpServerOptions> = {}, configure?: (t: TestApp) => void) {
  const t = createTestApp();
  configure?.(t);
  const { server, url } = await listen(t.app.fetch, {
    port: 0,
    host: '127.0.0.1',
    headersTimeoutMs: 10_000,
    requestTimeoutMs: 30_000,
    keepAliveTimeoutMs: 30_000,
    maxConnections: 100,
    ...options,
  });
  running.push({ server, t });
  const { port } = new URL(url);
  return { url, port: Number(port) };
}

type Exchange = { socket: Socket; received: () => string; closed: Promise<boolean> };

/** Opens a raw connection and writes `text`; `closed` says whether the server closed it in time. */
function open(port: number, text: string): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      data += chunk;
    });
    socket.on('error', () => {}); // a reset is one way of being closed
    const closed = new Promise<boolean>((done) => {
      const timer = setTimeout(() => done(false), EVENTUALLY_MS);
      socket.once('close', () => {
        clearTimeout(timer);
        done(true);
      });
    });
    socket.once('connect', () => {
      socket.write(text);
      resolve({ socket, received: () => data, closed });
    });
    socket.once('error', reject);
  });
}

/** Waits until `exchange` has received a full response ending in `marker`. */
async function responseOn(exchange: Exchange, marker: string) {
  for (let i = 0; i < EVENTUALLY_MS / 20 && !exchange.received().includes(marker); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  return exchange.received();
}

describe('server deadlines', () => {
  it('cuts off a client whose body is shorter than its Content-Length', async () => {
    const { port } = await start({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const slow = await open(
      port,
      'POST /v1/auth/login HTTP/1.1\r\nHost: api\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":',
    );
    expect(await slow.closed).toBe(true);
    expect(slow.received()).toMatch(/^$|^HTTP\/1\.1 408 /);
  });

  it('cuts off a client that never finishes its headers', async () => {
    const { port } = await start({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const slow = await open(port, 'GET /health HTTP/1.1\r\nHost: api\r\n');
    expect(await slow.closed).toBe(true);
    expect(slow.received()).toMatch(/^$|^HTTP\/1\.1 408 /);
  });

  it('refuses connections beyond the cap and keeps serving those it holds', async () => {
    const { port } = await start({ maxConnections: 2 });
    const request = 'GET /health HTTP/1.1\r\nHost: api\r\n\r\n';
    const held = [await open(port, request), await open(port, request)];
    for (const h of held) expect(await responseOn(h, '"status"')).toMatch(/^HTTP\/1\.1 200 /);

    const third = await open(port, request);
    expect(await third.closed).toBe(true);
    expect(third.received()).toBe('');

    const first = held[0]!;
    const before = first.received().length;
    first.socket.write(request);
    for (let i = 0; i < EVENTUALLY_MS / 20 && first.received().length === before; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(first.received().slice(before)).toMatch(/^HTTP\/1\.1 200 /);
    for (const h of held) h.socket.destroy();
  });
});

describe('over real HTTP', () => {
  it('answers 415 to two Content-Type headers', async () => {
    const { port } = await start();
    const body = '{"email":"a@b.fr","password":"x"}';
    const exchange = await open(
      port,
      `POST /v1/auth/login HTTP/1.1\r\nHost: api\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    await exchange.closed;
    expect(exchange.received()).toMatch(/^HTTP\/1\.1 415 /);
    expect(exchange.received()).toContain('Send application/json.');
  });

  it('does not reset a rate limit for a spoofed left-most X-Forwarded-For entry', {
    timeout: 120_000,
  }, async () => {
    const { url } = await start({}, (t) => {
      t.deps.config.searchRateLimitPerMinute = 2;
    });
    // A reverse proxy on loopback appends the address it saw after whatever the client sent.
    const via = (forwardedFor: string) =>
      fetch(`${url}/v1/geo/resolve?q=lyon`, { headers: { 'x-forwarded-for': forwardedFor } });
    const statuses = [];
    for (const spoof of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      statuses.push((await via(`${spoof}, 203.0.113.7`)).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect((await via('203.0.113.8')).status).toBe(200);
  });

  it('counts IPv6 clients of one /64 together', async () => {
    const { url } = await start({}, (t) => {
      t.deps.config.searchRateLimitPerMinute = 2;
    });
    const as = async (address: string) =>
      (await fetch(`${url}/v1/geo/resolve?q=lyon`, { headers: { 'x-forwarded-for': address } })).status;
    expect([
      await as('2001:db8:1:2::1'),
      await as('2001:db8:1:2::2'),
      await as('2001:db8:1:2:ffff::3'),
    ]).toEqual([200, 200, 429]);
    expect(await as('2001:db8:1:3::1')).toBe(200);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const { url } = await start({}, (t) => {
      t.deps.config.searchRateLimitPerMinute = 2;
      t.deps.config.trustedProxies = [];
    });
    const statuses = [];
    for (const visitor of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      const res = await fetch(`${url}/v1/geo/resolve?q=lyon`, { headers: { 'x-forwarded-for': visitor } });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });
});
