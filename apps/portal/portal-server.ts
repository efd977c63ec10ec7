import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { createRequestHandler, type ServerBuild } from '@remix-run/node';
import type { LineLogger } from '@vigie/config';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { NONCE, secureHeaders } from 'hono/secure-headers';
import { getMapSettings } from './app/components/providers/providers-map-settings.server.ts';
import { tileImageSource } from './app/components/providers/providers-map-settings.ts';
import type { PortalLoadContext } from './app/lib/load-context.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export type PortalAppOptions = {
  /** Base URL the loaders use to reach the API. */
  apiUrl: string;
  /** Folder holding Remix's `server/` and `client/` output; defaults to `./build` beside this file. */
  buildDir?: string;
  mode?: 'production' | 'development';
  /** Receives one line per page or data request (static files are not logged). */
  logger?: LineLogger;
};

export type PortalServerOptions = PortalAppOptions & { port: number; host: string };

export type PortalServer = {
  /** Origin the server listens on, e.g. `http://127.0.0.1:3000` (the real port when 0 was asked). */
  url: string;
  port: number;
  /** Stops accepting connections and resolves once in-flight requests are done. */
  close: () => Promise<void>;
};

/**
 * Security headers for every response. Remix's inline scripts (route manifest, hydration data,
 * streamed single-fetch chunks) carry the per-request nonce; everything else comes from 'self',
 * except the provider map's tiles (MAP_TILE_URL), which are images from the tile server.
 */
function createSecurityHeaders(tileSource: string | null) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", NONCE],
      styleSrc: ["'self'"],
      // The DSFR stylesheet embeds a few small images as data: URLs.
      imgSrc: ["'self'", 'data:', ...(tileSource ? [tileSource] : [])],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    permissionsPolicy: {
      geolocation: ['self'],
      camera: [],
      microphone: [],
      payment: [],
      usb: [],
    },
  });
}

function peerAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** Builds the portal's HTTP app (static assets + Remix) without listening, e.g. for `app.request()`. */
export async function createPortalApp(
  options: PortalAppOptions,
): Promise<Hono<{ Variables: { secureHeadersNonce?: string } }>> {
  const buildDir = path.resolve(options.buildDir ?? path.join(here, 'build'));
  const serverEntry = path.join(buildDir, 'server', 'index.js');
  if (!existsSync(serverEntry)) {
    throw new Error(
      `The portal is not built: ${serverEntry} is missing. Run \`pnpm --filter @vigie/portal build\`.`,
    );
  }
  const build = (await import(pathToFileURL(serverEntry).href)) as ServerBuild;
  const handleRequest = createRequestHandler(build, options.mode ?? 'production');
  const clientDir = path.join(buildDir, 'client');

  const app = new Hono<{ Variables: { secureHeadersNonce?: string } }>();
  // The same settings the pages read (root loader), so the map never asks for a blocked tile.
  app.use(createSecurityHeaders(tileImageSource(getMapSettings().tileUrl)));
  // The DSFR stylesheet alone is 700 kB; gzip brings it under 100 kB.
  app.use(compress());
  // Fingerprinted by Vite: safe to cache forever. Other public files may change between releases.
  app.use('/assets/*', staticFiles(clientDir, 'public, max-age=31536000, immutable'));
  // A missing asset is a plain 404, not an HTML page.
  app.all('/assets/*', (c) => c.text('Not Found', 404));
  app.use('*', staticFiles(clientDir, 'public, max-age=3600'));
  app.all('*', async (c) => {
    const context: PortalLoadContext = {
      apiUrl: options.apiUrl,
      cspNonce: c.get('secureHeadersNonce') ?? '',
      clientAddress: peerAddress(c),
    };
    const started = performance.now();
    const response = await handleRequest(c.req.raw, context);
    options.logger?.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: response.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
    return response;
  });
  return app;
}

/** Serves files under `root` with `cacheControl`; requests for anything else go on to the next handler. */
function staticFiles(root: string, cacheControl: string): MiddlewareHandler {
  const serve = serveStatic({ root });
  return async (c, next) => {
    let passedOn = false;
    const response = await serve(c, async () => {
      passedOn = true;
      await next();
    });
    if (!passedOn && response) response.headers.set('Cache-Control', cacheControl);
    return response;
  };
}

/** Starts the portal on `host:port` (port 0 picks a free one) and resolves once it listens. */
export async function createPortalServer(options: PortalServerOptions): Promise<PortalServer> {
  const app = await createPortalApp(options);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              // Idle keep-alive connections would otherwise hold close() open.
              if ('closeIdleConnections' in server) server.closeIdleConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
