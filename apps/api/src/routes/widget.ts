import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isWidgetKey, WIDGET_FILES } from '@vigie/widget';
import { type Context, Hono } from 'hono';
import { entityTag, matchesIfNoneMatch } from '../lib/etag.ts';
import { problemResponse } from '../lib/problem.ts';

/**
 * The frame's policy. `frame-ancestors` is 'none' until widget keys exist: then it will list the
 * verified domains of the requested key (looked up from the `key` query parameter in the database),
 * so a browser shows the frame only on that partner's sites, and an unknown key answers 404.
 */
export const FRAME_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const JAVASCRIPT = 'application/javascript; charset=utf-8';
const CONTENT_TYPES: Record<string, string> = {
  '.js': JAVASCRIPT,
  '.mjs': JAVASCRIPT,
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const LOADER_CACHE = 'public, max-age=300';
const ASSET_CACHE = 'public, max-age=31536000, immutable';

type StaticFile = { body: Uint8Array<ArrayBuffer>; etag: string; contentType: string };
type WidgetDist = { loader: StaticFile; frame: StaticFile; assets: ReadonlyMap<string, StaticFile> };

function readStaticFile(path: string): StaticFile {
  const body = new Uint8Array(readFileSync(path));
  return {
    body,
    etag: entityTag(body, 27),
    contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
  };
}

function readWidgetDist(distDir: string): WidgetDist {
  const assetsDir = join(distDir, WIDGET_FILES.assetsDir);
  const assets = new Map<string, StaticFile>();
  for (const entry of readdirSync(assetsDir, { withFileTypes: true })) {
    if (entry.isFile()) assets.set(entry.name, readStaticFile(join(assetsDir, entry.name)));
  }
  return {
    loader: readStaticFile(join(distDir, WIDGET_FILES.loader)),
    frame: readStaticFile(join(distDir, WIDGET_FILES.frame)),
    assets,
  };
}

function sendFile(c: Context, file: StaticFile, headers: Record<string, string>): Response {
  const common = { etag: file.etag, 'x-content-type-options': 'nosniff', ...headers };
  if (matchesIfNoneMatch(c.req.header('if-none-match'), file.etag)) {
    return c.body(null, 304, common);
  }
  return c.body(file.body, 200, { 'content-type': file.contentType, ...common });
}

/**
 * The embeddable widget's files, read from `distDir` (the widget's Vite build) on first use and
 * kept in memory: they are a few kilobytes. Mounted at `/widget/v1`.
 */
export function widgetRoutes(options: { distDir: string }): Hono {
  let dist: WidgetDist | undefined;

  // A missing build is not cached: the next request looks again, so building while the API runs works.
  const loadDist = (): WidgetDist | undefined => {
    if (dist) return dist;
    try {
      dist = readWidgetDist(options.distDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    return dist;
  };

  const notBuilt = (c: Context) =>
    problemResponse(
      c,
      'unavailable',
      'The widget is not built on this server. Run `pnpm --filter @vigie/widget build`, then retry.',
      { headers: { 'cache-control': 'no-store' } },
    );

  const app = new Hono();

  app.get('/loader.js', (c) => {
    const files = loadDist();
    if (!files) return notBuilt(c);
    return sendFile(c, files.loader, {
      'cache-control': LOADER_CACHE,
      // Partner pages load this script cross-origin; the API's default policy would block it.
      'cross-origin-resource-policy': 'cross-origin',
      'access-control-allow-origin': '*',
    });
  });

  app.get('/frame', (c) => {
    if (!isWidgetKey(c.req.query('key'))) {
      return problemResponse(
        c,
        'bad_request',
        'The `key` query parameter must be a publishable widget key (vk_live_... or vk_test_...).',
      );
    }
    const files = loadDist();
    if (!files) return notBuilt(c);
    return c.body(files.frame.body, 200, {
      'content-type': files.frame.contentType,
      'content-security-policy': FRAME_CSP,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
  });

  app.get('/assets/:file{.+}', (c) => {
    const files = loadDist();
    if (!files) return notBuilt(c);
    // Only names listed in dist/assets are served, so `..`, encoded slashes and the like find nothing.
    const file = files.assets.get(c.req.param('file'));
    if (!file) return problemResponse(c, 'not_found', `No widget asset at ${c.req.path}.`);
    return sendFile(c, file, { 'cache-control': ASSET_CACHE });
  });

  return app;
}
