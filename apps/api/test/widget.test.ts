import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { WIDGET_FILES, widgetDistDir } from '@vigie/widget';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME_CSP, widgetRoutes } from '../src/routes/widget.ts';

const distDir = widgetDistDir();
const KEY = 'vk_test_abcd1234EFGH';
const tempDirs: string[] = [];

function mount(dir: string) {
  return new Hono().route('/widget/v1', widgetRoutes({ distDir: dir }));
}

function makeTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-widget-'));
  tempDirs.push(dir);
  return dir;
}

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
  expect(body.detail).toEqual(expect.any(String));
  return body as { type: string; title: string; status: number; detail: string };
}

/** Asset URLs the built frame page references, resolved the way a browser would from /widget/v1/frame. */
function referencedAssets(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map(
    (match) => new URL(match[1]!, 'http://api.test/widget/v1/frame').pathname,
  );
}

beforeAll(() => {
  const built = [WIDGET_FILES.loader, WIDGET_FILES.frame].every((name) => existsSync(join(distDir, name)));
  if (!built) execFileSync('pnpm', ['--filter', '@vigie/widget', 'build'], { stdio: 'pipe' });
});

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('GET /widget/v1/loader.js', () => {
  it('serves the built loader as cacheable JavaScript that partner pages may load', async () => {
    const response = await mount(distDir).request('/widget/v1/loader.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(await response.text()).toBe(readFileSync(join(distDir, WIDGET_FILES.loader), 'utf8'));
  });

  it('answers 304 without a body when If-None-Match carries the current ETag', async () => {
    const app = mount(distDir);
    const etag = (await app.request('/widget/v1/loader.js')).headers.get('etag')!;

    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await app.request('/widget/v1/loader.js', {
        headers: { 'if-none-match': ifNoneMatch },
      });
      expect(response.status, ifNoneMatch).toBe(304);
      expect(response.headers.get('etag')).toBe(etag);
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      expect(await response.text()).toBe('');
    }
  });

  it('answers 200 when If-None-Match names another version', async () => {
    const response = await mount(distDir).request('/widget/v1/loader.js', {
      headers: { 'if-none-match': '"an-older-version"' },
    });
    expect(response.status).toBe(200);
  });

  it('defines <vigie-widget> without leaving globals in the host page', () => {
    const code = readFileSync(join(distDir, WIDGET_FILES.loader), 'utf8');
    const defined: string[] = [];
    const page = {
      document: {
        currentScript: null,
        querySelector: () => ({ src: 'https://api.vigie.example/widget/v1/loader.js' }),
      },
      customElements: { get: () => undefined, define: (name: string) => defined.push(name) },
      HTMLElement: class {},
      HTMLScriptElement: class {},
    };
    const before = Object.keys(page);
    runInNewContext(code, page);
    expect(defined).toEqual(['vigie-widget']);
    expect(Object.keys(page)).toEqual(before);
  });
});

describe('GET /widget/v1/frame', () => {
  it('serves the frame page with a strict CSP and no caching', async () => {
    const response = await mount(distDir).request(`/widget/v1/frame?key=${KEY}&lang=fr`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    expect(response.headers.get('content-security-policy')).toBe(FRAME_CSP);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Vigie — assistance cybermalveillance');
  });

  it('has nothing inline that the CSP would block', async () => {
    const html = await (await mount(distDir).request(`/widget/v1/frame?key=${KEY}`)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc="\.\/assets\//);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it('answers 400 problem+json without a key', async () => {
    const problem = await expectProblem(await mount(distDir).request('/widget/v1/frame'), 400);
    expect(problem.detail).toMatch(/vk_live_/);
  });

  it.each([
    ['an unknown prefix', 'pk_test_abcd1234'],
    ['an unknown environment', 'vk_prod_abcd1234'],
    ['a short key', 'vk_live_abc'],
    ['markup', 'vk_test_abcd1234<script>'],
  ])('answers 400 problem+json for a key with %s, without echoing it', async (_, key) => {
    const response = await mount(distDir).request(`/widget/v1/frame?key=${encodeURIComponent(key)}`);
    const problem = await expectProblem(response, 400);
    expect(JSON.stringify(problem)).not.toContain(key);
  });
});

describe('GET /widget/v1/assets/*', () => {
  it('serves every asset the frame references, with its type and immutable caching', async () => {
    const app = mount(distDir);
    const html = await (await app.request(`/widget/v1/frame?key=${KEY}`)).text();
    const paths = referencedAssets(html);
    expect(paths.some((path) => path.endsWith('.js'))).toBe(true);
    expect(paths.some((path) => path.endsWith('.css'))).toBe(true);

    for (const path of paths) {
      expect(path).toMatch(/^\/widget\/v1\/assets\/[\w-]+\.(js|css)$/);
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        path.endsWith('.js') ? 'application/javascript; charset=utf-8' : 'text/css; charset=utf-8',
      );
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const etag = response.headers.get('etag')!;
      const again = await app.request(path, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
    }
  });

  it.each([
    '/widget/v1/assets/..%2Floader.js',
    '/widget/v1/assets/..%2Fframe.html',
    '/widget/v1/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/widget/v1/assets/..%5Cloader.js',
    '/widget/v1/assets/%2Fetc%2Fpasswd',
    '/widget/v1/assets/does-not-exist.js',
  ])('answers 404 for %s', async (path) => {
    await expectProblem(await mount(distDir).request(path), 404);
  });
});

describe('without a built widget', () => {
  it.each(['/widget/v1/loader.js', `/widget/v1/frame?key=${KEY}`, '/widget/v1/assets/frame.js'])(
    'answers 503 problem+json on %s, saying how to build it',
    async (path) => {
      const response = await mount(join(makeTempDir(), 'dist')).request(path);
      const problem = await expectProblem(response, 503);
      expect(problem.detail).toContain('pnpm --filter @vigie/widget build');
      expect(response.headers.get('cache-control')).toBe('no-store');
    },
  );

  it('still checks the key first', async () => {
    await expectProblem(await mount(join(makeTempDir(), 'dist')).request('/widget/v1/frame?key=nope'), 400);
  });

  it('serves the files once they are built, without a restart', async () => {
    const dir = join(makeTempDir(), 'dist');
    const app = mount(dir);
    expect((await app.request('/widget/v1/loader.js')).status).toBe(503);
    cpSync(distDir, dir, { recursive: true });
    expect((await app.request('/widget/v1/loader.js')).status).toBe(200);
  });

  it('keeps serving what it read first, from memory', async () => {
    const dir = join(makeTempDir(), 'dist');
    cpSync(distDir, dir, { recursive: true });
    const app = mount(dir);
    const first = await (await app.request('/widget/v1/loader.js')).text();
    rmSync(dir, { recursive: true });
    const second = await app.request('/widget/v1/loader.js');
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(first);
  });
});
