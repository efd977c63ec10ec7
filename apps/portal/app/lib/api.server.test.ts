import { type AddressInfo, createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { getApiHealth } from './api.server.ts';

const healthy = {
  status: 'ok',
  service: 'vigie-api',
  version: '1.0.0',
  catalogueVersion: '2025.1',
  search: { engine: 'embedded', status: 'ok' },
  database: { status: 'ok' },
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('getApiHealth', () => {
  it('asks GET {apiUrl}/health and returns what the API says', async () => {
    const seen: string[] = [];
    const result = await getApiHealth('http://api.test', {
      fetch: async (input, init) => {
        const req = new Request(input, init);
        seen.push(`${req.method} ${req.url}`);
        return json({ ...healthy, extra: 'ignored' });
      },
    });
    expect(seen).toEqual(['GET http://api.test/health']);
    expect(result).toEqual({ available: true, health: healthy });
  });

  it('reports a degraded API as available but degraded', async () => {
    const result = await getApiHealth('http://api.test', {
      fetch: async () =>
        json({ ...healthy, status: 'degraded', search: { engine: 'meilisearch', status: 'degraded' } }),
    });
    expect(result.available && result.health.status).toBe('degraded');
  });

  it('gives up after the timeout instead of holding the page', async () => {
    // A real socket that accepts the connection and never answers: only the timeout can end the call.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const result = await getApiHealth(`http://127.0.0.1:${port}`, { timeoutMs: 500 });
      expect(result).toEqual({ available: false, reason: 'timeout' });
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('reports an unreachable API', async () => {
    const result = await getApiHealth('http://127.0.0.1:9', { timeoutMs: 10_000 });
    expect(result).toEqual({ available: false, reason: 'unreachable' });
  });

  it('rejects answers that are not the health document', async () => {
    const problem = { type: 'about:blank', title: 'Service Unavailable', status: 503 };
    await expect(getApiHealth('http://api.test', { fetch: async () => json(problem, 503) })).resolves.toEqual(
      {
        available: false,
        reason: 'invalid-response',
      },
    );
    await expect(
      getApiHealth('http://api.test', { fetch: async () => new Response('<html>', { status: 502 }) }),
    ).resolves.toEqual({ available: false, reason: 'invalid-response' });
  });
});
