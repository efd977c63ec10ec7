import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalServer, type PortalServer } from '../portal-server.ts';
import { ensurePortalBuilt, launchChromium } from './support/browser.ts';
import { type RunningApi, startRealApi } from './support/start-api.ts';

let api: RunningApi | undefined;
let portal: PortalServer | undefined;
let browser: Browser | undefined;
let catalogueVersion: string;

beforeAll(async () => {
  ensurePortalBuilt();
  api = await startRealApi();
  const health = (await (await fetch(`${api.url}/health`)).json()) as { catalogueVersion: string };
  catalogueVersion = health.catalogueVersion;
  portal = await createPortalServer({ port: 0, host: '127.0.0.1', apiUrl: api.url });
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await api?.stop();
});

/** Console errors and CSP violations: a blocked Remix script would break hydration silently. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

describe('home page in a real browser', () => {
  it('is French, puts the emergency numbers and the two doors first, switches to English and keeps it', async () => {
    const context = await browser!.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const problems = collectProblems(page);

    const response = await page.goto(portal!.url);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect(page.title()).resolves.toBe('Vigie — Assistance aux victimes de cybermalveillance');
    await page
      .getByRole('heading', { level: 1, name: 'Victime de cybermalveillance ? Vigie vous aide.' })
      .waitFor();
    expect(await page.getByRole('link', { name: 'Appeler le 17' }).getAttribute('href')).toBe('tel:17');
    expect(await page.getByRole('link', { name: 'SMS au 114' }).getAttribute('href')).toBe('sms:114');
    await page.getByRole('link', { name: 'Commencer le diagnostic' }).waitFor();
    await page.getByRole('link', { name: 'Trouver un prestataire' }).first().waitFor();
    // The headings go down one level at a time: h1, then h2 sections, then h3 situations.
    const levels = await page
      .locator('main :is(h1, h2, h3, h4)')
      .evaluateAll((headings) => headings.map((h) => Number(h.tagName.slice(1))));
    expect(levels[0]).toBe(1);
    for (const [i, level] of levels.entries())
      if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1);

    // Hydration ran under the CSP (Remix's inline scripts carry the nonce).
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));

    await page.getByRole('button', { name: 'English' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page
      .getByRole('heading', { level: 1, name: 'Victim of cybercrime? Vigie is here to help.' })
      .waitFor();
    await page.getByRole('link', { name: 'Fraud on my bank card' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    await page.reload();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page
      .getByRole('heading', { level: 1, name: 'Victim of cybercrime? Vigie is here to help.' })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Français' }).count()).toBeGreaterThan(0);

    expect(problems).toEqual([]);
    await context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`opens the diagnostic on the next relevant question from a situation (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser!.newContext({ locale: 'fr-FR', javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(portal!.url);
      if (javaScriptEnabled)
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
      await page.getByRole('link', { name: 'Fraude à ma carte bancaire' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Avez-vous toujours la carte en votre possession ?' })
        .waitFor();
      expect(new URL(page.url()).pathname).toBe('/diagnostic');
      await page.getByText('Particulier — question 5').waitFor();
      await context.close();
    });
  }

  it('shows the service status on its own page, with the versions the API reports', async () => {
    const context = await browser!.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(portal!.url);
    await page.getByRole('contentinfo').getByRole('link', { name: 'État du service' }).click();
    await page.getByRole('heading', { level: 1, name: 'État du service' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/health');
    await page.getByText('API opérationnelle').waitFor();
    const fact = (term: string) =>
      page
        .locator('.vigie-health__facts > div', { has: page.locator('dt', { hasText: term }) })
        .locator('dd');
    expect(await fact('Version du catalogue').textContent()).toBe(catalogueVersion);
    expect(await fact('Moteur de recherche').textContent()).toMatch(/^(intégré|Meilisearch) — opérationnel$/);
    const response = await page.goto(`${portal!.url}/health`);
    expect(response?.status()).toBe(200);
    await context.close();
  });

  it('links, from the footer, to pages that all answer 200 in both languages', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const context = await browser!.newContext({ locale: lang === 'fr' ? 'fr-FR' : 'en-GB' });
      const page = await context.newPage();
      await page.goto(portal!.url);
      const hrefs = await page
        .getByRole('contentinfo')
        .locator('a[href^="/"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs).toEqual(
        expect.arrayContaining(['/accessibilite', '/mentions-legales', '/donnees-personnelles', '/health']),
      );
      for (const href of new Set(hrefs)) {
        const response = await page.goto(`${portal!.url}${href}`);
        expect(response?.status(), `${href} (${lang})`).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await page.getByRole('heading', { level: 1 }).count(), href).toBe(1);
      }
      await context.close();
    }
  });

  it('switches language without JavaScript, through the form and a redirect', async () => {
    const context = await browser!.newContext({ locale: 'fr-FR', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${portal!.url}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    await page.getByRole('button', { name: 'English' }).first().click();
    await page.waitForSelector('html[lang="en"]');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Victim of cybercrime? Vigie is here to help.',
    );
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'lang')?.value).toBe('en');
    await context.close();
  });
});
