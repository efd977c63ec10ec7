import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../deps.ts';

// Swagger UI is served from the package, never from a CDN: the docs work offline and under a strict CSP.
const require = createRequire(import.meta.url);
const swaggerDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));

const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vigie API — documentation</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="docs"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#docs', deepLinking: true });`;

const files = new Map<string, { body: string; type: string }>();
function asset(name: string, type: string) {
  let f = files.get(name);
  if (!f) {
    f = { body: readFileSync(path.join(swaggerDir, name), 'utf8'), type };
    files.set(name, f);
  }
  return f;
}

function send(body: string, type: string, cache: string) {
  return new Response(body, {
    headers: { 'content-type': type, 'cache-control': cache, 'content-security-policy': DOCS_CSP },
  });
}

export const docsRoutes = new Hono<AppEnv>()
  .get('/docs', () => send(PAGE, 'text/html; charset=utf-8', 'no-cache'))
  .get('/docs/init.js', () => send(INIT, 'application/javascript; charset=utf-8', 'no-cache'))
  .get('/docs/swagger-ui.css', () => {
    const f = asset('swagger-ui.css', 'text/css; charset=utf-8');
    return send(f.body, f.type, 'public, max-age=86400');
  })
  .get('/docs/swagger-ui-bundle.js', () => {
    const f = asset('swagger-ui-bundle.js', 'application/javascript; charset=utf-8');
    return send(f.body, f.type, 'public, max-age=86400');
  });
