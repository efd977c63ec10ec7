import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Logger } from 'pino';

export type HttpServerOptions = {
  port: number;
  host: string;
  /** Time allowed to receive the request headers. */
  headersTimeoutMs: number;
  /** Time allowed to receive the whole request, body included. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Connections beyond this are closed as they arrive. */
  maxConnections: number;
  logger?: Logger;
};

/**
 * Listens with `fetch` and resolves once the port is open. Node's defaults suit a long-lived
 * web server, not an API facing the Internet: a client sending a body slower than promised held
 * its connection for five minutes, and connections were unbounded.
 */
export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  options: HttpServerOptions,
): Promise<{ server: Server; url: string }> {
  // Node refuses a headers deadline later than the whole-request one.
  const headersTimeout = Math.min(options.headersTimeoutMs, options.requestTimeoutMs);
  const server = serve({
    fetch,
    port: options.port,
    hostname: options.host,
    serverOptions: {
      headersTimeout,
      requestTimeout: options.requestTimeoutMs,
      keepAliveTimeout: options.keepAliveTimeoutMs,
      // Node checks those deadlines on this period (30 s by default), which would stretch them.
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeout / 4))),
    },
  }) as Server;
  server.maxConnections = options.maxConnections;
  let dropped = 0;
  server.on('drop', () => {
    // One line per burst rather than one per refused connection.
    if (dropped++ === 0) {
      setTimeout(() => {
        options.logger?.warn(
          { dropped, maxConnections: options.maxConnections },
          'connections refused: at the cap',
        );
        dropped = 0;
      }, 10_000).unref();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const { address, port } = server.address() as AddressInfo;
      const host = address.includes(':') ? `[${address}]` : address;
      resolve({ server, url: `http://${host}:${port}` });
    });
  });
}
