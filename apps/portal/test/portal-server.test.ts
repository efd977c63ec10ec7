import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPortalApp } from '../portal-server.ts';

const portalDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Nothing listens on the discard port: every page must still render, with the API shown as unavailable.
const downApiUrl = 'http://127.0.0.1:9';

let app: Awaited<ReturnType<typeof createPortalApp>>;

beforeAll(async () => {
  app = await createPortalApp({ apiUrl: downApiUrl });
});

const get = (url: string, headers: Record<string, string> = {}) => app.request(url, { headers });

describe('portal server over the built app', () => {
  it('refuses to start without a build, saying how to make one', async () => {
    await expect(
      createPortalApp({ apiUrl: downApiUrl, buildDir: path.join(portalDir, 'no-such-build') }),
    ).rejects.toThrow(/not built.*pnpm --filter @vigie\/portal build/s);
  });

  it('renders the home page in French, with no API needed: emergency numbers, the two doors, the shortcuts', async () => {
    const response = await get('/', { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    // Pages depend on the visitor's language cookie: no shared cache may keep them.
    expect(response.headers.get('cache-control') ?? '').not.toContain('public');
    const html = await response.text();
    expect(html).toMatch(/<html lang="fr"/);
    expect(html).toContain('href="tel:17"');
    expect(html).toContain('href="tel:112"');
    expect(html).toContain('href="sms:114"');
    expect(html).toContain('href="/diagnostic"');
    expect(html).toContain('href="/prestataires"');
    expect(html.match(/href="\/diagnostic\?parcours=[A-Za-z0-9_-]+"/g)).toHaveLength(5);
    // The API's versions belong to the status page, not to a victim's first screen.
    expect(html).not.toContain('Version du catalogue');
  });

  it('serves the service status with a 503 while the API is down, never cached', async () => {
    const fr = await get('/health');
    expect(fr.status).toBe(503);
    expect(fr.headers.get('cache-control')).toBe('no-store');
    const html = await fr.text();
    expect(html).toContain('<title>État du service — Vigie</title>');
    expect(html).toContain('API indisponible');
    const en = await get('/health', { cookie: 'lang=en' });
    expect(await en.text()).toContain('API unavailable');
  });

  it('answers 200, with its own title, for every page the footer links to, in both languages', async () => {
    const html = await (await get('/')).text();
    const footer = html.slice(html.indexOf('<footer'));
    const internal = [...footer.matchAll(/<a[^>]*href="(\/[^"]*)"/g)].map((match) => match[1] ?? '');
    expect(internal).toEqual(
      expect.arrayContaining(['/accessibilite', '/mentions-legales', '/donnees-personnelles', '/health']),
    );
    for (const href of new Set(internal)) {
      // The status page reports the API, which is down here: it must say so with a 503, not a 404.
      const expected = href === '/health' ? 503 : 200;
      for (const cookie of ['lang=fr', 'lang=en']) {
        const response = await get(href, { cookie });
        expect(response.status, `${href} (${cookie})`).toBe(expected);
        const page = await response.text();
        expect(page, href).toMatch(/<title>[^<]*Vigie[^<]*<\/title>/);
        expect(page, href).toMatch(/<meta name="description" content="[^"]+"/);
        expect(page, href).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
      }
    }
  });

  it('states the accessibility status honestly: not compliant, no audit, and where to seek redress', async () => {
    const html = await (await get('/accessibilite')).text();
    expect(html).toContain('non conforme');
    expect(html).toContain('106 critères');
    expect(html).toContain('Défenseur des droits');
    expect(html).toContain('href="https://formulaire.defenseurdesdroits.fr/"');
  });

  it('sends security headers, and a nonce that every inline script carries', async () => {
    const response = await get('/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    const nonce = csp.match(/script-src 'self' 'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('geolocation=(self)');

    const html = await response.text();
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map(
      (match) => match[1] ?? '',
    );
    expect(inlineScripts.length).toBeGreaterThan(0);
    for (const attributes of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`);

    const other = (await get('/')).headers.get('content-security-policy');
    expect(other).not.toBe(csp);
  });

  it('answers in English to an English browser', async () => {
    const html = await (await get('/', { 'accept-language': 'en-GB,en;q=0.9' })).text();
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('Start the diagnostic');
  });

  it('switches language with a plain form post: cookie, then back to the page', async () => {
    const response = await app.request('/lang', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ lang: 'en', redirectTo: '/prestataires?near=75001' }),
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/prestataires?near=75001');
    expect(response.headers.get('set-cookie')).toBe('lang=en; Path=/; Max-Age=31536000; SameSite=Lax');

    const html = await (await get('/', { cookie: 'lang=en', 'accept-language': 'fr' })).text();
    expect(html).toMatch(/<html lang="en"/);
  });

  it('never redirects to another site after a language switch', async () => {
    const response = await get('/lang?lang=fr&redirectTo=//evil.example/');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
  });

  it('answers unknown addresses with a real 404 page in the visitor language', async () => {
    const fr = await get('/nulle-part');
    expect(fr.status).toBe(404);
    const frHtml = await fr.text();
    expect(frHtml).toContain('Page non trouvée');
    expect(frHtml).toContain('Erreur 404');
    expect(frHtml).toContain('<title>Page non trouvée — Vigie</title>');

    const en = await get('/nowhere', { cookie: 'lang=en' });
    expect(en.status).toBe(404);
    expect(await en.text()).toContain('Page not found');
  });

  it('serves fingerprinted assets with a year-long immutable cache, and 404s unknown ones', async () => {
    const stylesheet = readdirSync(path.join(portalDir, 'build', 'client', 'assets')).find((name) =>
      /^dsfr\.min-.*\.css$/.test(name),
    );
    expect(stylesheet).toBeDefined();
    const response = await get(`/assets/${stylesheet}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const missing = await get('/assets/missing-123.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).not.toMatch(/html/);
  });

  it('compresses text responses for clients that accept gzip', async () => {
    const response = await get('/', { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });
});
